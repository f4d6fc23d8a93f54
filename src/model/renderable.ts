/**
 * What a component needs to draw an org safely: a small schema of just the fields
 * an org chart renders (ids, titles, names, links), plus every reference check.
 *
 * Why not the full schema: it pulls every validator (email, URL, currency…) into
 * the OrgChart bundle and costs most of a second on 100,000 roles, for fields the
 * chart never shows. Cards and checklists validate the one role they show in full
 * (`parseRole`); hosts validate untrusted payloads with `parseOrg`.
 */
import * as v from 'valibot';
import type { Org } from './schema';
import { makeIssue, type OrgIssue } from './issues';
import { checkReferences } from './references';
import { fromValibotIssue } from './valibotIssue';

const text = v.string();
const optionalText = v.optional(text);
const ids = v.optional(v.array(v.pipe(text, v.minLength(1))));

// Loose objects: fields the chart does not draw pass through untouched.
const RenderableRole = v.looseObject({
  id: v.pipe(text, v.minLength(1)),
  title: text,
  department: optionalText,
  level: optionalText,
  location: optionalText,
  reportsTo: v.optional(v.nullable(text)),
  dottedLineTo: ids,
  assistant: v.optional(v.boolean()),
  holderIds: ids,
  reportCount: v.optional(v.number()),
});

const RenderablePerson = v.looseObject({
  id: v.pipe(text, v.minLength(1)),
  name: text,
  email: optionalText,
  phone: optionalText,
  avatarUrl: optionalText,
  location: optionalText,
});

const RenderableOrg = v.object({
  name: v.optional(text, ''),
  roles: v.array(v.unknown()),
  people: v.optional(v.array(v.unknown())),
});

/**
 * Checks an org for drawing. Never throws. Roles and people that cannot be drawn are
 * dropped and reported; the rest is returned with dangling links removed and cycles cut.
 */
export function checkRenderableOrg(input: Org): { issues: OrgIssue[]; org: Org } {
  try {
    const top = v.safeParse(RenderableOrg, input);
    if (!top.success) return { issues: top.issues.map(fromValibotIssue), org: { name: '', roles: [] } };
    const issues: OrgIssue[] = [];
    // One safeParse per list (per-item calls cost ~3x on 100,000 roles); on failure the
    // issue paths say which items to drop.
    const keep = <T>(list: readonly unknown[] | undefined, schema: v.GenericSchema<unknown, T>, key: string): T[] => {
      if (!list) return [];
      const parsed = v.safeParse(v.array(schema), list);
      if (parsed.success) return parsed.output;
      const bad = new Set<unknown>();
      for (const issue of parsed.issues) {
        bad.add(issue.path?.[0]?.key);
        issues.push(fromValibotIssue({ ...issue, path: [{ key } as never, ...(issue.path ?? [])] as never }));
      }
      return list.filter((_, i) => !bad.has(i)).map((item) => v.parse(schema, item));
    };
    const org = {
      ...(input as object),
      name: top.output.name,
      roles: keep(top.output.roles, RenderableRole, 'roles'),
      people: keep(top.output.people, RenderablePerson, 'people'),
    } as unknown as Org;
    const references = checkReferences(org, { internals: false });
    issues.push(...references.issues);
    return { issues, org: references.partial ?? org };
  } catch (error) {
    return { issues: [makeIssue('invalid', [], `could not be read (${String(error).slice(0, 120)})`)], org: { name: '', roles: [] } };
  }
}

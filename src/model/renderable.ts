/**
 * What a component needs to draw an org safely: the type of each field an org chart
 * renders (ids, titles, names, links), plus every reference check.
 *
 * Why not the schema: the full schema (valibot, in parseOrg) checks every field the
 * components can show — emails, URLs, currencies — and an OrgChart shows a handful.
 * Why not a small valibot schema of that handful either (it was one): on 10,000 roles it
 * cost ~100 ms of a first frame whose budget is ~230 ms, and 2.6 kB min+gzip of a 12 kB
 * bundle budget, for ten `typeof` tests per role. Hosts validate untrusted payloads in
 * full with `parseOrg`; an org that came out of it skips this pass altogether.
 *
 * Messages follow parseOrg's: `roles[3].title: expected string, got 5`.
 */
import type { Org } from './schema';
import { makeIssue, previewValue, type OrgIssue, type OrgPath } from './issues';
import { checkReferences } from './references';

type Check = (value: unknown) => string | null;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const got = (value: unknown) => `got ${previewValue(value)}`;

const string: Check = (value) => (typeof value === 'string' ? null : `expected string, ${got(value)}`);
const id: Check = (value) => (typeof value !== 'string' ? `expected string, ${got(value)}` : value === '' ? 'must not be empty' : null);
const flag: Check = (value) => (typeof value === 'boolean' ? null : `expected boolean, ${got(value)}`);
const count: Check = (value) => (typeof value === 'number' ? null : `expected number, ${got(value)}`);
const manager: Check = (value) => (value === null || typeof value === 'string' ? null : `expected string or null, ${got(value)}`);
/** A list of ids: `null` means fine; a string is about the list; an index says which item. */
const ids = (value: unknown): string | number | null => {
  if (!Array.isArray(value)) return `expected Array, ${got(value)}`;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string' || value[i] === '') return i;
  return null;
};

// Field → check; `true` marks the required ones.
const ROLE_FIELDS: ReadonlyArray<readonly [string, Check, boolean]> = [
  ['id', id, true],
  ['title', string, true],
  ['department', string, false],
  ['level', string, false],
  ['location', string, false],
  ['reportsTo', manager, false],
  ['assistant', flag, false],
  ['reportCount', count, false],
];
const ROLE_ID_LISTS = ['dottedLineTo', 'holderIds'] as const;

const PERSON_FIELDS: ReadonlyArray<readonly [string, Check, boolean]> = [
  ['id', id, true],
  ['name', string, true],
  ['email', string, false],
  ['phone', string, false],
  ['avatarUrl', string, false],
  ['location', string, false],
];

/** Issues of one role or person; none (the common case) allocates nothing. */
function checkItem(
  item: unknown,
  at: OrgPath,
  fields: ReadonlyArray<readonly [string, Check, boolean]>,
  lists: readonly string[],
  issues: OrgIssue[],
): boolean {
  if (!isObject(item)) {
    issues.push(makeIssue('invalid', at, `expected Object, ${got(item)}`));
    return false;
  }
  let ok = true;
  // Index loops, no destructuring: this runs for every role, mostly before the JIT warms up.
  for (let f = 0; f < fields.length; f++) {
    const field = fields[f]!;
    const key = field[0];
    const value = item[key];
    if (value === undefined) {
      if (field[2]) {
        issues.push(makeIssue('invalid', [...at, key], 'is missing'));
        ok = false;
      }
      continue;
    }
    const problem = field[1](value);
    if (problem !== null) {
      issues.push(makeIssue('invalid', [...at, key], problem));
      ok = false;
    }
  }
  for (let l = 0; l < lists.length; l++) {
    const key = lists[l]!;
    const value = item[key];
    if (value === undefined) continue;
    const problem = ids(value);
    if (problem === null) continue;
    ok = false;
    if (typeof problem === 'string') issues.push(makeIssue('invalid', [...at, key], problem));
    else {
      const entry = (value as unknown[])[problem];
      issues.push(makeIssue('invalid', [...at, key, problem], typeof entry === 'string' ? 'must not be empty' : `expected string, ${got(entry)}`));
    }
  }
  return ok;
}

/**
 * Checks an org for drawing. Never throws. Roles and people that cannot be drawn are
 * dropped and reported; the rest is returned with dangling links removed and cycles cut.
 * Roles and people are passed through as they are (same objects, every field kept).
 */
export function checkRenderableOrg(input: Org): { issues: OrgIssue[]; org: Org } {
  const empty: Org = { name: '', roles: [] };
  try {
    if (!isObject(input)) return { issues: [makeIssue('invalid', [], `expected Object, ${got(input)}`)], org: empty };
    const issues: OrgIssue[] = [];
    const { name = '', roles, people } = input as Record<string, unknown>;
    if (typeof name !== 'string') issues.push(makeIssue('invalid', ['name'], `expected string, ${got(name)}`));
    if (roles === undefined) issues.push(makeIssue('invalid', ['roles'], 'is missing'));
    else if (!Array.isArray(roles)) issues.push(makeIssue('invalid', ['roles'], `expected Array, ${got(roles)}`));
    if (people !== undefined && !Array.isArray(people)) issues.push(makeIssue('invalid', ['people'], `expected Array, ${got(people)}`));
    if (issues.length) return { issues, org: empty };

    const keep = (list: unknown[] | undefined, key: string, fields: typeof ROLE_FIELDS, lists: readonly string[]) => {
      if (!list) return [];
      let kept: unknown[] | null = null; // a copy only once something is dropped
      for (let i = 0; i < list.length; i++) {
        const ok = checkItem(list[i], [key, i], fields, lists, issues);
        if (!ok && !kept) kept = list.slice(0, i);
        else if (ok && kept) kept.push(list[i]);
      }
      return kept ?? list;
    };
    const org = {
      ...(input as object),
      name,
      roles: keep(roles as unknown[], 'roles', ROLE_FIELDS, ROLE_ID_LISTS),
      people: keep(people as unknown[] | undefined, 'people', PERSON_FIELDS, []),
    } as unknown as Org;
    const references = checkReferences(org);
    issues.push(...references.issues);
    return { issues, org: references.partial ?? org };
  } catch (error) {
    return { issues: [makeIssue('invalid', [], `could not be read (${String(error).slice(0, 120)})`)], org: empty };
  }
}

/**
 * Job content onto people: an org read from an HR system (fromCSV, fromSCIM, fromGraph) knows
 * who reports to whom and each role's title, but not what the job is. The content (duties,
 * qualifications, workflow…) lives elsewhere: a JSON file per job, or the plain-text importer's
 * roles. `withRoleContent` puts the two together by role id or by title, and validates the
 * result as parseOrg does, every problem naming its place in the content.
 */
import type { Org, Role } from '../model/schema';
import { formatPath, previewValue, type OrgIssue, type OrgPath } from '../model/issues';
import { parseOrg } from '../model/parseOrg';
import { detailOf } from './assemble';
import { isObject, text } from './json';
import type { ImportIssue, ImportResult } from './result';

/** The role fields that are job content, copied from a content entry onto each role it matches. */
export const ROLE_CONTENT_FIELDS = ['summary', 'authority', 'accountabilities', 'responsibilities', 'qualifications', 'assessments', 'workflow'] as const;

export type RoleContentField = (typeof ROLE_CONTENT_FIELDS)[number];

/**
 * One job's content: what it is matched by (`id`, `title`, `alternateTitles`) and the fields
 * it brings. A `Role` is one (the plain-text importer's roles, a role of another org).
 */
export type RoleContent = Partial<Pick<Role, 'id' | 'title' | 'alternateTitles'>> & { [K in RoleContentField]?: unknown };

/** Content entries as an array, an org (`{ roles }`) or a result holding one (`{ org: { roles } }`). */
export type RoleContentInput = readonly RoleContent[] | RoleContentOrg | { readonly org: RoleContentOrg };

/** An org (or anything with `roles`) whose roles are the content; its other fields are not read. */
export interface RoleContentOrg {
  readonly name?: string | undefined;
  readonly roles: readonly RoleContent[];
}

/**
 * How a content entry finds its roles:
 * - `'id'`: the entry's `id` is the role's id;
 * - `'title'`: the entry's `title` (or one of its `alternateTitles`) is the role's title, ignoring
 *   case, spacing and punctuation — every role holding that title gets the content;
 * - `'id-or-title'`: by id when a role has the entry's id, else by title.
 */
export type RoleContentMatch = 'id' | 'title' | 'id-or-title';

export interface WithRoleContentOptions {
  /** @default 'id-or-title' */
  match?: RoleContentMatch | undefined;
}

/** "Sales Manager, North Region" → "salesmanagernorthregion": HR systems and job texts punctuate titles differently. */
export function normaliseTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const issue = (code: ImportIssue['code'], input: OrgPath, detail: string, path: OrgPath = []): ImportIssue => ({
  code,
  path,
  input,
  message: `content ${formatPath(input)}: ${detail}`,
});

/** The entries and the path of their list in the content input, or why there are none. */
function entriesOf(content: unknown): { list: readonly unknown[]; base: OrgPath } | string {
  if (Array.isArray(content)) return { list: content, base: [] };
  if (isObject(content) && Array.isArray(content.roles)) return { list: content.roles, base: ['roles'] };
  if (isObject(content) && isObject(content.org) && Array.isArray(content.org.roles)) return { list: content.org.roles, base: ['org', 'roles'] };
  return `expected an array of role content, an org with roles, or { org: { roles } }; got ${previewValue(content)}`;
}

/**
 * Attaches job content to the roles of `org`, matched by id or title (`options.match`), and
 * validates the result as `parseOrg` does. Never throws; returns `fromCSV`'s shape:
 * - warnings for every content entry that matched no role, and for every role that several
 *   entries' titles matched (it gets none of them: no guess);
 * - the content's fields replace the role's own (`summary`, `authority`, `accountabilities`,
 *   `responsibilities`, `qualifications`, `assessments`, `workflow`); the role keeps its id,
 *   title, reporting lines, holders and meta;
 * - content the model rejects is an issue naming its path in the content
 *   (`content roles[2].responsibilities[0].items[1].text: must not be blank`), with `input` that
 *   path; `partial` is the org with the rest of the content on it.
 */
export function withRoleContent(org: Org, content: RoleContentInput, options: WithRoleContentOptions = {}): ImportResult {
  const warnings: ImportIssue[] = [];
  const columns = {};
  try {
    const base = parseOrg(org);
    if (!base.ok) return { ok: false, issues: base.issues, warnings, columns, ...(base.partial ? { partial: base.partial } : {}) };
    const found = entriesOf(content);
    if (typeof found === 'string') return { ok: false, issues: [issue('invalid', [], found)], warnings, columns, partial: base.org };
    const match = options.match ?? 'id-or-title';
    const roles = base.org.roles;

    const byId = new Map(roles.map((role, i) => [role.id, i]));
    const byTitle = new Map<string, number[]>();
    roles.forEach((role, i) => {
      const key = normaliseTitle(role.title);
      const list = byTitle.get(key);
      if (list) list.push(i);
      else byTitle.set(key, [i]);
    });

    // Role index → the entries that matched it, by id (decisive) or by title (ambiguous when several).
    const idMatch = new Map<number, number>();
    const titleMatches = new Map<number, number[]>();
    const at = (k: number): OrgPath => [...found.base, k];
    found.list.forEach((entry, k) => {
      if (!isObject(entry)) return void warnings.push(issue('skipped_row', at(k), `${previewValue(entry)} is not role content; left out`));
      const id = text(entry.id);
      if (match !== 'title' && id !== undefined && byId.has(id)) {
        const i = byId.get(id)!;
        const earlier = idMatch.get(i);
        if (earlier !== undefined) return void warnings.push(issue('duplicate_id', [...at(k), 'id'], `role ${previewValue(id)} already has the content of ${formatPath(at(earlier))}; left out`));
        idMatch.set(i, k);
        return;
      }
      const titles = match === 'id' ? [] : [entry.title, ...(Array.isArray(entry.alternateTitles) ? entry.alternateTitles : [])].map(text).filter((t): t is string => t !== undefined);
      const hits = new Set(titles.flatMap((title) => byTitle.get(normaliseTitle(title)) ?? []));
      if (hits.size === 0) {
        const by = match === 'id' ? `id ${previewValue(id)}` : match === 'title' ? `title ${previewValue(titles[0])}` : `id ${previewValue(id)} or title ${previewValue(titles[0])}`;
        return void warnings.push(issue('unmatched_content', at(k), `no role has the ${by}; left out`));
      }
      for (const i of hits) {
        const list = titleMatches.get(i);
        if (list) list.push(k);
        else titleMatches.set(i, [k]);
      }
    });

    // Each role's source entry: its id match, else its only title match.
    const source = new Map<number, number>(idMatch);
    const ambiguous = new Map<string, { entries: number[]; roles: number[] }>();
    for (const [i, entries] of titleMatches) {
      if (source.has(i)) continue;
      if (entries.length === 1) source.set(i, entries[0]!);
      else {
        // One warning per title and set of entries, not per role: twelve account reps are one problem.
        const key = `${normaliseTitle(roles[i]!.title)}|${entries.join(',')}`;
        const seen = ambiguous.get(key);
        if (seen) seen.roles.push(i);
        else ambiguous.set(key, { entries, roles: [i] });
      }
    }
    for (const { entries, roles: hit } of ambiguous.values()) {
      const title = roles[hit[0]!]!.title;
      const what = hit.length === 1 ? `role ${previewValue(roles[hit[0]!]!.id)}` : `${hit.length} roles`;
      warnings.push(
        issue('ambiguous_content', at(entries[0]!), `the title ${previewValue(title)} of ${what} is matched by ${entries.map((k) => formatPath(at(k))).join(' and ')}; none applied`, ['roles', hit[0]!]),
      );
    }

    const build = (skip: ReadonlySet<number>): Org => ({
      ...base.org,
      roles: roles.map((role, i) => {
        const k = source.get(i);
        if (k === undefined || skip.has(k)) return role;
        const entry = found.list[k] as Record<string, unknown>;
        const merged: Record<string, unknown> = { ...role };
        for (const field of ROLE_CONTENT_FIELDS) if (entry[field] !== undefined) merged[field] = entry[field];
        return merged as unknown as Role;
      }),
    });

    const result = parseOrg(build(new Set()));
    if (result.ok) return { ok: true, org: result.org, warnings, columns };

    // Each problem once, at its path in the content: an entry on twelve roles fails twelve times.
    const issues: ImportIssue[] = [];
    const reported = new Set<string>();
    const bad = new Set<number>();
    for (const orgIssue of result.issues) issues.push(...locate(orgIssue, source, at, reported, bad));
    const partial = parseOrg(build(bad));
    return { ok: false, issues, warnings, columns, partial: partial.ok ? partial.org : base.org };
  } catch (error) {
    return { ok: false, issues: [issue('invalid', [], `could not be read (${String(error).slice(0, 120)})`)], warnings, columns };
  }
}

/** An issue of the merged org, moved to the content entry it came from (once per place). */
function locate(orgIssue: OrgIssue, source: ReadonlyMap<number, number>, at: (k: number) => OrgPath, reported: Set<string>, bad: Set<number>): ImportIssue[] {
  const [kind, i, field, ...rest] = orgIssue.path;
  const k = kind === 'roles' && typeof i === 'number' ? source.get(i) : undefined;
  if (k === undefined || !(ROLE_CONTENT_FIELDS as readonly unknown[]).includes(field)) return [orgIssue];
  bad.add(k);
  const input = [...at(k), field as string, ...rest];
  const detail = detailOf(orgIssue, formatPath(orgIssue.path));
  const key = `${formatPath(input)}|${detail}`;
  if (reported.has(key)) return [];
  reported.add(key);
  return [{ code: orgIssue.code, path: orgIssue.path, input, message: `content ${formatPath(input)}: ${detail}` }];
}

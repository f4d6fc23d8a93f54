/**
 * The steps every importer shares once it has roles and people: cutting reporting
 * cycles, validating through parseOrg while dropping optional values it rejects, and
 * the partial org to draw when something cannot be repaired.
 */
import type { Org, Role } from '../model/schema';
import type { OrgIssue } from '../model/issues';
import { parseOrg, type ParseOrgResult } from '../model/parseOrg';

/**
 * Each role has at most one manager, so the reporting lines are a functional graph: walking
 * up from every role, once, either reaches a root, a role already walked, or a role on the
 * current walk — a cycle. Each cycle is cut at its role that comes first in the input, which
 * becomes a root (parseOrg would otherwise reject the whole org). `at` (role id → index) is
 * the importer's own, when it has one: a second map of 100,000 ids is not free.
 */
export function breakCycles(roles: Role[], report: (cut: number, detail: string) => void, at: ReadonlyMap<string, number> = new Map(roles.map((role, i) => [role.id, i]))): void {
  const state = new Uint8Array(roles.length); // 0 unseen, 1 on this walk, 2 done
  for (let start = 0; start < roles.length; start++) {
    const walk: number[] = [];
    let i: number | undefined = start;
    while (i !== undefined && state[i] === 0) {
      state[i] = 1;
      walk.push(i);
      const parent: string | null | undefined = roles[i]!.reportsTo;
      i = parent == null ? undefined : at.get(parent);
    }
    if (i !== undefined && state[i] === 1) {
      const cycle = walk.slice(walk.indexOf(i));
      const cut = Math.min(...cycle);
      const from = cycle.indexOf(cut);
      const ids = [...cycle.slice(from), ...cycle.slice(0, from), cut].map((k) => roles[k]!.id);
      const first = JSON.stringify(ids[0]);
      report(cut, cycle.length === 1 ? `${first} is their own manager; made a root` : `reporting cycle ${ids.join(' → ')}; made ${first} a root`);
      delete roles[cut]!.reportsTo;
    }
    for (const k of walk) state[k] = 2;
  }
}

/** Values the org does without: a bad one is dropped with a warning, not a failed import. */
const OPTIONAL_ROLE = new Set(['department', 'level', 'location', 'meta']);
const OPTIONAL_PERSON = new Set(['email', 'phone', 'avatarUrl', 'location']);

/** parseOrg, after dropping each optional value it rejects (an email that is not one). */
export function validateRepairing(org: Org, dropped: (issue: OrgIssue) => void): ParseOrgResult {
  let result = parseOrg(org);
  for (let round = 0; round < 3 && !result.ok; round++) {
    let any = false;
    for (const orgIssue of result.issues) {
      const [kind, i, key] = orgIssue.path;
      if (typeof i !== 'number' || typeof key !== 'string') continue;
      const target = kind === 'roles' && OPTIONAL_ROLE.has(key) ? org.roles[i] : kind === 'people' && OPTIONAL_PERSON.has(key) ? org.people?.[i] : undefined;
      if (!target || !(key in target)) continue;
      delete (target as unknown as Record<string, unknown>)[key];
      dropped({ ...orgIssue, message: `${orgIssue.message}; left out` });
      any = true;
    }
    if (!any) break;
    result = parseOrg(org);
  }
  return result;
}

/** What can still be drawn when some roles are wrong: the org without them, validated. */
export function partialOrg(org: Org, issues: readonly OrgIssue[]): Org | undefined {
  const badRoles = new Set<number>();
  const badPeople = new Set<number>();
  for (const { path } of issues) {
    if (path[0] === 'roles' && typeof path[1] === 'number') badRoles.add(path[1]);
    if (path[0] === 'people' && typeof path[1] === 'number') badPeople.add(path[1]);
  }
  const people = (org.people ?? []).filter((_, i) => !badPeople.has(i));
  const result = parseOrg({ ...org, roles: org.roles.filter((_, i) => !badRoles.has(i)), people });
  return result.ok ? result.org : result.partial;
}

/** The parseOrg message without its leading `roles[3].title: `, for a message that names its own place. */
export function detailOf(orgIssue: OrgIssue, formatted: string): string {
  const prefix = `${formatted}: `;
  return orgIssue.message.startsWith(prefix) ? orgIssue.message.slice(prefix.length) : orgIssue.message;
}

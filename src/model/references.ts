/**
 * What a schema cannot say: ids unique, links pointing somewhere, reporting lines
 * without loops. No valibot here, so components that only need these checks (and a
 * small shape check) do not carry the full schema.
 */
import type { Org, Role } from './schema';
import { makeIssue, previewValue, type OrgIssue, type OrgPath } from './issues';

/**
 * Orgs this module produced and found valid. Components validate the org they are
 * given; one that came out of `parseOrg` is not validated twice. Like every memo
 * in rolekit this assumes an org is not mutated after it is made (make a new one).
 */
const validated = new WeakSet<Org>();

export function markValidated(org: Org): void {
  validated.add(org);
}

/** Whether `org` is the valid output of an earlier `parseOrg` call. */
export function wasValidated(org: Org): boolean {
  return typeof org === 'object' && org !== null && validated.has(org);
}

/* -------------------------------------------------------------------------------------------------
 * References: ids unique, links pointing somewhere, no loops in reporting lines
 * -----------------------------------------------------------------------------------------------*/

/** `['roles', i, …rest]`, built only for an issue: an array per role is garbage on 100,000 roles. */
const rolePath = (i: number, ...rest: Array<string | number>): OrgPath => ['roles', i, ...rest];

/** Reference checks on a structurally valid org, and the drawable part when some fail. */
/**
 * `checkRole` adds the checks inside a role (duty, assessment and workflow ids): parseOrg
 * passes `checkRoleInternals`; a chart, which draws none of that, passes nothing and so
 * does not carry that code.
 */
export function checkReferences(
  org: Org,
  options: { checkRole?: (role: Role, at: OrgPath, issues: OrgIssue[]) => void } = {},
): { issues: OrgIssue[]; partial?: Org } {
  const checkRole = options.checkRole;
  const issues: OrgIssue[] = [];

  const personIndex = new Map<string, number>();
  org.people?.forEach((person, i) => {
    const first = personIndex.get(person.id);
    if (first !== undefined) {
      issues.push(makeIssue('duplicate_id', ['people', i, 'id'], `duplicate person id ${previewValue(person.id)} (first used at people[${first}])`));
    } else personIndex.set(person.id, i);
  });

  const roleIndex = new Map<string, number>();
  org.roles.forEach((role, i) => {
    const first = roleIndex.get(role.id);
    if (first !== undefined) {
      issues.push(makeIssue('duplicate_id', ['roles', i, 'id'], `duplicate role id ${previewValue(role.id)} (first used at roles[${first}])`));
    } else roleIndex.set(role.id, i);
  });

  // Only the first role of each id takes part in the tree.
  const keptRoles = org.roles.filter((role, i) => roleIndex.get(role.id) === i);
  const repaired = new Map<Role, Role>();
  const patch = (role: Role, change: Partial<Role>) => repaired.set(role, { ...(repaired.get(role) ?? role), ...change });

  for (let i = 0; i < org.roles.length; i++) {
    const role = org.roles[i]!;
    const isKept = roleIndex.get(role.id) === i;

    if (role.reportsTo != null) {
      if (role.reportsTo === role.id) {
        issues.push(makeIssue('self_reference', rolePath(i, 'reportsTo'), `role ${previewValue(role.id)} reports to itself`));
        if (isKept) patch(role, { reportsTo: null });
      } else if (!roleIndex.has(role.reportsTo)) {
        issues.push(makeIssue('unknown_reference', rolePath(i, 'reportsTo'), `no role has the id ${previewValue(role.reportsTo)}`));
        if (isKept) patch(role, { reportsTo: null });
      }
    }

    if (role.dottedLineTo) {
      let dropped = false;
      for (let j = 0; j < role.dottedLineTo.length; j++) {
        const target = role.dottedLineTo[j]!;
        if (target === role.id) {
          issues.push(makeIssue('self_reference', rolePath(i, 'dottedLineTo', j), `role ${previewValue(role.id)} has a dotted line to itself`));
          dropped = true;
        } else if (!roleIndex.has(target)) {
          issues.push(makeIssue('unknown_reference', rolePath(i, 'dottedLineTo', j), `no role has the id ${previewValue(target)}`));
          dropped = true;
        }
      }
      if (dropped && isKept) patch(role, { dottedLineTo: role.dottedLineTo.filter((t) => t !== role.id && roleIndex.has(t)) });
    }

    if (role.holderIds) {
      let dropped = false;
      for (let j = 0; j < role.holderIds.length; j++) {
        const personId = role.holderIds[j]!;
        if (!personIndex.has(personId)) {
          issues.push(makeIssue('unknown_reference', rolePath(i, 'holderIds', j), `no person has the id ${previewValue(personId)}`));
          dropped = true;
        }
      }
      if (dropped && isKept) patch(role, { holderIds: role.holderIds.filter((id) => personIndex.has(id)) });
    }

    if (checkRole && (role.responsibilities || role.qualifications || role.assessments || role.workflow)) checkRole(role, rolePath(i), issues);
  }

  // Cycles: each role has at most one manager, so following reportsTo from every
  // role either ends at a root or re-enters the walk in progress. Typed arrays over
  // role positions keep this linear and allocation-free on 100,000 roles.
  const count = keptRoles.length;
  // Without duplicates the kept roles are the roles, and positions are the input indexes.
  let position = roleIndex;
  if (count !== org.roles.length) {
    position = new Map();
    keptRoles.forEach((role, k) => position.set(role.id, k));
  }
  const managerAt = new Int32Array(count).fill(-1);
  const anyRepaired = repaired.size > 0;
  for (let k = 0; k < count; k++) {
    const role = keptRoles[k]!;
    const manager = anyRepaired ? (repaired.get(role) ?? role).reportsTo : role.reportsTo;
    if (manager != null) managerAt[k] = position.get(manager) ?? -1;
  }
  const state = new Uint8Array(count); // 0 = unvisited, 1 = on the current walk, 2 = reaches a root
  const walk: number[] = [];
  for (let start = 0; start < count; start++) {
    if (state[start] !== 0) continue;
    walk.length = 0;
    let current = start;
    while (current !== -1 && state[current] === 0) {
      state[current] = 1;
      walk.push(current);
      current = managerAt[current]!;
    }
    if (current !== -1 && state[current] === 1) {
      const loop = walk.slice(walk.indexOf(current)).map((k) => keptRoles[k]!);
      const cut = loop.reduce((a, b) => (roleIndex.get(a.id)! <= roleIndex.get(b.id)! ? a : b));
      const ids = [...loop, loop[0]!].map((r) => r.id);
      issues.push(makeIssue('cycle', ['roles', roleIndex.get(cut.id)!, 'reportsTo'], `reporting lines form a cycle: ${ids.join(' → ')}`));
      patch(cut, { reportsTo: null });
    }
    for (const k of walk) state[k] = 2;
  }

  if (issues.length === 0) return { issues };
  const partial: Org = { ...org, roles: keptRoles.map((role) => repaired.get(role) ?? role) };
  if (org.people) partial.people = org.people.filter((person, i) => personIndex.get(person.id) === i);
  return { issues, partial };
}

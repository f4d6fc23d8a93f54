/**
 * Headcount roll-ups: per role, what its part of the org holds — for an HR reader, the
 * people below a manager and the positions still open there, kept apart.
 *
 * How things count (an HR system's "headcount", not a count of boxes):
 * - `headcount` is people, not roles: every person holding a role anywhere below, once.
 *   A job share (a role with two holders) counts two; one person holding two roles below
 *   (an acting head) counts one. The role's own holders are not below it.
 * - `vacancies` are the roles below with no holder, counted apart: a vacancy is not a
 *   person. Headcount plus vacancies is the team's size once every position is filled.
 * - `span` (span of control) is the direct reports a manager leads: assistants (staff
 *   roles) are left out, vacant positions are in — the span is the team's design.
 * - A role sent without its reports (`reportCount`, loaded later) counts them as direct
 *   reports; what is below them is not known yet, so `unloaded` says how many roles the
 *   figures leave out, and headcount and vacancies are then lower bounds.
 *
 * Pure, no React; memoised per org object. O(n) over explicit arrays, no recursion (an org
 * of 100,000 in one chain is fine), plus, for a person holding several roles, the walk up
 * to where those roles meet.
 */
import type { Org, Role } from './schema';
import { modelOf, type OrgIndex, type OrgModel } from './orgModel';
import { memoByObject } from './memo';

export interface RoleRollup {
  /** Solid-line reports, assistants included; a role sent without them, its `reportCount`. */
  readonly directReports: number;
  /** Span of control: `directReports` less assistants; vacant positions count. */
  readonly span: number;
  /** People holding a role anywhere below, each once; the role's own holders are not below it. */
  readonly headcount: number;
  /** Roles below with no holder, at any depth. */
  readonly vacancies: number;
  /** Roles below known only by a `reportCount` (not loaded): above 0, `headcount` and `vacancies` are lower bounds. */
  readonly unloaded: number;
}

/** Each role's roll-up, by role id; `undefined` for a role not drawn (invalid data). */
export interface OrgRollup {
  get(roleId: string): RoleRollup | undefined;
}

/** Headcount roll-ups of every role (see the top of rollup.ts for how people and vacancies count). Memoised per org. */
export function rollupOrg(org: Org | OrgModel): OrgRollup {
  return rollupIndex(modelOf(org).index);
}

// Keyed by the index, which is itself one per org object: an org or its model hit the same entry.
// Typed arrays and a Map lookup or two per role and holder. The figures stay in the arrays; a
// role's object is made when asked for (a chart asks for the roles in its window).
const rollupIndex = /* @__PURE__ */ memoByObject((index: OrgIndex): OrgRollup => {
  // Pre-order positions over an explicit stack: a role's subtree is the run [k, k + size[k]).
  const pre: Role[] = [];
  const at = new Map<string, number>();
  const cap = index.roleById.size;
  const parent = new Int32Array(cap);
  const direct = new Int32Array(cap);
  const assistants = new Int32Array(cap);
  const unloaded = new Int32Array(cap);
  // Pending roles and their managers' positions; pushed in reverse, popped in input order.
  const stack: Role[] = [];
  const from: number[] = [];
  for (let r = index.roots.length - 1; r >= 0; r--) {
    stack.push(index.roots[r]!);
    from.push(-1);
  }
  while (stack.length) {
    const role = stack.pop()!;
    const k = pre.push(role) - 1;
    at.set(role.id, k);
    parent[k] = from.pop()!;
    const reports = index.reports(role.id);
    for (let c = reports.length - 1; c >= 0; c--) {
      if (reports[c]!.assistant) assistants[k]!++;
      stack.push(reports[c]!);
      from.push(k);
    }
    // Reports not loaded yet are known by their count only.
    direct[k] = reports.length || (unloaded[k] = role.reportCount ?? 0);
  }
  const n = pre.length;
  const size = new Int32Array(n).fill(1);
  for (let k = n - 1; k > 0; k--) if (parent[k]! >= 0) size[parent[k]!]! += size[k]!;
  // Distinct people per subtree: +1 where a person holds a role, −1 where two of their
  // roles (consecutive in pre-order) meet, so a subtree's sum counts each person once.
  // `own[k]`: holders of k who hold nothing below it (in k's sum, but not below k).
  const people = new Int32Array(n);
  const own = new Int32Array(n);
  const vacancies = new Int32Array(n);
  const last = new Map<string, number>();
  for (let k = 0; k < n; k++) {
    let held = 0;
    const ids = pre[k]!.holderIds;
    if (ids)
      for (let h = 0; h < ids.length; h++) {
        const id = ids[h]!;
        const j = last.get(id);
        if (j === k || (j === undefined && !index.personById.has(id))) continue;
        held++;
        people[k]!++;
        own[k]!++;
        last.set(id, k);
        if (j === undefined) continue;
        // Up from the earlier role to the first manager whose subtree holds this one.
        let a = j;
        while (a >= 0 && k >= a + size[a]!) a = parent[a]!;
        if (a < 0) continue; // another tree of the forest
        people[a]!--;
        if (a === j) own[j]!--;
      }
    if (held === 0 && parent[k]! >= 0) vacancies[parent[k]!]!++;
  }

  // Children before parents (reverse pre-order): sums flow up.
  for (let k = n - 1; k > 0; k--) {
    const p = parent[k]!;
    if (p < 0) continue;
    people[p]! += people[k]!;
    vacancies[p]! += vacancies[k]!;
    unloaded[p]! += unloaded[k]!;
  }
  return {
    get(roleId) {
      const k = at.get(roleId);
      return k === undefined
        ? undefined
        : { directReports: direct[k]!, span: direct[k]! - assistants[k]!, headcount: people[k]! - own[k]!, vacancies: vacancies[k]!, unloaded: unloaded[k]! };
    },
  };
});

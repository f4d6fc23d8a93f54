/**
 * org → index → hierarchy: the pure steps every component shares. Each is memoised
 * per org object (a WeakMap), so four components on one page validate and index an
 * org once, and a new org object is the only thing that invalidates them.
 */
import { hierarchy, type HierarchyNode } from 'd3-hierarchy';
import type { Org, Person, Role } from './schema';
import type { OrgIssue } from './issues';
import { wasValidated } from './references';
import { checkRenderableOrg } from './renderable';
import { createOrgCache, memoByObject } from './memo';

export interface OrgIndex {
  /** The org the index describes: the input when valid, otherwise its drawable part. */
  readonly org: Org;
  readonly roleById: ReadonlyMap<string, Role>;
  readonly personById: ReadonlyMap<string, Person>;
  /** Roles with no manager, in input order. More than one makes a forest. */
  readonly roots: readonly Role[];
  /** The solid-line manager. */
  manager(roleId: string): Role | undefined;
  /** Solid-line reports in input order, assistants included. */
  reports(roleId: string): readonly Role[];
  /** The reports marked `assistant`. */
  assistants(roleId: string): readonly Role[];
  /** Roles with a dotted line to this one. */
  dottedReports(roleId: string): readonly Role[];
  /** People holding the role; empty for a vacancy. */
  holders(roleId: string): readonly Person[];
  /** Managers from the direct one up to the root. */
  ancestors(roleId: string): readonly Role[];
  /** Every role below this one (solid lines), at any depth. */
  descendantCount(roleId: string): number;
}

export interface OrgModel {
  /** Empty when the org is valid. */
  readonly issues: readonly OrgIssue[];
  readonly index: OrgIndex;
}

const EMPTY: readonly never[] = Object.freeze([]);
const models = new WeakMap<Org, OrgModel>();

/** Validates and indexes an org once per object. Never throws. */
export function getOrgModel(org: Org): OrgModel {
  const cacheable = typeof org === 'object' && org !== null;
  let model = cacheable ? models.get(org) : undefined;
  if (!model) {
    // An org parseOrg already validated needs no second pass; anything else gets the
    // checks drawing needs (see renderable.ts), and the drawable part is indexed.
    const checked = wasValidated(org) ? { issues: [] as OrgIssue[], org } : checkRenderableOrg(org);
    model = { issues: checked.issues.length ? checked.issues : EMPTY, index: buildIndex(checked.org) };
    if (cacheable) models.set(org, model);
  }
  return model;
}

/**
 * The model of an org, or the model itself: the pure functions take either, so a caller
 * that has built the model passes it on instead of having it looked up again.
 */
export function modelOf(input: Org | OrgModel): OrgModel {
  return isOrgModel(input) ? input : getOrgModel(input);
}

const isOrgModel = (value: unknown): value is OrgModel =>
  typeof value === 'object' && value !== null && 'index' in value && 'issues' in value && !('roles' in value);

export function indexOrg(org: Org): OrgIndex {
  return getOrgModel(org).index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function buildIndex(org: Org): OrgIndex {
  // Plain loops: no [id, role] pair or empty list per role (garbage on 100,000 roles).
  const roleById = new Map<string, Role>();
  for (const role of org.roles) roleById.set(role.id, role);
  const personById = new Map<string, Person>();
  if (org.people) for (const person of org.people) personById.set(person.id, person);
  const reportsOf = new Map<string, Role[]>();
  const dottedOf = new Map<string, Role[]>();
  const roots: Role[] = [];
  for (const role of org.roles) {
    if (role.reportsTo != null && roleById.has(role.reportsTo)) push(reportsOf, role.reportsTo, role);
    else roots.push(role);
    if (role.dottedLineTo) for (const target of role.dottedLineTo) push(dottedOf, target, role);
  }

  let descendantCounts: Map<string, number> | undefined;
  const countDescendants = () => {
    // Post-order over an explicit stack: a 10,000-deep chain must not recurse.
    const counts = new Map<string, number>();
    const order: Role[] = [];
    const stack = [...roots];
    while (stack.length) {
      const role = stack.pop()!;
      order.push(role);
      for (const child of reportsOf.get(role.id) ?? EMPTY) stack.push(child);
    }
    for (let i = order.length - 1; i >= 0; i--) {
      const role = order[i]!;
      let total = 0;
      for (const child of reportsOf.get(role.id) ?? EMPTY) total += 1 + (counts.get(child.id) ?? 0);
      counts.set(role.id, total);
    }
    return counts;
  };

  return {
    org,
    roleById,
    personById,
    roots,
    manager: (id) => {
      const parent = roleById.get(id)?.reportsTo;
      return parent == null ? undefined : roleById.get(parent);
    },
    reports: (id) => reportsOf.get(id) ?? EMPTY,
    assistants: (id) => (reportsOf.get(id) ?? EMPTY).filter((role) => role.assistant),
    dottedReports: (id) => dottedOf.get(id) ?? EMPTY,
    holders: (id) => {
      const ids = roleById.get(id)?.holderIds;
      if (!ids || ids.length === 0) return EMPTY;
      return ids.map((pid) => personById.get(pid)).filter((p): p is Person => p !== undefined);
    },
    ancestors: (id) => {
      const chain: Role[] = [];
      let current = roleById.get(id);
      while (current?.reportsTo != null) {
        const parent = roleById.get(current.reportsTo);
        if (!parent) break;
        chain.push(parent);
        current = parent;
      }
      return chain;
    },
    descendantCount: (id) => (descendantCounts ??= countDescendants()).get(id) ?? 0,
  };
}

/* -------------------------------------------------------------------------------------------------
 * Team
 * -----------------------------------------------------------------------------------------------*/

// A few: the chart's focus and the one it moves up from stay warm.
const teams = createOrgCache<OrgModel>(4);

/**
 * The model of one role's team: the role and everyone below it, the role a root. Its
 * index is the part the chart lays out, searches and walks when focused, so the rest of
 * the org costs nothing. The same Role objects, in an order that keeps every manager's
 * reports in input order; the drawable part of a drawable org needs no checks (`issues`
 * empty). `null` for a role not in the org. Memoised per model and role; O(team).
 */
export function teamModel(input: Org | OrgModel, roleId: string): OrgModel | null {
  const model = modelOf(input);
  const index = model.index;
  const top = index.roleById.get(roleId);
  if (!top) return null;
  if (index.roots.length === 1 && index.roots[0] === top) return model;
  const cached = teams.get(model, roleId);
  if (cached) return cached;
  // Breadth first: each manager's reports are appended together, in their order.
  const roles: Role[] = [top];
  const seen = new Set<string>([roleId]);
  for (let i = 0; i < roles.length; i++) {
    for (const report of index.reports(roles[i]!.id)) {
      if (seen.has(report.id)) continue;
      seen.add(report.id);
      roles.push(report);
    }
  }
  const org: Org = { ...index.org, roles };
  const team: OrgModel = { issues: EMPTY, index: buildIndex(org) };
  models.set(org, team);
  teams.set(model, roleId, team);
  return team;
}

/* -------------------------------------------------------------------------------------------------
 * Hierarchy
 * -----------------------------------------------------------------------------------------------*/

/** The datum of a hierarchy node: a role, or `null` for the virtual root above a forest. */
export type RoleNodeDatum = Role | null;

/**
 * The parts of a d3-hierarchy node rolekit relies on, declared here so the public
 * types do not require `@types/d3-hierarchy`.
 */
export interface RoleHierarchyNode {
  readonly data: RoleNodeDatum;
  readonly depth: number;
  readonly height: number;
  readonly parent: RoleHierarchyNode | null;
  readonly children?: RoleHierarchyNode[] | undefined;
  descendants(): RoleHierarchyNode[];
  ancestors(): RoleHierarchyNode[];
  leaves(): RoleHierarchyNode[];
  each(callback: (node: RoleHierarchyNode) => void): this;
  eachBefore(callback: (node: RoleHierarchyNode) => void): this;
  eachAfter(callback: (node: RoleHierarchyNode) => void): this;
}

/**
 * The org as one d3 hierarchy: a virtual root (`data === null`, depth 0) whose
 * children are the org's roots, so forests and single trees lay out the same way.
 * Memoised per org object.
 */
export function orgHierarchy(org: Org): RoleHierarchyNode {
  return orgHierarchyInternal(org) as unknown as RoleHierarchyNode;
}

/** d3-typed twin of `orgHierarchy`. Pure, so a bundle that never asks for a hierarchy ships no d3. */
export const orgHierarchyInternal = /* @__PURE__ */ memoByObject((org: Org): HierarchyNode<RoleNodeDatum> => {
  const index = indexOrg(org);
  return hierarchy<RoleNodeDatum>(null, (role) => (role === null ? (index.roots as Role[]) : (index.reports(role.id) as Role[])));
});

/**
 * Merging the reports `loadChildren` sent into what was loaded before. Loaded on demand
 * with the first load: a chart that never loads lazily never downloads it.
 */
import type { Org, Person, Role } from '../model/schema';
import type { OrgIssue } from '../model/issues';
import type { Loaded } from './useLazyChildren';

export const isOrg = (value: unknown): value is Org =>
  typeof value === 'object' && value !== null && Array.isArray((value as Org).roles) && ((value as Org).people == null || Array.isArray((value as Org).people));

/**
 * The loaded state with `result` (the reports of `roleId`) added. A role or person whose id
 * is already taken — in the base org or by an earlier load — is dropped with an issue: the
 * first one wins. Roles sent without `reportsTo` report to `roleId`.
 */
export function mergeLoaded(state: Loaded, base: Org, roleId: string, result: Role[] | Org): Loaded {
  const roleIds = new Set([...base.roles, ...state.roles].map((r) => r.id));
  const personIds = new Set([...(base.people ?? []), ...state.people].map((p) => p.id));
  const issues: OrgIssue[] = [...state.issues];
  const take = <T extends { id: string }>(items: readonly T[], ids: Set<string>, key: string, out: T[]) =>
    items.forEach((item, i) => {
      if (ids.has(item?.id)) {
        issues.push({ code: 'duplicate_id', path: ['loadChildren', roleId, key, i], message: `loadChildren(${roleId}).${key}[${i}]: duplicate id "${item.id}"` });
      } else if (item && typeof item.id === 'string') {
        ids.add(item.id);
        out.push(item);
      }
    });
  const roles: Role[] = [...state.roles];
  const people: Person[] = [...state.people];
  const list = Array.isArray(result) ? result : result.roles;
  take(
    list.map((r) => (r && r.reportsTo === undefined ? { ...r, reportsTo: roleId } : r)),
    roleIds,
    'roles',
    roles,
  );
  if (!Array.isArray(result)) take(result.people ?? [], personIds, 'people', people);
  return { map: state.map, roles, people, issues };
}

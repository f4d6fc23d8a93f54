/**
 * Expansion state: which roles show their reports, as a set of ids or a depth. Memo keys
 * (equal keys, equal outlines) and the sets a chart starts from. Pure, no React.
 */
import type { Org, Role } from './schema';
import { modelOf, type OrgIndex, type OrgModel } from './orgModel';
import { memoByObject } from './memo';
import type { OutlineOptions } from './outline';

/* -------------------------------------------------------------------------------------------------
 * Memo keys
 * -----------------------------------------------------------------------------------------------*/

/** Per model and set object: its memo key, and the bitset and manager count it was made from. */
interface SetKey {
  readonly key: string;
  readonly bits: Uint8Array;
  readonly managers: number;
}
const setKeys = new WeakMap<object, WeakMap<ReadonlySet<string>, SetKey>>();

/**
 * Equal keys mean equal outlines, so a state seen before is a cache hit however it was
 * reached: collapsing a branch and opening it again, or "Expand all", lands back on
 * the fully expanded layout the chart opened with. A set's key is its content, computed
 * once per set object — components make a new set for each change and never mutate one —
 * and a set holding every manager is the same state as `expandDepth: Infinity`.
 */
export function expansionKey(org: Org | OrgModel, options: OutlineOptions): string {
  const { expandedIds, expandDepth } = options;
  if (expandedIds) return setKeyOf(modelOf(org), expandedIds).key;
  const depth = expandDepth ?? Infinity;
  return `d${Number.isFinite(depth) ? Math.max(0, Math.floor(depth)) : 'all'}`;
}

/**
 * The set as a bitset over role slots, eight roles a character: exact, one pass over the
 * set. (Sorted ids joined cost a sort of every expanded id and a key the size of all of
 * them — a tenth of a 10,000-role collapse.) A set the chart made from another by a few
 * changes (`noteExpandedChange`) flips those bits in the other's bitset instead: no pass
 * over 20,000 ids on a 100,000-role collapse. Ids the org does not have change no
 * outline and are left out.
 */
function setKeyOf(model: OrgModel, ids: ReadonlySet<string>): SetKey {
  let byModel = setKeys.get(model);
  if (!byModel) setKeys.set(model, (byModel = new WeakMap()));
  const known = byModel.get(ids);
  if (known) return known;
  const index = model.index;
  const slots = roleSlots(index);
  const isManager = (id: string) => index.reports(id).length > 0;
  const step = lineage.get(ids);
  const from = step && setKeyFrom(model, byModel, step.from);
  let bits: Uint8Array;
  let managers = 0;
  if (step && from) {
    bits = from.bits.slice();
    managers = from.managers;
    for (const id of step.changed) {
      const slot = slots.get(id);
      if (slot === undefined) continue;
      const was = (bits[slot >> 3]! >> (slot & 7)) & 1;
      const is = ids.has(id) ? 1 : 0;
      if (was === is) continue;
      bits[slot >> 3]! ^= 1 << (slot & 7);
      if (isManager(id)) managers += is ? 1 : -1;
    }
  } else {
    bits = new Uint8Array((slots.size >> 3) + 1);
    for (const id of ids) {
      const slot = slots.get(id);
      if (slot === undefined) continue;
      bits[slot >> 3]! |= 1 << (slot & 7);
      if (isManager(id)) managers++;
    }
  }
  let key = 'dall';
  if (managers !== managerIdsOf(model).length) {
    key = 's';
    for (let k = 0; k < bits.length; k += 8192) key += String.fromCharCode(...bits.subarray(k, k + 8192));
  }
  const made = { key, bits, managers };
  byModel.set(ids, made);
  return made;
}

/** The key of a set a change started from: known, or (the fully expanded default) made once. */
function setKeyFrom(model: OrgModel, byModel: WeakMap<ReadonlySet<string>, SetKey>, from: ReadonlySet<string>): SetKey | undefined {
  return byModel.get(from) ?? (from === allManagersSet(model) ? setKeyOf(model, from) : undefined);
}

/** How the chart made a set from another: the ids whose membership changed (and maybe some that did not). */
const lineage = new WeakMap<ReadonlySet<string>, { from: ReadonlySet<string>; changed: readonly string[] }>();

export const lineageOf = (set: ReadonlySet<string>) => lineage.get(set);

/**
 * Internal, for components: `next` was made from `from` (null: from the fully expanded
 * default) by adding or removing `changed`, and neither is mutated afterwards. The key
 * and the outline of `next` are then derived from `from`'s in the time the change takes.
 */
export function noteExpandedChange(org: Org | OrgModel, next: ReadonlySet<string>, from: ReadonlySet<string> | null, changed: readonly string[]) {
  const model = modelOf(org);
  const base = from ?? allManagersSet(model);
  // A cheap guard against a set changed behind our back: the sizes must add up.
  let delta = 0;
  for (const id of new Set(changed)) delta += (next.has(id) ? 1 : 0) - (base.has(id) ? 1 : 0);
  if (base.size + delta === next.size) lineage.set(next, { from: base, changed });
}

/** Every manager's id, once per model. Internal: callers must not mutate it. */
const managerIdsOf = memoByObject((model: OrgModel): readonly string[] => allManagerIds(model));

/**
 * The ids `expandDepth` expands, for a component to start an explicit set from. The
 * fully expanded case is every manager (cached per org): a first collapse on 10,000
 * roles no longer walks the org level by level.
 */
export function defaultExpandedIds(org: Org | OrgModel, depth: number): readonly string[] {
  const model = modelOf(org);
  return depth === Infinity ? managerIdsOf(model) : expandedIdsForDepth(model, depth);
}

export const allManagersSet = memoByObject((model: OrgModel): ReadonlySet<string> => new Set(managerIdsOf(model)));

/** Each role's slot, 0…n-1 in index order: the key for per-role typed arrays. */
export const roleSlots = memoByObject((index: OrgIndex) => {
  const slots = new Map<string, number>();
  for (const id of index.roleById.keys()) slots.set(id, slots.size);
  return slots;
});

/* -------------------------------------------------------------------------------------------------
 * Expansion helpers
 * -----------------------------------------------------------------------------------------------*/

/** Roles with reports at a depth below `depth`: what `expandDepth` expands, as ids. */
export function expandedIdsForDepth(org: Org | OrgModel, depth: number): string[] {
  const index = modelOf(org).index;
  const ids: string[] = [];
  let level: readonly Role[] = index.roots;
  const seen = new Set<string>();
  for (let d = 0; d < depth && level.length > 0; d++) {
    const next: Role[] = [];
    for (const role of level) {
      if (seen.has(role.id)) continue;
      seen.add(role.id);
      const reports = index.reports(role.id);
      if (reports.length === 0) continue;
      ids.push(role.id);
      next.push(...reports);
    }
    level = next;
  }
  return ids;
}

/** Every role with at least one report: "expand all". */
export function allManagerIds(org: Org | OrgModel): string[] {
  const index = modelOf(org).index;
  return index.org.roles.filter((role) => index.reports(role.id).length > 0).map((role) => role.id);
}

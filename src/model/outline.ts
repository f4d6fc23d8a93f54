/**
 * The visible outline of an org: every role a reader can reach under the current
 * expansion state, in depth-first (outline) order, with its tree semantics
 * (`aria-level`, `aria-setsize`, `aria-posinset`) computed from the model rather
 * than from the DOM. Both org chart views and the keyboard model read this, so
 * they keep working when only a slice of the nodes is rendered (virtualisation).
 *
 * Sibling order: a manager's assistants first, then its other reports, each in
 * input order — the order the chart draws them top to bottom.
 *
 * Pure, no React. Memoised per org object and expansion state.
 */
import type { Org, Role } from './schema';
import { modelOf, type OrgIndex, type OrgModel } from './orgModel';
import { createOrgCache, memoByObject } from './memo';
import { relayoutHooks } from './relayoutHooks';

export interface OutlineOptions {
  /**
   * Roles whose reports are shown. Treat the set as immutable: a changed set must be
   * a new object (the memo is keyed by its identity). When absent, `expandDepth` decides.
   */
  expandedIds?: ReadonlySet<string> | undefined;
  /**
   * Used when `expandedIds` is absent: roles at a depth below this are expanded
   * (0 shows only the roots, 1 also their reports, …).  @default Infinity
   */
  expandDepth?: number | undefined;
}

export interface OutlineItem {
  readonly id: string;
  readonly role: Role;
  /** Position in the outline (depth-first over visible roles), 0-based. */
  readonly index: number;
  /** 0 for a root; `aria-level` is `depth + 1`. */
  readonly depth: number;
  /** The solid-line manager; `null` for a root. */
  readonly parentId: string | null;
  /** 1-based position among its siblings (`aria-posinset`). */
  readonly posInSet: number;
  /** Number of siblings including itself (`aria-setsize`). */
  readonly setSize: number;
  /** Has at least one report in the org (so it can be expanded). */
  readonly hasChildren: boolean;
  /** Its reports are visible. Always `false` for a role without reports. */
  readonly expanded: boolean;
  /** Direct reports, assistants included. */
  readonly childCount: number;
  /** Every role below it, at any depth. */
  readonly descendantCount: number;
  /** Roles below it hidden because it is collapsed: `descendantCount` when collapsed, else 0. */
  readonly hiddenDescendantCount: number;
  /** `role.assistant`. */
  readonly isAssistant: boolean;
}

export interface OrgOutline {
  readonly items: readonly OutlineItem[];
  /** Position of a visible role in `items`, or -1. */
  indexOf(id: string): number;
  /** Identifies the expansion state; equal keys mean equal outlines for one org. */
  readonly key: string;
}

/* -------------------------------------------------------------------------------------------------
 * Memo keys
 * -----------------------------------------------------------------------------------------------*/

const setKeys = new WeakMap<object, WeakMap<ReadonlySet<string>, string>>();

/**
 * Equal keys mean equal outlines, so a state seen before is a cache hit however it was
 * reached: collapsing a branch and opening it again, or "Expand all", lands back on
 * the fully expanded layout the chart opened with. A set's key is its content (sorted
 * ids), computed once per set object — components make a new set for each change and
 * never mutate one — and a set holding every manager is the same state as `expandDepth:
 * Infinity`.
 */
export function expansionKey(org: Org | OrgModel, options: OutlineOptions): string {
  const { expandedIds, expandDepth } = options;
  if (expandedIds) {
    const model = modelOf(org);
    let byModel = setKeys.get(model);
    let key = byModel?.get(expandedIds);
    if (key === undefined) {
      const list = managerIdsOf(model);
      // Once the incremental relayout has loaded, new sets get its key (a bitset, no sort).
      key = relayoutHooks.key ? relayoutHooks.key(model, expandedIds) : list.every((id) => expandedIds.has(id)) ? 'dall' : `s${[...expandedIds].sort().join('\u0000')}`;
      if (!byModel) setKeys.set(model, (byModel = new WeakMap()));
      byModel.set(expandedIds, key);
    }
    return key;
  }
  const depth = expandDepth ?? Infinity;
  return `d${Number.isFinite(depth) ? Math.max(0, Math.floor(depth)) : 'all'}`;
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

/* -------------------------------------------------------------------------------------------------
 * Outline
 * -----------------------------------------------------------------------------------------------*/

/** Reports in drawing order: assistants first, then the others, each in input order. */
export function orderedReports(index: OrgIndex, id: string): readonly Role[] {
  const reports = index.reports(id);
  if (reports.length < 2 || !reports.some((r) => r.assistant)) return reports;
  return [...reports.filter((r) => r.assistant), ...reports.filter((r) => !r.assistant)];
}

const outlines = createOrgCache<OrgOutline>(8);

/** The visible roles in outline order. Takes the org or its model; memoised per model and expansion state. */
export function outlineOrg(org: Org | OrgModel, options: OutlineOptions = {}): OrgOutline {
  const model = modelOf(org);
  const key = expansionKey(model, options);
  const cached = outlines.get(model, key);
  if (cached) return cached;
  const outline = buildOutline(model.index, options, key);
  outlines.set(model, key, outline);
  return outline;
}

function buildOutline(index: OrgIndex, options: OutlineOptions, key: string): OrgOutline {
  const items: OutlineItem[] = [];
  // Outline positions by the role's slot in the org (a Map built once per org), in a
  // typed array: no 10,000-entry Map per expansion state for the collector to trace.
  const positions = new Int32Array(roleSlots(index).size).fill(-1);
  visitOutline(index, options, positions, null, 0, 0, items);
  const slots = roleSlots(index);
  return {
    items,
    key,
    indexOf: (id) => {
      const slot = slots.get(id);
      return slot === undefined ? -1 : positions[slot]!;
    },
  };
}

/**
 * Appends the visible roles below `parentId` (null: the roots; `depth`: the depth of those
 * roles) to `items` in outline order, the first at position `base` (the incremental
 * relayout splices a subtree that opens into the last outline), and records their
 * positions. An explicit stack, children pushed in reverse: a 10,000-deep chain must not
 * recurse. Parallel arrays rather than an object per pending role: less for the collector.
 */
export function visitOutline(index: OrgIndex, options: OutlineOptions, positions: Int32Array, parentId: string | null, depth: number, base: number, items: OutlineItem[]) {
  const { expandedIds } = options;
  const maxDepth = options.expandDepth ?? Infinity;
  const isExpanded = expandedIds ? (role: Role) => expandedIds.has(role.id) : (_: Role, depth: number) => depth < maxDepth;
  const slots = roleSlots(index);
  const stackRole: Role[] = [];
  const stackDepth: number[] = [];
  const stackParent: Array<string | null> = [];
  const stackPos: number[] = [];
  const stackSize: number[] = [];
  const pushSiblings = (siblings: readonly Role[], depth: number, parentId: string | null) => {
    for (let i = siblings.length - 1; i >= 0; i--) {
      stackRole.push(siblings[i]!);
      stackDepth.push(depth);
      stackParent.push(parentId);
      stackPos.push(i + 1);
      stackSize.push(siblings.length);
    }
  };
  pushSiblings(parentId === null ? index.roots : orderedReports(index, parentId), depth, parentId);

  while (stackRole.length > 0) {
    const role = stackRole.pop()!;
    const depth = stackDepth.pop()!;
    const parentId = stackParent.pop()!;
    const posInSet = stackPos.pop()!;
    const setSize = stackSize.pop()!;
    // The model cuts cycles; this guard keeps a hand-made index from hanging us.
    const slot = slots.get(role.id)!;
    if (positions[slot]! >= 0) continue;
    const childCount = index.reports(role.id).length;
    const hasChildren = childCount > 0;
    const expanded = hasChildren && isExpanded(role, depth);
    const descendantCount = hasChildren ? index.descendantCount(role.id) : 0;
    const at = base + items.length;
    positions[slot] = at;
    items.push({
      id: role.id,
      role,
      index: at,
      depth,
      parentId,
      posInSet,
      setSize,
      hasChildren,
      expanded,
      childCount,
      descendantCount,
      hiddenDescendantCount: expanded ? 0 : descendantCount,
      isAssistant: role.assistant === true,
    });
    if (expanded) pushSiblings(orderedReports(index, role.id), depth + 1, role.id);
  }
}


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

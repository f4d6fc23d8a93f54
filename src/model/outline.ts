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
import { createOrgCache } from './memo';
import { allManagersSet, expansionKey, lineageOf, roleSlots } from './expansion';

// Where they have always been imported from.
export { allManagerIds, defaultExpandedIds, expandedIdsForDepth, expansionKey, noteExpandedChange, roleSlots } from './expansion';

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
  const expanded = expandedSetOf(model, options);
  const outline = (expanded && deriveOutline(model, expanded, key)) || buildOutline(model.index, options, key);
  outlines.set(model, key, outline);
  last.set(model, { outline, expanded });
  return outline;
}

/** The last outline built per model, the one the next (a collapse, an expand) is most likely one step from. */
const last = new WeakMap<OrgModel, { outline: OrgOutline; expanded: ReadonlySet<string> | null }>();

/** The expansion as a set of ids, when it is one (or everything, a set built once per model). */
function expandedSetOf(model: OrgModel, options: OutlineOptions): ReadonlySet<string> | null {
  if (options.expandedIds) return options.expandedIds;
  return (options.expandDepth ?? Infinity) === Infinity ? allManagersSet(model) : null;
}

/** Per outline, internal: each item's role slot and each slot's position (-1 hidden). */
interface OutlineSlots {
  readonly slots: Int32Array;
  readonly positions: Int32Array;
}
const slotsByOutline = new WeakMap<OrgOutline, OutlineSlots>();

/** The model slot of each item of an outline built here (`roleSlots`): per-role state for the layout. */
export function outlineSlots(outline: OrgOutline): Int32Array | undefined {
  return slotsByOutline.get(outline)?.slots;
}

function makeOutline(items: OutlineItem[], key: string, index: OrgIndex, slots: Int32Array, positions: Int32Array): OrgOutline {
  const bySlot = roleSlots(index);
  const outline: OrgOutline = {
    items,
    key,
    indexOf: (id) => {
      const slot = bySlot.get(id);
      return slot === undefined ? -1 : positions[slot]!;
    },
  };
  slotsByOutline.set(outline, { slots, positions });
  return outline;
}

function buildOutline(index: OrgIndex, options: OutlineOptions, key: string): OrgOutline {
  const { expandedIds } = options;
  const maxDepth = options.expandDepth ?? Infinity;
  const isExpanded = expandedIds ? (role: Role) => expandedIds.has(role.id) : (_: Role, depth: number) => depth < maxDepth;
  // Outline positions by the role's slot in the org (a Map built once per org), in a
  // typed array: no 10,000-entry Map per expansion state for the collector to trace.
  const positions = new Int32Array(roleSlots(index).size).fill(-1);
  const items: OutlineItem[] = [];
  const slots: number[] = [];
  visit(index, isExpanded, positions, index.roots, 0, null, 0, items, slots);
  return makeOutline(items, key, index, Int32Array.from(slots), positions);
}

/**
 * Appends the visible roles of `siblings`' subtrees, in outline order, the first at
 * position `base + items.length`. An explicit stack, children pushed in reverse: a
 * 10,000-deep chain must not recurse. Parallel arrays rather than an object per pending
 * role: less for the collector.
 */
function visit(
  index: OrgIndex, isExpanded: (role: Role, depth: number) => boolean, positions: Int32Array,
  siblings: readonly Role[], depth: number, parentId: string | null, base: number, items: OutlineItem[], slots: number[],
) {
  const bySlot = roleSlots(index);
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
  pushSiblings(siblings, depth, parentId);

  while (stackRole.length > 0) {
    const role = stackRole.pop()!;
    const depth = stackDepth.pop()!;
    const parentId = stackParent.pop()!;
    const posInSet = stackPos.pop()!;
    const setSize = stackSize.pop()!;
    // The model cuts cycles; this guard keeps a hand-made index from hanging us.
    const slot = bySlot.get(role.id)!;
    if (positions[slot]! >= 0) continue;
    const childCount = index.reports(role.id).length;
    const hasChildren = childCount > 0;
    const expanded = hasChildren && isExpanded(role, depth);
    const descendantCount = hasChildren ? index.descendantCount(role.id) : 0;
    const at = base + items.length;
    positions[slot] = at;
    slots.push(slot);
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

/** The same item at another position, or opened or closed. */
function moved(item: OutlineItem, index: number, expanded = item.expanded): OutlineItem {
  return {
    id: item.id,
    role: item.role,
    index,
    depth: item.depth,
    parentId: item.parentId,
    posInSet: item.posInSet,
    setSize: item.setSize,
    hasChildren: item.hasChildren,
    expanded,
    childCount: item.childCount,
    descendantCount: item.descendantCount,
    hiddenDescendantCount: expanded ? 0 : item.descendantCount,
    isAssistant: item.isAssistant,
  };
}

/**
 * The outline of `expanded` from the last one built, when they differ in a few ids: each
 * visible role that opens or closes splices its subtree in or out, the items before it
 * are kept as they are and those after it move. A collapse of a 4,000-role branch no
 * longer walks the 6,000 roles around it. The same outline `buildOutline` returns
 * (`tests/unit/layout/incremental.test.ts` compares every layout with one from scratch).
 */
function deriveOutline(model: OrgModel, expanded: ReadonlySet<string>, key: string): OrgOutline | null {
  const previous = last.get(model);
  const slotsOf = previous && slotsByOutline.get(previous.outline);
  if (!previous?.expanded || !slotsOf) return null;
  const step = lineageOf(expanded);
  const changes = step?.from === previous.expanded ? step.changed : fewChanges(previous.expanded, expanded, 4);
  if (!changes || changes.length > 4) return null;
  const index = model.index;
  const bySlot = roleSlots(index);
  let items = previous.outline.items as OutlineItem[];
  let slots = slotsOf.slots;
  const positions = slotsOf.positions.slice();
  const isExpanded = (role: Role) => expanded.has(role.id);
  for (const id of changes) {
    const slot = bySlot.get(id);
    const at = slot === undefined ? -1 : positions[slot]!;
    if (at < 0) continue;
    const item = items[at]!;
    const open = item.hasChildren && expanded.has(id);
    if (open === item.expanded) continue;
    // The subtree shown now: nothing when closing, a fresh walk of it when opening.
    let end = at + 1;
    while (end < items.length && items[end]!.depth > item.depth) positions[slots[end++]!] = -1;
    const inner: OutlineItem[] = [];
    const innerSlots: number[] = [];
    if (open) visit(index, isExpanded, positions, orderedReports(index, id), item.depth + 1, id, at + 1, inner, innerSlots);
    const shift = at + 1 + inner.length - end;
    const next = items.slice(0, at);
    next.push(moved(item, at, open));
    for (const it of inner) next.push(it);
    const nextSlots = new Int32Array(items.length + shift);
    nextSlots.set(slots.subarray(0, at + 1));
    nextSlots.set(innerSlots, at + 1);
    for (let k = end; k < items.length; k++) {
      next.push(shift === 0 ? items[k]! : moved(items[k]!, k + shift));
      positions[slots[k]!] = k + shift;
    }
    nextSlots.set(slots.subarray(end), end + shift);
    items = next;
    slots = nextSlots;
  }
  return makeOutline(items, key, index, slots, positions);
}

/** The ids in one set and not the other, or null when there are more than `most`. */
function fewChanges(a: ReadonlySet<string>, b: ReadonlySet<string>, most: number): string[] | null {
  if (Math.abs(a.size - b.size) > most) return null;
  const changes: string[] = [];
  for (const id of a) if (!b.has(id) && changes.push(id) > most) return null;
  for (const id of b) if (!a.has(id) && changes.push(id) > most) return null;
  return changes;
}

/**
 * Expansion bookkeeping for the incremental relayout (`layout/relayout.ts`, loaded on
 * demand): memo keys of expanded sets as bitsets, and outlines spliced from the last one
 * instead of walking the whole org again. Each result equals what `outlineOrg` and
 * `expansionKey` give from scratch (`tests/unit/layout/incremental.test.ts`).
 */
import type { OrgModel } from './orgModel';
import { roleSlots, visitOutline, type OrgOutline, type OutlineItem, type OutlineOptions } from './outline';

/* -------------------------------------------------------------------------------------------------
 * Memo keys
 * -----------------------------------------------------------------------------------------------*/

/**
 * A new set's memo key: its content as a bitset over role slots, eight roles a character,
 * exact, one pass over the set. (Sorted ids joined cost a sort of every expanded id and a
 * key the size of all of them — a tenth of a 10,000-role collapse.) `b…`, where the sorted
 * key is `s…`: the two spellings never meet in one memo entry. Ids the org does not have
 * change no outline and are left out; a set holding every manager is `dall`, the same
 * state as `expandDepth: Infinity`.
 */
export function bitsetKey(model: OrgModel, ids: ReadonlySet<string>): string {
  const index = model.index;
  const slots = roleSlots(index);
  const bits = new Uint8Array((slots.size >> 3) + 1);
  let managers = 0;
  for (const id of ids) {
    const slot = slots.get(id);
    if (slot === undefined) continue;
    bits[slot >> 3]! |= 1 << (slot & 7);
    if (index.reports(id).length > 0) managers++;
  }
  if (managers === managerCount(model)) return 'dall';
  let key = 'b';
  for (let k = 0; k < bits.length; k += 8192) key += String.fromCharCode(...bits.subarray(k, k + 8192));
  return key;
}

/** How many roles have reports, once per model (here, not `outline.ts`'s list: one binding fewer for the first paint to export). */
const managers = new WeakMap<OrgModel, number>();
function managerCount(model: OrgModel): number {
  let count = managers.get(model);
  if (count === undefined) {
    const index = model.index;
    managers.set(model, (count = index.org.roles.filter((role) => index.reports(role.id).length > 0).length));
  }
  return count;
}

/* -------------------------------------------------------------------------------------------------
 * Outlines
 * -----------------------------------------------------------------------------------------------*/

/** The outline on screen per model (the last laid out or primed): the next change is most likely one step from it. */
const last = new WeakMap<OrgModel, OrgOutline>();

export const noteOutline = (model: OrgModel, outline: OrgOutline) => void last.set(model, outline);

interface Slots {
  /** Each item's role slot. */
  readonly slots: Int32Array;
  /** Each slot's position, -1 when hidden. Never changed once made. */
  readonly positions: Int32Array;
}
const slotsByOutline = new WeakMap<OrgOutline, Slots>();

/** An outline's role slots both ways: per-role state for the layout, splicing here. */
export function outlineSlots(model: OrgModel, outline: OrgOutline): Slots {
  let known = slotsByOutline.get(outline);
  if (known) return known;
  const bySlot = roleSlots(model.index);
  const slots = Int32Array.from(outline.items, (item) => bySlot.get(item.id)!);
  const positions = new Int32Array(bySlot.size).fill(-1);
  slots.forEach((slot, i) => (positions[slot] = i));
  slotsByOutline.set(outline, (known = { slots, positions }));
  return known;
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

/** The outline of a state from scratch (`outlineOrg`'s walk; its memo is the layout's here). */
export function freshOutline(model: OrgModel, options: OutlineOptions, key: string): OrgOutline {
  const index = model.index;
  const items: OutlineItem[] = [];
  const positions = new Int32Array(roleSlots(index).size).fill(-1);
  visitOutline(index, options, positions, null, 0, 0, items);
  return outlineOf(model, items, key, positions);
}

/** An outline of `items`, each role's position by slot in `positions` (never changed after). */
function outlineOf(model: OrgModel, items: OutlineItem[], key: string, positions: Int32Array, slots?: Int32Array): OrgOutline {
  const bySlot = roleSlots(model.index);
  const outline: OrgOutline = { items, key, indexOf: (id) => positions[bySlot.get(id) ?? -1] ?? -1 };
  slotsByOutline.set(outline, { slots: slots ?? Int32Array.from(items, (item) => bySlot.get(item.id)!), positions });
  return outline;
}

/**
 * The outline of a state from the last one on screen, or null when more than four roles
 * on it open or close ("Expand all"): an outline depends only on which visible roles are
 * open, so each that opens or closes splices its subtree in or out, the items before it
 * are kept as they are and those after it move. A collapse of a 4,000-role branch no
 * longer walks the 6,000 roles around it.
 */
export function spliceOutline(model: OrgModel, options: OutlineOptions, key: string): OrgOutline | null {
  const previous = last.get(model);
  if (!previous) return null;
  const { expandedIds, expandDepth = Infinity } = options;
  const changes: OutlineItem[] = [];
  for (const item of previous.items) {
    const open = expandedIds ? expandedIds.has(item.id) : item.depth < expandDepth;
    if (item.hasChildren && open !== item.expanded && changes.push(item) > 4) return null;
  }
  const index = model.index;
  const bySlot = roleSlots(index);
  let items = previous.items as OutlineItem[];
  let { slots, positions } = outlineSlots(model, previous);
  positions = positions.slice();
  for (const { id } of changes) {
    const at = positions[bySlot.get(id)!]!;
    // Inside a subtree closed by an earlier change: nothing to do.
    if (at < 0) continue;
    const item = items[at]!;
    const open = !item.expanded;
    // The subtree shown now: nothing when closing, a fresh walk of it when opening.
    let end = at + 1;
    while (end < items.length && items[end]!.depth > item.depth) positions[slots[end++]!] = -1;
    const inner: OutlineItem[] = [];
    if (open) visitOutline(index, options, positions, id, item.depth + 1, at + 1, inner);
    const shift = at + 1 + inner.length - end;
    const next = items.slice(0, at);
    next.push(moved(item, at, open));
    const nextSlots = new Int32Array(items.length + shift);
    nextSlots.set(slots.subarray(0, at + 1));
    for (const it of inner) {
      nextSlots[next.length] = bySlot.get(it.id)!;
      next.push(it);
    }
    for (let k = end; k < items.length; k++) {
      next.push(shift === 0 ? items[k]! : moved(items[k]!, k + shift));
      positions[slots[k]!] = k + shift;
    }
    nextSlots.set(slots.subarray(end), end + shift);
    items = next;
    slots = nextSlots;
  }
  return outlineOf(model, items, key, positions, slots);
}

/**
 * Steps 4 and 5 of the layout: depth (one top per level) and placement (every box, in
 * abstract axes), then screen coordinates.
 */
import type { OutlineItem } from '../outline';
import type { LayoutNode, LayoutPlacement, LayoutRect } from './types';
import type { Geometry, LayoutTree } from './tree';

/**
 * Every item of a level starts at the same depth coordinate; a level is as deep as its
 * deepest item (a manager plus its assistant band, or a block), then the level gap. So
 * the reports row of a manager with assistants moves down by the band, and nothing of
 * one level can overlap the next. Read from the outline, not another walk of the tree: a
 * role's level is its depth, a block's one below its manager's.
 */
export function levelTops(t: LayoutTree, g: Geometry): number[] {
  const { items, n, kids, attached, extent } = t;
  const levelExtent: number[] = [];
  const widen = (level: number, by: number) => {
    if (!(levelExtent[level]! >= by)) levelExtent[level] = by;
  };
  for (let i = 0; i < n; i++) {
    const depth = items[i]!.depth;
    if (!attached[i]) widen(depth, extent[i]!);
    if (kids[i] !== undefined && kids[i]![0]! >= n) widen(depth + 1, extent[n + i]!);
  }
  const tops: number[] = [0];
  for (let level = 0; level < levelExtent.length; level++) tops[level + 1] = tops[level]! + levelExtent[level]! + g.gl;
  return tops;
}

/** Where each box goes along the abstract axes, per outline index; connectors are built from it on demand. */
export interface Placement {
  /** Breadth of the box centre. */
  readonly centre: Float64Array;
  /** Depth of the box's near edge. */
  readonly top: Float64Array;
  /** Index into PLACEMENTS. */
  readonly placement: Uint8Array;
  /** The role the solid connector comes from, -1 for a root. */
  readonly manager: Int32Array;
  /** Depth where the manager's trunk turns towards this box. */
  readonly bus: Float64Array;
  /** Compact rows after the first: breadth of the grid's trunk (NaN otherwise). */
  readonly trunk: Float64Array;
}

export const PLACEMENTS: readonly LayoutPlacement[] = ['tree', 'assistant', 'compact'];
const ASSISTANT = 1;
const COMPACT = 2;

/**
 * Boxes at (centre, level top); assistants at the sides of their manager's trunk, two
 * per row of the band; block cells in a grid, filled across the breadth first, fed by a
 * trunk running down a gap between its columns.
 */
export function place(t: LayoutTree, g: Geometry, x: Float64Array, tops: readonly number[]): Placement {
  const { items, n, kids, attached, assistantsOf, reportsOf, before, across, managerOf } = t;
  const { B, D, half, gs, gl, inset, bandGap, rowGap } = g;
  const centre = new Float64Array(n);
  const top = new Float64Array(n);
  const placement = new Uint8Array(n);
  const manager = new Int32Array(n).fill(-1);
  const bus = new Float64Array(n);
  const trunk = new Float64Array(n).fill(NaN);

  for (let k = 0; k < n; k++) {
    if (attached[k]) continue;
    const levelStart = tops[items[k]!.depth]!;
    const b = x[k]!;
    centre[k] = b;
    top[k] = levelStart;
    manager[k] = managerOf[k]!;
    bus[k] = levelStart - gl / 2;
    const assistants = assistantsOf[k];
    if (assistants) {
      for (let j = 0; j < assistants.length; j++) {
        const a = assistants[j]!;
        // Alternate sides of the trunk, two per row of the band.
        const side = j % 2 === 0 ? -1 : 1;
        centre[a] = b + side * (inset + half);
        top[a] = levelStart + D + bandGap + (j >> 1) * (D + bandGap);
        placement[a] = ASSISTANT;
        manager[a] = k;
      }
    }
    const block = kids[k]?.[0];
    if (block === undefined || block < n) continue;
    const cols = across[k]!;
    const cellsStart = tops[items[k]!.depth + 1]!;
    const start = x[block]! - before[block]!;
    const lane = cols === 1 ? gs : 0;
    const trunkAt = cols === 1 ? start + gs / 2 : start + Math.floor(cols / 2) * (B + gs) - gs / 2;
    const cells = reportsOf[k]!;
    for (let j = 0; j < cells.length; j++) {
      const c = cells[j]!;
      const row = Math.floor(j / cols);
      centre[c] = start + lane + (j % cols) * (B + gs) + half;
      top[c] = cellsStart + row * (D + rowGap);
      placement[c] = COMPACT;
      manager[c] = k;
      bus[c] = cellsStart - gl / 2;
      if (row > 0) trunk[c] = trunkAt;
    }
  }
  return { centre, top, placement, manager, bus, trunk };
}

/**
 * A laid-out box: the outline item's fields are read through, not copied — seventeen
 * fields on each of 100,000 objects made every layout a garbage-collector workout.
 */
class Box implements LayoutNode {
  constructor(
    /** @internal */ readonly item: OutlineItem,
    readonly x: number,
    readonly y: number,
    readonly width: number,
    readonly height: number,
    readonly placement: LayoutPlacement,
  ) {}
  get id() { return this.item.id; }
  get role() { return this.item.role; }
  get index() { return this.item.index; }
  get depth() { return this.item.depth; }
  get parentId() { return this.item.parentId; }
  get posInSet() { return this.item.posInSet; }
  get setSize() { return this.item.setSize; }
  get hasChildren() { return this.item.hasChildren; }
  get expanded() { return this.item.expanded; }
  get childCount() { return this.item.childCount; }
  get descendantCount() { return this.item.descendantCount; }
  get hiddenDescendantCount() { return this.item.hiddenDescendantCount; }
  get isAssistant() { return this.item.isAssistant; }
}

/** Screen coordinates, whole pixels: orientation first (swap the axes), then mirroring. */
export function toScreen(g: Geometry, b: number, d: number): { x: number; y: number } {
  const x = Math.round(g.ttb ? b : d);
  return { x: g.rtl ? -x : x, y: Math.round(g.ttb ? d : b) };
}

/** The boxes on screen, and the rectangle holding them. */
export function boxesOf(items: readonly OutlineItem[], p: Placement, g: Geometry): { nodes: LayoutNode[]; bounds: LayoutRect } {
  const { ttb, rtl, W, H, half } = g;
  const n = items.length;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const nodes: LayoutNode[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let x = Math.round(ttb ? p.centre[i]! - half : p.top[i]!);
    const y = Math.round(ttb ? p.top[i]! : p.centre[i]! - half);
    if (rtl) x = -x - W;
    nodes[i] = new Box(items[i]!, x, y, W, H, PLACEMENTS[p.placement[i]!]!);
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x + W > maxX) maxX = x + W;
    if (y + H > maxY) maxY = y + H;
  }
  return { nodes, bounds: n ? { x: minX, y: minY, width: maxX - minX, height: maxY - minY } : { x: 0, y: 0, width: 0, height: 0 } };
}

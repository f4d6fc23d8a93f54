/**
 * Org chart layout: where the box of every visible role goes and how its
 * connectors run. Pure, no React, no DOM; memoised per org object, expansion
 * state and options, so panning, hovering and focus never recompute it.
 *
 * The algorithm, in abstract axes — *breadth* (siblings side by side) and
 * *depth* (manager → report) — mapped to screen x/y only at the end, which is
 * all the left-to-right orientation and right-to-left mirroring need:
 *
 * 1. Outline. The visible roles in depth-first order (`outlineOrg`): a collapsed
 *    role hides its reports.
 * 2. Items. Each visible role becomes one item of a layout tree under a virtual
 *    root (so a forest lays out as one tree, its roots side by side). Two kinds
 *    of report are *not* items of their own:
 *    - a side-branch assistant (`role.assistant`, no reports of its own) is
 *      attached to its manager's item, alternating before/after the manager's
 *      trunk in rows of two. The manager's item grows: wider (the assistants'
 *      boxes stick out beside the trunk) and deeper (the band of assistant rows).
 *    - in compact mode, when every other report of a manager is a leaf and
 *      there are more than `threshold`, those leaves become one *block* item: a
 *      grid, `columns` wide, that d3 treats as a single wide (and deep) leaf.
 * 3. Breadth. d3-hierarchy's `tree` (Buchheim–Walker, O(n)) with `nodeSize([1, 1])`,
 *    so `separation(a, b)` is measured in pixels: the facing half-extents of the two
 *    items plus a gap (sibling or subtree). d3 only compares items at one depth and
 *    passes them in either order, so the pre-order index tells which is first.
 *    Extents may be asymmetric (one assistant sticks out on one side only).
 * 4. Depth. Every item of a level starts at the same depth coordinate; a level is
 *    as deep as its deepest item (a manager plus its assistant band, or a block),
 *    then the level gap. So the reports row of a manager with assistants moves
 *    down by the band, and nothing of one level can overlap the next.
 * 5. Placement. Pre-order over the d3 tree: boxes at (centre, level top); elbow
 *    connectors through a bus half a level gap above the reports; assistants at
 *    the sides of the trunk with a short horizontal stub; block cells in a grid
 *    fed by a trunk running down a gap between its columns and a bus above each
 *    row. Dotted lines are curves between the two boxes' edges, computed last:
 *    they never move anything. An end hidden in a collapsed branch is drawn at the
 *    nearest visible ancestor of the hidden role (the collapsed manager hiding it), the
 *    way org tools route a line into a closed branch, and the link is flagged
 *    (`LayoutLink.hidden`); a line that would join a box to itself is left out, and
 *    lines landing on the same pair of boxes share one curve. Only the org's dotted
 *    sources are looked at (a handful, listed once per org), so this stays cheap on a
 *    100,000-role org. The bounds hold every dotted curve. Solid connectors are built
 *    on first read.
 */
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import type { Org, Role } from './schema';
import { getOrgModel, type OrgIndex } from './orgModel';
import { expansionKey, outlineOrg, type OrgOutline, type OutlineItem, type OutlineOptions } from './outline';
import { createOrgCache, memoByObject } from './memo';

/* -------------------------------------------------------------------------------------------------
 * Types
 * -----------------------------------------------------------------------------------------------*/

export type OrgChartOrientation = 'top-to-bottom' | 'left-to-right';
export type LayoutDirection = 'ltr' | 'rtl';

export interface LayoutSize {
  readonly width: number;
  readonly height: number;
}

export interface LayoutGap {
  /** Between boxes of one manager.  @default 24 */
  readonly sibling?: number;
  /** Between a level and the next (room for the connector bus).  @default 56 */
  readonly level?: number;
  /** Between neighbouring subtrees and between the roots of a forest.  @default 48 */
  readonly subtree?: number;
}

export interface CompactOptions {
  /** A manager's leaves are stacked when there are more than this many.  @default 4 */
  readonly threshold?: number;
  /** Columns of the stacked grid.  @default 2 */
  readonly columns?: number;
}

export interface LayoutOptions extends OutlineOptions {
  /** @default 'top-to-bottom' */
  orientation?: OrgChartOrientation | undefined;
  /** `'rtl'` mirrors the chart: first report on the right (or, left-to-right, roots on the right).  @default 'ltr' */
  direction?: LayoutDirection | undefined;
  /** Size of every node box, in pixels.  @default { width: 240, height: 96 } */
  nodeSize?: LayoutSize | undefined;
  gap?: LayoutGap | undefined;
  /** Stack the leaves under a manager in columns instead of one wide row.  @default false */
  compact?: boolean | CompactOptions | undefined;
}

export interface ResolvedLayoutOptions {
  readonly orientation: OrgChartOrientation;
  readonly direction: LayoutDirection;
  readonly nodeSize: LayoutSize;
  readonly gap: Required<LayoutGap>;
  readonly compact: Required<CompactOptions> | null;
}

export interface LayoutPoint {
  readonly x: number;
  readonly y: number;
}

export interface LayoutRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** How a node sits: in the tree proper, on its manager's assistant branch, or in a compact grid. */
export type LayoutPlacement = 'tree' | 'assistant' | 'compact';

/** A visible role with its box (top-left corner and size, in layout pixels). */
export interface LayoutNode extends OutlineItem, LayoutRect {
  readonly placement: LayoutPlacement;
}

export type LayoutLinkKind = 'report' | 'assistant' | 'dotted';

export interface LayoutLink {
  readonly kind: LayoutLinkKind;
  /**
   * Manager (or, for a dotted line, the box of the role that has the line; when the curve
   * stands for several lines, see `lines`, that of the first).
   */
  readonly from: string;
  readonly to: string;
  /**
   * Solid links: a polyline of horizontal and vertical segments (elbows).
   * Dotted links: a cubic Bézier, `[start, control, control, end]`, from edge to edge.
   */
  readonly points: readonly LayoutPoint[];
  /**
   * Dotted links only; absent when every line the curve stands for has both ends visible.
   * Set when it stands for a dotted line with an end hidden inside a collapsed manager: that end is
   * drawn at the nearest visible ancestor of the hidden role (the collapsed manager hiding
   * it), so `from`/`to` are still the visible boxes the curve joins, and this says which of
   * them stands in for a hidden role — `'from'`, `'to'` or `'both'` — for styling (say, a
   * fainter dash) or describing the line.
   */
  readonly hidden?: 'from' | 'to' | 'both';
  /**
   * Dotted links only: the dotted lines this one curve stands for, with their real ends
   * (`from` has `to` in its `dottedLineTo`), in drawing order. Set whenever that is more than
   * the link's own `from` → `to`: always with `hidden`, and when several lines land on the
   * same two boxes — either way round — and so share one curve instead of stacking
   * identical ones. An entry's end equal to one of the link's is a role visible itself.
   */
  readonly lines?: readonly { readonly from: string; readonly to: string }[];
}

export interface OrgLayout {
  /** Visible roles in outline (depth-first) order. */
  readonly nodes: readonly LayoutNode[];
  /** Solid connectors: manager → report elbows and assistant side branches. */
  readonly links: readonly LayoutLink[];
  /**
   * Dashed connectors for `dottedLineTo`. An end hidden in a collapsed branch is drawn at
   * the collapsed manager hiding it (see `LayoutLink.hidden`); one curve per pair of boxes
   * (`LayoutLink.lines` lists the lines it stands for).
   */
  readonly dottedLinks: readonly LayoutLink[];
  /**
   * The box holding every node and dotted line (a dotted line between two boxes of one row dips
   * below it); `x`/`y` may be negative. Empty org: all zero.
   */
  readonly bounds: LayoutRect;
  readonly outline: OrgOutline;
  readonly options: ResolvedLayoutOptions;
  /** The node of a visible role. */
  node(id: string): LayoutNode | undefined;
  /** The solid connector into `nodes[index]`; `null` for a root. Built on demand, for renderers that draw a slice. */
  linkTo(index: number): LayoutLink | null;
  /**
   * Indexes of the first and last report of `nodes[index]` hung from its bus (side-branch
   * assistants aside), or `null`: the links into these two span the whole bus, so a
   * renderer drawing a slice draws them to show a bus whose ends are out of view.
   */
  busEnds(index: number): readonly [number, number] | null;
  /**
   * Indexes into `nodes` of every box that intersects `rect`, ascending (outline order).
   * A grid built on first call makes each query cost the cells it covers, not the org's size.
   */
  query(rect: LayoutRect): number[];
}

/* -------------------------------------------------------------------------------------------------
 * Options
 * -----------------------------------------------------------------------------------------------*/

export const DEFAULT_NODE_SIZE: LayoutSize = Object.freeze({ width: 240, height: 96 });
const DEFAULT_GAP: Required<LayoutGap> = Object.freeze({ sibling: 24, level: 56, subtree: 48 });
const DEFAULT_COMPACT: Required<CompactOptions> = Object.freeze({ threshold: 4, columns: 2 });

const finite = (value: unknown, fallback: number, min: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(min, value) : fallback;

/** Fills in defaults and clamps nonsense (negative gaps, zero columns) to something drawable. */
export function resolveLayoutOptions(options: LayoutOptions = {}): ResolvedLayoutOptions {
  const size = options.nodeSize;
  const gap = options.gap;
  const compact = options.compact;
  return {
    orientation: options.orientation === 'left-to-right' ? 'left-to-right' : 'top-to-bottom',
    direction: options.direction === 'rtl' ? 'rtl' : 'ltr',
    nodeSize: {
      width: Math.round(finite(size?.width, DEFAULT_NODE_SIZE.width, 1)),
      height: Math.round(finite(size?.height, DEFAULT_NODE_SIZE.height, 1)),
    },
    gap: {
      sibling: Math.round(finite(gap?.sibling, DEFAULT_GAP.sibling, 0)),
      level: Math.round(finite(gap?.level, DEFAULT_GAP.level, 0)),
      subtree: Math.round(finite(gap?.subtree, DEFAULT_GAP.subtree, 0)),
    },
    compact: compact
      ? {
          threshold: Math.floor(finite(compact === true ? undefined : compact.threshold, DEFAULT_COMPACT.threshold, 0)),
          columns: Math.floor(finite(compact === true ? undefined : compact.columns, DEFAULT_COMPACT.columns, 1)),
        }
      : null,
  };
}

function optionsKey(o: ResolvedLayoutOptions): string {
  const compact = o.compact ? `${o.compact.threshold}x${o.compact.columns}` : '-';
  return `${o.orientation} ${o.direction} ${o.nodeSize.width}x${o.nodeSize.height} ${o.gap.sibling}/${o.gap.level}/${o.gap.subtree} ${compact}`;
}

/* -------------------------------------------------------------------------------------------------
 * Entry
 * -----------------------------------------------------------------------------------------------*/

// Few: a 100,000-role layout is tens of megabytes; the org object going away frees them all.
const layouts = createOrgCache<OrgLayout>(4);

/**
 * Lays out the visible part of an org. Never throws: bad data is laid out from its
 * drawable part (`getOrgModel(org).index`). Memoised per org object, expansion state
 * (the `expandedIds` set's identity, or `expandDepth`) and options.
 */
export function layoutOrg(org: Org, options: LayoutOptions = {}): OrgLayout {
  const resolved = resolveLayoutOptions(options);
  const key = `${expansionKey(org, options)}|${optionsKey(resolved)}`;
  const cacheable = typeof org === 'object' && org !== null;
  const cached = cacheable ? layouts.get(org, key) : undefined;
  if (cached) return cached;
  const layout = computeLayout(outlineOrg(org, options), resolved, dottedSources(org), getOrgModel(org).index);
  if (cacheable) layouts.set(org, key, layout);
  return layout;
}

/* -------------------------------------------------------------------------------------------------
 * Layout tree
 * -----------------------------------------------------------------------------------------------*/

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

const PLACEMENTS: readonly LayoutPlacement[] = ['tree', 'assistant', 'compact'];

/** The roles with a dotted line (usually a handful), once per org: not a scan per layout. */
const dottedSources = memoByObject((org: Org): readonly Role[] =>
  getOrgModel(org).index.org.roles.filter((role) => role.dottedLineTo && role.dottedLineTo.length > 0),
);

function computeLayout(outline: OrgOutline, options: ResolvedLayoutOptions, dotted: readonly Role[], index: OrgIndex): OrgLayout {
  const items = outline.items;
  const n = items.length;
  if (n === 0) return emptyLayout(outline, options);
  const ttb = options.orientation === 'top-to-bottom';
  const rtl = options.direction === 'rtl';
  const { width: W, height: H } = options.nodeSize;
  // Box size along the abstract axes.
  const B = ttb ? W : H;
  const D = ttb ? H : W;
  const half = B / 2;
  const gs = options.gap.sibling;
  const gl = options.gap.level;
  const gt = options.gap.subtree;
  // Assistants: distance from the trunk to the box, and between rows of the band.
  const inset = Math.max(16, Math.round(gs * 0.75));
  const bandGap = Math.max(16, Math.round(gl / 2));
  // Compact grid: between rows (room for each row's bus).
  const rowGap = Math.max(16, Math.round(gl / 2));

  /* -- 2. Items ------------------------------------------------------------------------------ */
  // The layout tree's nodes are numbers, its sizes typed arrays — no object per role:
  // role `i` (its outline index) is `i`, the compact block of manager `p` is `n + p`,
  // the virtual root is `2n`.
  const ROOT = 2 * n;
  const kids: Array<number[] | undefined> = new Array(ROOT + 1);
  const assistantsOf: Array<number[] | undefined> = new Array(n);
  const before = new Float64Array(ROOT + 1); // extent from the centre towards lower breadth
  const after = new Float64Array(ROOT + 1); // … towards higher breadth
  const extent = new Float64Array(ROOT + 1); // along the depth axis, from the level's top
  const across = new Int32Array(n); // block of manager p: grid columns across the breadth
  const roots: number[] = (kids[ROOT] = []);
  const reportsOf: Array<number[] | undefined> = new Array(n);
  // Roles that are not nodes of the layout tree: side-branch assistants and grid cells.
  const attached = new Uint8Array(n);
  // In outline (pre-)order a role's manager is the last role seen one level up.
  const lastAtDepth: number[] = [];
  for (let i = 0; i < n; i++) {
    const it = items[i]!;
    lastAtDepth[it.depth] = i;
    if (it.parentId === null) {
      roots.push(i);
      continue;
    }
    const p = lastAtDepth[it.depth - 1]!;
    if (it.isAssistant && !it.hasChildren) {
      (assistantsOf[p] ??= []).push(i);
      attached[i] = 1;
    } else (reportsOf[p] ??= []).push(i);
  }

  const compact = options.compact;
  for (let p = 0; p < n; p++) {
    const assistants = assistantsOf[p]?.length ?? 0;
    const rows = Math.ceil(assistants / 2);
    before[p] = assistants > 0 ? Math.max(half, inset + B) : half;
    after[p] = assistants > 1 ? Math.max(half, inset + B) : half;
    extent[p] = D + rows * (D + bandGap);

    const reports = reportsOf[p];
    if (!reports) continue;
    if (compact && reports.length > compact.threshold && reports.every((k) => !items[k]!.hasChildren)) {
      const block = n + p;
      const count = reports.length;
      // `columns` are screen columns: across the breadth top-to-bottom, along the depth left-to-right.
      const cols = ttb ? Math.min(compact.columns, count) : Math.ceil(count / Math.min(compact.columns, count));
      const rowsOfBlock = Math.ceil(count / cols);
      across[p] = cols;
      // One column needs a lane beside it for the trunk.
      const width = cols * B + (cols - 1) * gs + (cols === 1 ? gs : 0);
      before[block] = after[block] = width / 2;
      extent[block] = rowsOfBlock * D + (rowsOfBlock - 1) * rowGap;
      kids[p] = [block];
      for (const c of reports) attached[c] = 1;
    } else {
      kids[p] = reports;
    }
  }

  /* -- 3. Breadth: d3 tree -------------------------------------------------------------------- */
  const h = hierarchy<number>(ROOT, (k) => kids[k]);
  // Which of two nodes at one depth comes first: outline order is the layout tree's
  // pre-order for roles, and a block sits right after its manager (p + ½).
  // Called for every pair of neighbours at every level: no allocation, no call in here.
  const separation = (a: HierarchyPointNode<number>, b: HierarchyPointNode<number>) => {
    const gap = a.parent === b.parent && a.depth > 1 ? gs : gt;
    const x = a.data;
    const y = b.data;
    const first = (x < n ? x : x - n + 0.5) < (y < n ? y : y - n + 0.5);
    return (first ? after[x]! + before[y]! : after[y]! + before[x]!) + gap;
  };
  const laid = tree<number>().nodeSize([1, 1]).separation(separation)(h);

  /* -- 4. Depth: one top per level ------------------------------------------------------------ */
  // From the outline, not another walk of the tree: a role's level is its depth, a block's
  // one below its manager's.
  const levelExtent: number[] = [];
  const widen = (level: number, by: number) => {
    if (!(levelExtent[level]! >= by)) levelExtent[level] = by;
  };
  for (let i = 0; i < n; i++) {
    const depth = items[i]!.depth;
    if (!attached[i]) widen(depth, extent[i]!);
    if (kids[i] !== undefined && kids[i]![0]! >= n) widen(depth + 1, extent[n + i]!);
  }
  const levelTop: number[] = [0];
  for (let level = 0; level < levelExtent.length; level++) levelTop[level + 1] = levelTop[level]! + levelExtent[level]! + gl;

  /* -- 5. Placement, in abstract axes --------------------------------------------------------- */
  // Typed arrays per outline index: the connectors are built from them only when
  // first read, so a virtualised renderer that draws a slice never pays for all.
  const centre = new Float64Array(n); // breadth of the box centre
  const top = new Float64Array(n); // depth of the box's near edge
  const placement = new Uint8Array(n); // index into PLACEMENTS
  const manager = new Int32Array(n).fill(-1); // the role the solid connector comes from
  const bus = new Float64Array(n); // depth where the manager's trunk turns towards this box
  const trunk = new Float64Array(n).fill(NaN); // compact rows after the first: breadth of the grid's trunk

  laid.eachBefore((node) => {
    const k = node.data;
    if (k === ROOT) return;
    const levelStart = levelTop[node.depth - 1]!;
    const b = node.x;
    const parent = node.parent!.data;
    const from = parent === ROOT ? -1 : parent;

    if (k < n) {
      centre[k] = b;
      top[k] = levelStart;
      manager[k] = from;
      bus[k] = levelStart - gl / 2;
      const assistants = assistantsOf[k];
      if (assistants) {
        for (let j = 0; j < assistants.length; j++) {
          const a = assistants[j]!;
          // Alternate sides of the trunk, two per row of the band.
          const side = j % 2 === 0 ? -1 : 1;
          centre[a] = b + side * (inset + half);
          top[a] = levelStart + D + bandGap + (j >> 1) * (D + bandGap);
          placement[a] = 1;
          manager[a] = k;
        }
      }
      return;
    }

    // A block: a grid filled across the breadth first, fed by a trunk in a gap between columns.
    const p = k - n;
    const cols = across[p]!;
    const start = b - before[k]!;
    const lane = cols === 1 ? gs : 0;
    const trunkAt = cols === 1 ? start + gs / 2 : start + Math.floor(cols / 2) * (B + gs) - gs / 2;
    const cells = reportsOf[p]!;
    for (let j = 0; j < cells.length; j++) {
      const c = cells[j]!;
      const row = Math.floor(j / cols);
      centre[c] = start + lane + (j % cols) * (B + gs) + half;
      top[c] = levelStart + row * (D + rowGap);
      placement[c] = 2;
      manager[c] = p;
      bus[c] = levelStart - gl / 2;
      if (row > 0) trunk[c] = trunkAt;
    }
  });

  /* -- Screen coordinates: orientation, then mirroring ---------------------------------------- */
  const point = (b: number, d: number): LayoutPoint => {
    const x = Math.round(ttb ? b : d);
    return { x: rtl ? -x : x, y: Math.round(ttb ? d : b) };
  };

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const nodes: LayoutNode[] = new Array(n);
  for (let i = 0; i < n; i++) {
    let x = Math.round(ttb ? centre[i]! - half : top[i]!);
    const y = Math.round(ttb ? top[i]! : centre[i]! - half);
    if (rtl) x = -x - W;
    nodes[i] = new Box(items[i]!, x, y, W, H, PLACEMENTS[placement[i]!]!);
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x + W > maxX) maxX = x + W;
    if (y + H > maxY) maxY = y + H;
  }

  const linkTo = (i: number): LayoutLink | null => {
    const m = manager[i];
    if (m === undefined || m < 0) return null;
    const mb = centre[m]!;
    const mEnd = top[m]! + D;
    const b = centre[i]!;
    const d = top[i]!;
    let points: LayoutPoint[];
    if (placement[i] === 1) {
      // Side branch: down the trunk to the middle of the box, then across to its near edge.
      const mid = d + D / 2;
      points = [point(mb, mEnd), point(mb, mid), point(b < mb ? b + half : b - half, mid)];
    } else if (Number.isNaN(trunk[i]!)) {
      // Elbow: down to the bus, along it, down into the box.
      points = [point(mb, mEnd), point(mb, bus[i]!), point(b, bus[i]!), point(b, d)];
    } else {
      // Later rows of a compact grid: along the bus to the trunk, down it to the row's own bus.
      const t = trunk[i]!;
      const rowBus = d - rowGap / 2;
      points = [point(mb, mEnd), point(mb, bus[i]!), point(t, bus[i]!), point(t, rowBus), point(b, rowBus), point(b, d)];
    }
    return { kind: placement[i] === 1 ? 'assistant' : 'report', from: items[m]!.id, to: items[i]!.id, points };
  };

  const buildLinks = (): LayoutLink[] => {
    const links: LayoutLink[] = [];
    for (let i = 0; i < n; i++) {
      const link = linkTo(i);
      if (link) links.push(link);
    }
    return links;
  };

  /**
   * The outline index of the box a dotted line's end is drawn at: the role's own when it is
   * visible, else its nearest visible ancestor — the collapsed manager hiding it. -1 for an
   * id the org does not draw. Walks up the manager chain; every role passed is remembered for
   * this layout, so lines into one collapsed branch share the walk.
   */
  const standIn = new Map<string, number>();
  const visibleEnd = (id: string): number => {
    const passed: string[] = [];
    let at = -1;
    for (let current: string | undefined = id; current !== undefined; current = index.manager(current)?.id) {
      const known = standIn.get(current);
      if (known !== undefined) {
        at = known;
        break;
      }
      const k = outline.indexOf(current);
      if (k >= 0) {
        at = k;
        break;
      }
      // Marked before going up: a manager cycle (the model cuts them) could not loop here.
      standIn.set(current, -1);
      passed.push(current);
    }
    for (const p of passed) standIn.set(p, at);
    return at;
  };

  const buildDottedLinks = (): LayoutLink[] => {
    // Each line with its ends moved to visible boxes: i → j, outline indexes.
    const found: Array<{ i: number; j: number; from: string; to: string }> = [];
    for (const role of dotted) {
      const i = visibleEnd(role.id);
      if (i < 0) continue;
      for (const to of role.dottedLineTo!) {
        const j = visibleEnd(to);
        // Unknown target, a line to itself, or both ends in one box (one end hiding the other).
        if (j < 0 || j === i) continue;
        found.push({ i, j, from: role.id, to });
      }
    }
    // In outline order of the box the line leaves, then the data's order (a stable sort).
    found.sort((a, b) => a.i - b.i);
    // One curve per pair of boxes, either way round (the curve is the same both ways and
    // drawn without arrows): the first line sets its direction, every line is listed.
    type Line = { readonly from: string; readonly to: string };
    type Curve = { i: number; j: number; lines: Line[]; hiddenFrom: boolean; hiddenTo: boolean };
    const curves: Curve[] = [];
    const byPair = new Map<number, Curve>();
    for (const { i, j, from, to } of found) {
      const key = i < j ? i * n + j : j * n + i;
      let curve = byPair.get(key);
      if (!curve) {
        curve = { i, j, lines: [], hiddenFrom: false, hiddenTo: false };
        byPair.set(key, curve);
        curves.push(curve);
      }
      curve.lines.push({ from, to });
      // The line's ends at the curve's `from` and `to` boxes (swapped for a line the other way).
      const atFrom = i === curve.i ? from : to;
      const atTo = i === curve.i ? to : from;
      if (atFrom !== items[curve.i]!.id) curve.hiddenFrom = true;
      if (atTo !== items[curve.j]!.id) curve.hiddenTo = true;
    }
    return curves.map(({ i, j, lines, hiddenFrom, hiddenTo }): LayoutLink => {
      const link: LayoutLink = { kind: 'dotted', from: items[i]!.id, to: items[j]!.id, points: dottedCurve(i, j) };
      if (hiddenFrom || hiddenTo) return { ...link, hidden: hiddenFrom && hiddenTo ? 'both' : hiddenFrom ? 'from' : 'to', lines };
      return lines.length > 1 ? { ...link, lines } : link;
    });
  };

  /**
   * A cubic Bézier (start, two control points, end) between box edges, leaving and
   * entering along the depth axis so it never cuts through the boxes of a row: an S
   * between levels, a U through the gap below when both sit on one row. Anchors are a
   * quarter box off-centre, clear of the solid trunk and the expand knob.
   */
  const dottedCurve = (i: number, j: number): LayoutPoint[] => {
    const toward = centre[j]! >= centre[i]! ? 1 : -1;
    const sb = centre[i]! + (toward * B) / 4;
    const tb = centre[j]! - (toward * B) / 4;
    const sTop = top[i]!;
    const tTop = top[j]!;
    if (tTop + D <= sTop || sTop + D <= tTop) {
      const up = tTop < sTop;
      const sd = up ? sTop : sTop + D;
      const td = up ? tTop + D : tTop;
      const k = Math.max(gl * 0.75, Math.abs(sd - td) / 2) * (up ? -1 : 1);
      return [point(sb, sd), point(sb, sd + k), point(tb, td - k), point(tb, td)];
    }
    const sd = sTop + D;
    const td = tTop + D;
    const k = Math.max(sd, td) + gl * 0.6;
    return [point(sb, sd), point(sb, k), point(tb, k), point(tb, td)];
  };

  let links: LayoutLink[] | undefined;
  // Built now, not on first read: there are few, and the bounds must hold their curves
  // (a fit or an export would otherwise clip the dip of a same-row dotted line).
  const dottedLinks = buildDottedLinks();
  // The control points hold each curve (a Bézier stays inside their hull).
  for (const link of dottedLinks) {
    for (const p of link.points) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
  }
  let grid: ((rect: LayoutRect) => number[]) | undefined;
  let ends: Int32Array | undefined;
  const busEnds = (i: number): readonly [number, number] | null => {
    if (!ends) {
      // Outline order: the first report written for a manager is its first, the last its last.
      ends = new Int32Array(2 * n).fill(-1);
      for (let k = 0; k < n; k++) {
        const m = manager[k]!;
        if (m < 0 || placement[k] === 1) continue;
        if (ends[2 * m]! < 0) ends[2 * m] = k;
        ends[2 * m + 1] = k;
      }
    }
    const first = ends[2 * i] ?? -1;
    return first < 0 ? null : [first, ends[2 * i + 1]!];
  };
  return {
    nodes,
    get links() {
      return (links ??= buildLinks());
    },
    dottedLinks,
    bounds: { x: minX, y: minY, width: maxX - minX, height: maxY - minY },
    outline,
    options,
    node: (id) => nodes[outline.indexOf(id)],
    linkTo,
    busEnds,
    query: (rect) => (grid ??= buildGrid(nodes, minX, minY, maxX, maxY))(rect),
  };
}

/**
 * A uniform grid over the boxes: each box is filed under the cell of its top-left
 * corner (cells are at least a box big, so a query grown by one box finds every box
 * that reaches into it). Compressed rows (offsets + one index array) keep it at two
 * typed arrays. The cell size grows with the chart's area so a pathological shape
 * (very wide *and* very deep) still has about four cells per box.
 */
function buildGrid(nodes: readonly LayoutNode[], minX: number, minY: number, maxX: number, maxY: number) {
  const n = nodes.length;
  const w = nodes[0]?.width ?? 1;
  const h = nodes[0]?.height ?? 1;
  const size = Math.max(1024, w, h, Math.sqrt(((maxX - minX) * (maxY - minY)) / (4 * n + 1)));
  const cols = Math.floor((maxX - minX) / size) + 1;
  const rows = Math.floor((maxY - minY) / size) + 1;
  const cellOf = new Int32Array(n);
  const start = new Int32Array(cols * rows + 1);
  for (let i = 0; i < n; i++) {
    const c = Math.floor((nodes[i]!.y - minY) / size) * cols + Math.floor((nodes[i]!.x - minX) / size);
    cellOf[i] = c;
    start[c + 1]!++;
  }
  for (let c = 0; c < cols * rows; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, -1);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[cellOf[i]!]!++] = i;

  return (rect: LayoutRect): number[] => {
    const out: number[] = [];
    const c0 = Math.max(0, Math.floor((rect.x - w - minX) / size));
    const c1 = Math.min(cols - 1, Math.floor((rect.x + rect.width - minX) / size));
    const r0 = Math.max(0, Math.floor((rect.y - h - minY) / size));
    const r1 = Math.min(rows - 1, Math.floor((rect.y + rect.height - minY) / size));
    for (let r = r0; r <= r1; r++) {
      for (let k = start[r * cols + c0]!, end = start[r * cols + c1 + 1]!; k < end; k++) {
        const i = members[k]!;
        const b = nodes[i]!;
        if (b.x < rect.x + rect.width && b.x + b.width > rect.x && b.y < rect.y + rect.height && b.y + b.height > rect.y) out.push(i);
      }
    }
    return out.sort((a, b) => a - b);
  };
}

function emptyLayout(outline: OrgOutline, options: ResolvedLayoutOptions): OrgLayout {
  return { nodes: [], links: [], dottedLinks: [], bounds: { x: 0, y: 0, width: 0, height: 0 }, outline, options, node: () => undefined, linkTo: () => null, busEnds: () => null, query: () => [] };
}

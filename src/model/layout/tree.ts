/**
 * Steps 2 and 3 of the layout: the layout tree and its breadth axis.
 *
 * Each visible role becomes one item of a layout tree under a virtual root (so a forest
 * lays out as one tree, its roots side by side). Two kinds of report are *not* items of
 * their own:
 * - a side-branch assistant (`role.assistant`, no reports of its own) is attached to its
 *   manager's item, alternating before/after the manager's trunk in rows of two. The
 *   manager's item grows: wider (the assistants' boxes stick out beside the trunk) and
 *   deeper (the band of assistant rows).
 * - in compact mode, when every other report of a manager is a leaf and there are more
 *   than `threshold`, those leaves become one *block* item: a grid, `columns` wide, that
 *   the tidy tree treats as a single wide (and deep) leaf.
 *
 * Breadth is the tidy tree (`tidy.ts`: d3-hierarchy's `tree` on typed arrays) with unit node
 * size, so a separation is measured in pixels: the facing half-extents of two items plus
 * a gap (sibling or subtree). Extents may be asymmetric (one assistant sticks out on one
 * side only).
 *
 * Tree nodes are numbers, their sizes typed arrays — no object per role: role `i` (its
 * outline index) is `i`, the compact block of manager `p` is `n + p`, the root is `2n`.
 */
import { tidyTree } from './tidy';
import type { OutlineItem } from '../outline';
import type { ResolvedLayoutOptions } from './types';

/** The options turned into lengths along the abstract axes: breadth (siblings) and depth (manager → report). */
export interface Geometry {
  readonly ttb: boolean;
  readonly rtl: boolean;
  /** Box size on screen. */
  readonly W: number;
  readonly H: number;
  /** Box size along breadth and depth. */
  readonly B: number;
  readonly D: number;
  readonly half: number;
  /** Gaps: sibling, level, subtree. */
  readonly gs: number;
  readonly gl: number;
  readonly gt: number;
  /** Assistants: distance from the trunk to the box, and between rows of the band. */
  readonly inset: number;
  readonly bandGap: number;
  /** Compact grid: between rows (room for each row's bus). */
  readonly rowGap: number;
}

export function geometryOf(options: ResolvedLayoutOptions): Geometry {
  const ttb = options.orientation === 'top-to-bottom';
  const { width: W, height: H } = options.nodeSize;
  const { sibling: gs, level: gl, subtree: gt } = options.gap;
  const B = ttb ? W : H;
  return {
    ttb,
    rtl: options.direction === 'rtl',
    W,
    H,
    B,
    D: ttb ? H : W,
    half: B / 2,
    gs,
    gl,
    gt,
    inset: Math.max(16, Math.round(gs * 0.75)),
    bandGap: Math.max(16, Math.round(gl / 2)),
    rowGap: Math.max(16, Math.round(gl / 2)),
  };
}

export interface LayoutTree {
  readonly items: readonly OutlineItem[];
  /** Visible roles. */
  readonly n: number;
  readonly root: number;
  /** Children of each tree node (roles, blocks, the root), in drawing order. */
  readonly kids: Array<number[] | undefined>;
  /** Extent from the centre towards lower / higher breadth. */
  readonly before: Float64Array;
  readonly after: Float64Array;
  /** Along the depth axis, from the level's top. */
  readonly extent: Float64Array;
  /** Block of manager p: its grid's columns across the breadth. */
  readonly across: Int32Array;
  /** Per role: its reports that are tree items or block cells, and its side-branch assistants. */
  readonly reportsOf: Array<number[] | undefined>;
  readonly assistantsOf: Array<number[] | undefined>;
  /** Roles that are not tree nodes of their own: side-branch assistants and grid cells. */
  readonly attached: Uint8Array;
  /** The manager of each role (outline index), -1 for a root. */
  readonly managerOf: Int32Array;
}

/** Builds the layout tree of the visible roles, in one pass over the outline plus one over the managers. */
export function buildLayoutTree(items: readonly OutlineItem[], options: ResolvedLayoutOptions, g: Geometry): LayoutTree {
  const n = items.length;
  const root = 2 * n;
  const kids: Array<number[] | undefined> = new Array(root + 1);
  const roots: number[] = (kids[root] = []);
  const reportsOf: Array<number[] | undefined> = new Array(n);
  const assistantsOf: Array<number[] | undefined> = new Array(n);
  const attached = new Uint8Array(n);
  const managerOf = new Int32Array(n).fill(-1);
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
    managerOf[i] = p;
    if (it.isAssistant && !it.hasChildren) {
      (assistantsOf[p] ??= []).push(i);
      attached[i] = 1;
    } else (reportsOf[p] ??= []).push(i);
  }

  const before = new Float64Array(root + 1);
  const after = new Float64Array(root + 1);
  const extent = new Float64Array(root + 1);
  const across = new Int32Array(n);
  const { B, D, half, inset, bandGap, gs, rowGap, ttb } = g;
  const compact = options.compact;
  for (let p = 0; p < n; p++) {
    const assistants = assistantsOf[p]?.length ?? 0;
    before[p] = assistants > 0 ? Math.max(half, inset + B) : half;
    after[p] = assistants > 1 ? Math.max(half, inset + B) : half;
    extent[p] = D + Math.ceil(assistants / 2) * (D + bandGap);

    const reports = reportsOf[p];
    if (!reports) continue;
    if (!compact || reports.length <= compact.threshold || reports.some((k) => items[k]!.hasChildren)) {
      kids[p] = reports;
      continue;
    }
    const block = n + p;
    const count = reports.length;
    // `columns` are screen columns: across the breadth top-to-bottom, along the depth left-to-right.
    const cols = ttb ? Math.min(compact.columns, count) : Math.ceil(count / Math.min(compact.columns, count));
    const rows = Math.ceil(count / cols);
    across[p] = cols;
    // One column needs a lane beside it for the trunk.
    const width = cols * B + (cols - 1) * gs + (cols === 1 ? gs : 0);
    before[block] = after[block] = width / 2;
    extent[block] = rows * D + (rows - 1) * rowGap;
    kids[p] = [block];
    for (const c of reports) attached[c] = 1;
  }
  return { items, n, root, kids, before, after, extent, across, reportsOf, assistantsOf, attached, managerOf };
}

/**
 * The breadth coordinate of every tree node's centre (index: tree node), the root at 0.
 * Siblings are a sibling gap apart, anything else (cousins, the org's roots) a subtree gap.
 * From scratch: the layout itself goes through `incremental.ts`, which must equal this
 * (`tests/unit/layout/incremental.test.ts`).
 */
export function breadthOf(t: LayoutTree, g: Geometry): Float64Array {
  const { n, items, before, after } = t;
  const { gs, gt } = g;
  // Called for every pair of neighbours at every level: no allocation in here.
  return tidyTree(t.root, t.kids, t.root + 1, (left, right, siblings) =>
    after[left]! + before[right]! + (siblings && (left >= n || items[left]!.parentId !== null) ? gs : gt),
  );
}

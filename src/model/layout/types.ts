/**
 * The public shapes of a laid-out org chart: what `layoutOrg` returns and takes.
 * Abstract enough for any renderer (DOM, canvas, SVG export, paper).
 */
import type { OrgOutline, OutlineItem, OutlineOptions } from '../outline';

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

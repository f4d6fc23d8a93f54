/**
 * The two views of the tree: the chart (boxes over one SVG of connectors in a pannable,
 * zoomable viewport) and the list (indented rows, virtualised when long). Both are flat
 * lists of treeitems under one `role="tree"`; the parent owns keyboard and state.
 */
import { useState, type CSSProperties, type FocusEventHandler, type KeyboardEventHandler, type MouseEventHandler, type Ref } from 'react';
import type { OrgLayout } from '../model/layout';
import type { OutlineItem } from '../model/outline';
import { OrgChartConnectors } from './OrgChartConnectors';
import { OrgChartTreeItem, type OrgChartTreeItemProps } from './OrgChartTreeItem';
import type { ChartViewport } from './useViewport';
import type { Rect } from './viewport';

/** What every treeitem is told, and the per-item booleans (a key press re-renders two items, not all). */
export interface TreeItems {
  shared: Pick<OrgChartTreeItemProps, 'index' | 'rollup' | 'spanWarning' | 'renderNode' | 'labels' | 'labelsProp' | 'locale' | 'view' | 'baseId'>;
  stateOf: (item: OutlineItem) => Pick<OrgChartTreeItemProps, 'active' | 'selected' | 'match' | 'onPath' | 'pending'>;
}

export interface TreeProps {
  ref: Ref<HTMLDivElement>;
  role: 'tree';
  'aria-label': string | undefined;
  'aria-labelledby': string | undefined;
  onKeyDown: KeyboardEventHandler<HTMLDivElement>;
  onClick: MouseEventHandler<HTMLDivElement>;
  onFocus: FocusEventHandler<HTMLDivElement>;
}

/** Row height of a virtualised list view, in pixels. */
export const LIST_ROW = 44;

/**
 * What positions the chart, inline: the unstyled path (a host without rolekit's CSS)
 * still gets a clipped viewport and a layer to transform. Everything visual stays in the
 * stylesheet.
 */
const STRUCTURE = {
  // A size container: the first view is placed in its units (see startAxis).
  viewport: { position: 'relative', overflow: 'hidden', touchAction: 'none', containerType: 'size' },
  // The transform names a variable and never changes, so React never writes over the one
  // the viewport sets once it has measured.
  layer: { position: 'absolute', top: 0, left: 0, width: 0, height: 0, transformOrigin: '0 0', transform: 'var(--rk-org-chart-start)' },
  marks: { position: 'absolute', top: 0, left: 0, pointerEvents: 'none' },
} satisfies Record<string, CSSProperties>;

export interface ChartBodyProps {
  layout: OrgLayout;
  /** Indexes of the nodes in the DOM. */
  rendered: readonly number[];
  /** The window of a virtualised chart. */
  windowRect: Rect | null;
  /** Roles on a search path: their connectors are highlighted. */
  path: ReadonlySet<string> | null;
  /** The canvas draws marks instead of nodes. */
  marks: boolean;
  virtual: boolean;
  /** Fixed height given (`height` prop). */
  fixedHeight: boolean;
  pad: number;
  vp: ChartViewport;
  viewportRef: Ref<HTMLDivElement>;
  marksRef: Ref<HTMLCanvasElement>;
  tree: TreeProps;
  items: TreeItems;
  /** A focus caused by the pointer is already on screen: it must not pan. */
  onPointerFocus: (pointer: boolean) => void;
  /** The first view: its scale, and the box it centres on (the tab stop, or `initialView`'s role). */
  start: { k: number; anchor: Rect | undefined };
}

/**
 * The first view, before any script has measured the viewport — on the server and in the
 * hydrating render — as CSS over the viewport's own size (container units), which the
 * client then reads back as pixels (`useChartView`), so hydration moves nothing, whatever
 * width the page gives the chart. Per axis: a chart that fits is
 * centred; a bigger one puts the anchor's point `point` at `at` % of the view (across: its
 * middle in the middle; down: its bottom at the bottom, so the top shows unless the anchor
 * is lower), with no empty band past its edges —
 * `max(min(lo, c), min(v, max(hi, c)))` is `c` when it fits (then `hi ≤ c ≤ lo`) and
 * `v` clamped to `[lo, hi]` when it does not. The scale is the first view's (`startScale`).
 */
function startAxis(start: number, size: number, at: number, point: number, pad: number, k: number, unit: 'cqw' | 'cqh'): string {
  const px = (n: number) => `${Math.round(n * k * 100) / 100}px`;
  const lo = `calc(100${unit} - ${px(pad / k + start + size)})`;
  const hi = px(pad / k - start);
  // An org reads from the top: one that fits the height sits at the top, not in the middle.
  const c = unit === 'cqh' ? hi : `calc(50${unit} - ${px(start + size / 2)})`;
  const v = `calc(${at}${unit} - ${px(point)})`;
  return `max(min(${lo}, ${c}), min(${v}, max(${hi}, ${c})))`;
}

export function ChartBody({ layout, rendered, windowRect, path, marks, virtual, fixedHeight, pad, vp, viewportRef, marksRef, tree, items, onPointerFocus, start }: ChartBodyProps) {
  const b = layout.bounds;
  const { k, anchor: s = b } = start;
  const layer = {
    ...STRUCTURE.layer,
    // Across: the anchor centred. Down: the top, lowered only as far as the anchor needs to be in view.
    '--rk-org-chart-start': `translate(${startAxis(b.x, b.width, 50, s.x + s.width / 2, pad, k, 'cqw')}, ${startAxis(b.y, b.height, 100, pad / k + s.y + s.height, pad, k, 'cqh')}) scale(${k})`,
  } as CSSProperties;
  const style = {
    ...STRUCTURE.viewport,
    // Hugs the chart at its first scale; print lays it out from the unscaled height.
    height: fixedHeight ? 'var(--rk-org-chart-height)' : `min(var(--rk-org-chart-height, 30rem), ${Math.ceil(b.height * k) + 2 * pad}px)`,
    '--rk-org-chart-content-height': `${b.height + 2 * pad}px`,
    // Print: the whole chart scaled to the page width (about 1000 CSS pixels).
    '--rk-org-chart-print-scale': Math.min(1, 1000 / (b.width + 2 * pad)),
    '--rk-org-chart-print-x': `${pad - b.x}px`,
    '--rk-org-chart-print-y': `${pad - b.y}px`,
  } as CSSProperties;
  return (
    <div
      className="rk-org-chart-viewport"
      data-slot="org-chart-viewport"
      ref={viewportRef}
      style={style}
      {...vp.handlers}
      onPointerDown={(event) => {
        onPointerFocus(true);
        vp.handlers.onPointerDown(event);
      }}
      onPointerUp={(event) => {
        vp.handlers.onPointerUp(event);
        setTimeout(() => onPointerFocus(false));
      }}
    >
      {virtual && <canvas ref={marksRef} className="rk-org-chart-marks" data-slot="org-chart-marks" aria-hidden="true" style={STRUCTURE.marks} />}
      <div {...tree} className="rk-org-chart-canvas" data-slot="org-chart-canvas" style={layer}>
        {!marks && <OrgChartConnectors layout={layout} indexes={rendered} rect={windowRect} path={path} />}
        {rendered.map((i) => {
          const node = layout.nodes[i]!;
          return <OrgChartTreeItem key={node.id} item={node} box={node} top={0} {...items.stateOf(node)} {...items.shared} />;
        })}
      </div>
    </div>
  );
}

export interface ListBodyProps {
  items: readonly OutlineItem[];
  /** Only the rows in view (and the tab stop) are rendered. */
  virtual: boolean;
  activeIndex: number;
  viewportRef: Ref<HTMLDivElement>;
  tree: TreeProps;
  treeItems: TreeItems;
}

export function ListBody({ items, virtual, activeIndex, viewportRef, tree, treeItems }: ListBodyProps) {
  const [range, setRange] = useState<[number, number]>([0, 40]);
  const onScroll = (event: { currentTarget: HTMLElement }) => {
    const el = event.currentTarget;
    const from = Math.max(0, Math.floor(el.scrollTop / LIST_ROW) - 10);
    const to = Math.ceil((el.scrollTop + el.clientHeight) / LIST_ROW) + 10;
    if (from !== range[0] || to !== range[1]) setRange([from, to]);
  };
  let shown: readonly OutlineItem[] = items;
  if (virtual) {
    const [from, to] = range;
    shown = items.slice(from, to);
    const active = items[activeIndex];
    if (active && (activeIndex < from || activeIndex >= to)) shown = activeIndex < from ? [active, ...shown] : [...shown, active];
  }
  return (
    <div className="rk-org-chart-viewport" data-slot="org-chart-viewport" ref={viewportRef} onScroll={virtual ? onScroll : undefined}>
      <div {...tree} className="rk-org-chart-list" data-slot="org-chart-list" data-virtual={virtual ? '' : undefined} style={virtual ? { height: items.length * LIST_ROW } : undefined}>
        {shown.map((item) => (
          <OrgChartTreeItem key={item.id} item={item} box={null} top={virtual ? item.index * LIST_ROW : null} {...treeItems.stateOf(item)} {...treeItems.shared} />
        ))}
      </div>
    </div>
  );
}

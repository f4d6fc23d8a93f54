import { memo } from 'react';
import type { LayoutLink, OrgLayout } from '../model/layout';
import { memoByObject } from '../model/memo';
import type { Rect } from './viewport';

export interface OrgChartConnectorsProps {
  layout: OrgLayout;
  /** Indexes of the nodes drawn (ascending): the links into them, and dotted lines touching them, are drawn. */
  indexes: readonly number[];
  /** Roles on a search path (matches and their managers): the links between them are drawn again, highlighted. */
  path: ReadonlySet<string> | null;
  /**
   * The window of a virtualised chart (chart coordinates; before measuring, the first view's):
   * buses crossing it are drawn even when none of their team is in `indexes`. Absent: every node is drawn.
   */
  rect?: Rect | null | undefined;
}

/** Path data of a link's points, as a polyline or (dotted) a cubic Bézier, relative to `(ox, oy)`. */
const pathOf = (link: LayoutLink, ox: number, oy: number) =>
  link.points.map((p, k) => `${k === 0 ? 'M' : link.kind === 'dotted' ? (k === 1 ? 'C' : '') : 'L'}${p.x - ox} ${p.y - oy}`).join(link.kind === 'dotted' ? ' ' : '');

/**
 * Every manager's bus as a box, per layout: the box around the manager and its first and
 * last report holds the whole bus (trunk, bus, both end legs), whatever the orientation.
 * Built once per layout, so finding the buses that cross a window is a scan of flat numbers.
 */
const busBoxesOf = memoByObject((layout: OrgLayout) => {
  const { nodes } = layout;
  const managers: number[] = [];
  const boxes: number[] = [];
  for (let m = 0; m < nodes.length; m++) {
    const ends = layout.busEnds(m);
    if (!ends) continue;
    const a = nodes[m]!;
    const b = nodes[ends[0]]!;
    const c = nodes[ends[1]]!;
    managers.push(m);
    boxes.push(
      Math.min(a.x, b.x, c.x),
      Math.min(a.y, b.y, c.y),
      Math.max(a.x + a.width, b.x + b.width, c.x + c.width),
      Math.max(a.y + a.height, b.y + b.height, c.y + c.height),
    );
  }
  return { managers: Int32Array.from(managers), boxes: Float64Array.from(boxes) };
});

/**
 * The nodes whose incoming link to draw for a slice: the slice's own, plus, with the window's
 * `rect` (a virtualised chart), the links to the first and last report of every bus whose box
 * meets it — so a bus is drawn even when its ends and its manager are far off, and even when
 * no node of that team is in the window (the view sits on the bus, between two wide
 * subtrees). Without it every node is drawn, and so every link.
 */
export function linkIndexes(layout: OrgLayout, indexes: readonly number[], rect?: Rect | null): readonly number[] {
  if (!rect) return indexes;
  const out = new Set(indexes);
  const { managers, boxes } = busBoxesOf(layout);
  const x0 = rect.x;
  const y0 = rect.y;
  const x1 = rect.x + rect.width;
  const y1 = rect.y + rect.height;
  for (let k = 0; k < managers.length; k++) {
    if (boxes[4 * k]! > x1 || boxes[4 * k + 2]! < x0 || boxes[4 * k + 1]! > y1 || boxes[4 * k + 3]! < y0) continue;
    const ends = layout.busEnds(managers[k]!)!;
    out.add(ends[0]).add(ends[1]);
  }
  return [...out];
}

/**
 * The connector layer: one `aria-hidden` SVG under the nodes, one path per kind of
 * line, so it is a handful of DOM nodes whatever the org's size. Only the links into
 * the rendered nodes are drawn (a virtualised chart renders a window), and the buses
 * crossing the window. Half-pixel offset: layout coordinates are whole pixels, so 1px
 * strokes land crisp.
 */
export const OrgChartConnectors = memo(function OrgChartConnectors({ layout, indexes, path, rect }: OrgChartConnectorsProps) {
  // Coordinates relative to the window (else the first node drawn): a chart millions of pixels
  // wide would otherwise hand the rasteriser numbers past float precision, and it drops the path.
  // Not the first node when there is a window: that may be the tab stop, far from the view.
  const first = layout.nodes[indexes[0] ?? 0];
  const ox = rect ? Math.round(rect.x) : (first?.x ?? 0);
  const oy = rect ? Math.round(rect.y) : (first?.y ?? 0);
  let report = '';
  let assistant = '';
  let onPath = '';
  const drawn = new Set(indexes.map((i) => layout.nodes[i]!.id));
  for (const i of linkIndexes(layout, indexes, rect)) {
    const node = layout.nodes[i]!;
    const link = layout.linkTo(i);
    if (!link) continue;
    const d = pathOf(link, ox, oy);
    if (link.kind === 'assistant') assistant += d;
    else report += d;
    if (path?.has(node.id) && path.has(link.from)) onPath += d;
  }
  let dotted = '';
  // Usually a handful per org: filtering all of them is cheaper than indexing them.
  if (layout.dottedLinks.length > 0) for (const link of layout.dottedLinks) if (drawn.has(link.from) || drawn.has(link.to)) dotted += pathOf(link, ox, oy);

  return (
    <svg
      className="rk-org-chart-connectors"
      data-slot="org-chart-connectors"
      aria-hidden="true"
      focusable="false"
      width="1"
      height="1"
      // Structure inline, for hosts without the stylesheet: lines run outside the 1×1 box.
      style={{ position: 'absolute', top: 0, left: 0, overflow: 'visible', pointerEvents: 'none', transform: `translate(${ox}px, ${oy}px)` }}
    >
      <g transform="translate(0.5 0.5)">
        {report && <path className="rk-org-chart-link" data-kind="report" d={report} />}
        {assistant && <path className="rk-org-chart-link" data-kind="assistant" d={assistant} />}
        {dotted && <path className="rk-org-chart-link" data-kind="dotted" d={dotted} />}
        {onPath && <path className="rk-org-chart-link" data-kind="path" d={onPath} />}
      </g>
    </svg>
  );
});

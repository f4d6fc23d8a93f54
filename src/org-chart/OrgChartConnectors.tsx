import { memo } from 'react';
import type { LayoutLink, OrgLayout } from '../model/layout';

export interface OrgChartConnectorsProps {
  layout: OrgLayout;
  /** Indexes of the nodes drawn (ascending): the links into them, and dotted lines touching them, are drawn. */
  indexes: readonly number[];
  /** Roles on a search path (matches and their managers): the links between them are drawn again, highlighted. */
  path: ReadonlySet<string> | null;
}

/** Path data of a link's points, as a polyline or (dotted) a cubic Bézier, relative to `(ox, oy)`. */
const pathOf = (link: LayoutLink, ox: number, oy: number) =>
  link.points.map((p, k) => `${k === 0 ? 'M' : link.kind === 'dotted' ? (k === 1 ? 'C' : '') : 'L'}${p.x - ox} ${p.y - oy}`).join(link.kind === 'dotted' ? ' ' : '');

/**
 * The connector layer: one `aria-hidden` SVG under the nodes, one path per kind of
 * line, so it is a handful of DOM nodes whatever the org's size. Only the links into
 * the rendered nodes are drawn (a virtualised chart renders a window). Half-pixel
 * offset: layout coordinates are whole pixels, so 1px strokes land crisp.
 */
/**
 * The nodes whose incoming link to draw for a slice: the slice's own, plus, for each of
 * them and each of their managers, the links to the manager's first and last report —
 * so a bus crossing the view is drawn even when its ends and its manager are far off.
 */
export function linkIndexes(layout: OrgLayout, indexes: readonly number[]): number[] {
  const out = new Set(indexes);
  const seen = new Set<number>();
  for (const i of indexes) {
    for (let m = i; m >= 0 && !seen.has(m); ) {
      seen.add(m);
      const ends = layout.busEnds(m);
      if (ends) out.add(ends[0]).add(ends[1]);
      const parent = layout.nodes[m]!.parentId;
      m = parent === null ? -1 : layout.outline.indexOf(parent);
    }
  }
  return [...out];
}

export const OrgChartConnectors = memo(function OrgChartConnectors({ layout, indexes, path }: OrgChartConnectorsProps) {
  // Coordinates relative to the first node drawn: a chart millions of pixels wide would
  // otherwise hand the rasteriser numbers past float precision, and it drops the path.
  const first = layout.nodes[indexes[0] ?? 0];
  const ox = first?.x ?? 0;
  const oy = first?.y ?? 0;
  let report = '';
  let assistant = '';
  let onPath = '';
  const drawn = new Set(indexes.map((i) => layout.nodes[i]!.id));
  for (const i of linkIndexes(layout, indexes)) {
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
      style={{ transform: `translate(${ox}px, ${oy}px)` }}
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

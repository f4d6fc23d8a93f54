import { memo, useMemo } from 'react';
import type { LayoutLink, LayoutPoint, OrgLayout } from '../model/layout';

export interface OrgChartConnectorsProps {
  layout: OrgLayout;
  /** Added to layout coordinates to get canvas coordinates. */
  offsetX: number;
  offsetY: number;
  width: number;
  height: number;
}

/** Every link of one kind as a single path: one DOM node per kind, whatever the org's size. */
function polylines(links: readonly LayoutLink[]): string {
  let d = '';
  for (const link of links) {
    link.points.forEach((p, k) => {
      d += `${k === 0 ? 'M' : 'L'}${p.x} ${p.y}`;
    });
  }
  return d;
}

/** Dotted links are cubic Béziers: start, two control points, end. */
function curves(links: readonly LayoutLink[]): string {
  let d = '';
  for (const { points } of links) {
    const [a, c1, c2, b] = points as [LayoutPoint, LayoutPoint, LayoutPoint, LayoutPoint];
    d += `M${a.x} ${a.y}C${c1.x} ${c1.y} ${c2.x} ${c2.y} ${b.x} ${b.y}`;
  }
  return d;
}

/**
 * The connector layer: one `aria-hidden` SVG under the nodes. The tree's structure
 * is already in the treeitems' levels and positions; the lines are for the eye.
 * Half-pixel offset: layout coordinates are whole pixels, so 1px strokes land crisp.
 */
export const OrgChartConnectors = memo(function OrgChartConnectors({ layout, offsetX, offsetY, width, height }: OrgChartConnectorsProps) {
  const paths = useMemo(() => {
    const links = layout.links;
    return {
      report: polylines(links.filter((l) => l.kind === 'report')),
      assistant: polylines(links.filter((l) => l.kind === 'assistant')),
      dotted: curves(layout.dottedLinks),
    };
  }, [layout]);

  return (
    <svg
      className="rk-org-chart-connectors"
      data-slot="org-chart-connectors"
      aria-hidden="true"
      focusable="false"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <g transform={`translate(${offsetX + 0.5} ${offsetY + 0.5})`}>
        {paths.report && <path className="rk-org-chart-link" data-kind="report" d={paths.report} />}
        {paths.assistant && <path className="rk-org-chart-link" data-kind="assistant" d={paths.assistant} />}
        {paths.dotted && <path className="rk-org-chart-link" data-kind="dotted" d={paths.dotted} />}
      </g>
    </svg>
  );
});

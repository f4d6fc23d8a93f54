import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { createRef } from 'react';
import { OrgChart, layoutOrg, type OrgChartHandle, type OrgChartProps } from '../../../src';
import '../../../src/styles.css';
import { wideBusOrg } from '../../support/wideBusOrg';

const org = wideBusOrg();
const layout = layoutOrg(org, { expandDepth: Infinity });
const viewport = () => document.querySelector<HTMLElement>('[data-slot="org-chart-viewport"]')!;
const item = (id: string) => document.querySelector<HTMLElement>(`[data-role-id="${id}"]`);
const centre = (id: string) => {
  const n = layout.node(id)!;
  return { x: n.x + n.width / 2, y: n.y + n.height / 2 };
};

/** The report connector path, and a test of whether a chart point lies on its stroke as drawn. */
function reportStroke() {
  const svg = document.querySelector<SVGSVGElement>('[data-slot="org-chart-connectors"]');
  const path = svg?.querySelector<SVGPathElement>('[data-kind="report"]') ?? null;
  if (!svg || !path) return null;
  // The SVG is placed at its origin with a CSS translate, its paths offset half a pixel.
  const [ox, oy] = (svg.style.transform.match(/-?[\d.]+(?:e-?\d+)?/g) ?? ['0', '0']).map(Number);
  return (x: number, y: number) => path.isPointInStroke(new DOMPoint(x - ox! - 0.5, y - oy! - 0.5));
}

describe('OrgChart connectors in a virtualised chart (real Chromium)', () => {
  describe('given a view sitting on a long bus, its manager and both ends far off screen', () => {
    it('draws the bus across the whole view', async () => {
      const handle = createRef<OrgChartHandle>();
      render(<Fixture handleRef={handle} />);
      expect(document.querySelector('.rk-org-chart')).toHaveAttribute('data-virtual');

      // Halfway between lead 1 and lead 2, on the VP's bus (half a level gap above the leads).
      const lead = layout.node('lead-1')!;
      const busY = lead.y - layout.options.gap.level / 2;
      const target = { x: (centre('lead-1').x + centre('lead-2').x) / 2, y: busY };
      // From the top of the chart (the tab stop stays there, far from the bus's ends)…
      act(() => {
        void handle.current!.centerOn('ceo');
      });
      const v = viewport();
      const t = () => handle.current!.getTransform();
      await expect.poll(() => t().x).toBeCloseTo(v.clientWidth / 2 - centre('ceo').x, 0);
      await new Promise((resolve) => setTimeout(resolve, 300)); // the end of the animation
      const from = t();
      const to = { x: v.clientWidth / 2 - target.x, y: v.clientHeight / 2 - target.y };
      // …a plain wheel pans by its deltas: the middle of the view onto the target.
      const box = v.getBoundingClientRect();
      v.dispatchEvent(
        new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: box.left + 50, clientY: box.top + 50, deltaX: from.x - to.x, deltaY: from.y - to.y }),
      );
      await expect.poll(() => t()).toEqual({ ...to, k: 1 });

      // The situation: nothing of the VP's team is on screen or rendered, not even the bus ends.
      // (The window follows once the wheel pauses.)
      await expect.poll(() => ['vp', 'lead-0', 'lead-1', 'lead-2', 'lead-7'].filter((id) => item(id) !== null)).toEqual([]);

      // What the user sees: a line along the bus from the left edge of the view to the right.
      const left = target.x - v.clientWidth / 2;
      const points = [0.02, 0.25, 0.5, 0.75, 0.98].map((f) => left + f * v.clientWidth);
      await expect.poll(() => {
        const onStroke = reportStroke();
        return onStroke ? points.map((x) => onStroke(x, busY)) : null;
      }).toEqual([true, true, true, true, true]);
    });
  });
});

// Opens at 100 % on the tab stop (not the readable default): these tests count zoom steps and pans from there.
function Fixture(props: Partial<OrgChartProps>) {
  return (
    <div style={{ width: 400 }}>
      <OrgChart initialView="selected" org={org} defaultExpandDepth={Infinity} height={300} dir="ltr" {...props} />
    </div>
  );
}

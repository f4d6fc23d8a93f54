import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from '@testing-library/react';
import { layoutOrg } from '../../../src/model/layout';
import { generateOrg, salesOrg } from '../../../src/examples';
import { OrgChartMinimap, type OrgChartMinimapProps } from '../../../src/org-chart/OrgChartMinimap';
import '../../../src/styles.css';
import '../../../src/org-chart/org-chart-minimap.css';

const layout = layoutOrg(salesOrg);
const b = layout.bounds; // x -1278, 2688 × 648
// At most 200 × 140 with a 4 px inset: the width decides the scale, and the box shrinks to the chart's height.
const k = 192 / b.width;
const boxHeight = Math.round(b.height * k + 8);
const dy = (boxHeight - b.height * k) / 2;
const toMinimap = (x: number, y: number) => ({ x: 4 + (x - b.x) * k, y: dy + (y - b.y) * k });

const root = () => document.querySelector<HTMLElement>('[data-slot="org-chart-minimap"]')!;
const frame = () => document.querySelector<HTMLElement>('[data-slot="org-chart-minimap-viewport"]')!;
const canvas = () => document.querySelector<HTMLCanvasElement>('canvas')!;
/** Where a minimap point is on the page: inside the 1px border. */
const client = (p: { x: number; y: number }) => {
  const r = root().getBoundingClientRect();
  return { x: r.left + 1 + p.x, y: r.top + 1 + p.y };
};

describe('OrgChartMinimap (real Chromium)', () => {
  let onNavigate: Mock<OrgChartMinimapProps['onNavigate']>;
  beforeEach(() => {
    onNavigate = vi.fn();
  });

  describe('given the sample org and a viewport over the director', () => {
    const viewport = { x: -400, y: 0, width: 800, height: 300 };
    beforeEach(() => {
      render(<Fixture layout={layout} viewport={viewport} onNavigate={onNavigate} />);
    });

    it('frames the visible area at the minimap scale', () => {
      const r = root().getBoundingClientRect();
      const f = frame().getBoundingClientRect();
      const at = toMinimap(viewport.x, viewport.y);
      expect(f.left - r.left - 1).toBeCloseTo(at.x, 0);
      expect(f.top - r.top - 1).toBeCloseTo(at.y, 0);
      expect(f.width).toBeCloseTo(viewport.width * k, 0);
      expect(f.height).toBeCloseTo(viewport.height * k, 0);
    });

    it("takes the chart's shape within the largest box, hidden from assistive technology and out of the tab order", () => {
      const box = canvas().getBoundingClientRect();
      expect(box.width).toBe(200);
      expect(box.height).toBe(boxHeight);
      // The drawing inside the 4 px inset has the chart's aspect (the box is rounded to whole pixels).
      expect((box.width - 8) / (box.height - 8)).toBeCloseTo(b.width / b.height, 0);
      expect(Math.abs((box.width - 8) / (box.height - 8) / (b.width / b.height) - 1)).toBeLessThan(0.02);
      expect(root()).toHaveAttribute('aria-hidden', 'true');
      expect(root()).toHaveAttribute('tabindex', '-1');
    });

    it('draws the nodes on the canvas, at device resolution', () => {
      const c = canvas();
      expect(c.width).toBe(Math.round(200 * devicePixelRatio));
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      expect(painted).toBeGreaterThan(500);
      // The director's box, centre top.
      const director = layout.node('sales-director')!;
      const p = toMinimap(director.x + director.width / 2, director.y + director.height / 2);
      expect(c.getContext('2d')!.getImageData(Math.round(p.x * devicePixelRatio), Math.round(p.y * devicePixelRatio), 1, 1).data[3]).toBe(255);
    });

    it('navigates to the layout point under a click', async () => {
      const target = layout.node('sales-manager-south')!;
      const p = toMinimap(target.x + 120, target.y + 48);
      await userEvent.click(page.elementLocator(root()), { position: { x: 1 + p.x, y: 1 + p.y } });
      expect(onNavigate).toHaveBeenCalled();
      const { x, y } = onNavigate.mock.calls[0]![0];
      // One minimap pixel is 1/k ≈ 14 layout pixels; the click lands on whole pixels.
      expect(Math.abs(x - (target.x + 120))).toBeLessThan(2 / k);
      expect(Math.abs(y - (target.y + 48))).toBeLessThan(2 / k);
    });

    it('moves the view with the marker when the marker is dragged, without a jump where it was grabbed', () => {
      const f = frame().getBoundingClientRect();
      const from = { x: f.left + 3, y: f.top + 3 };
      const fire = pointer(frame());
      fire('pointerdown', from, 1);
      expect(onNavigate).not.toHaveBeenCalled();
      fire('pointermove', { x: from.x + 20, y: from.y + 5 }, 1);
      fire('pointerup', { x: from.x + 20, y: from.y + 5 }, 0);
      expect(onNavigate).toHaveBeenCalledTimes(1);
      const { x, y } = onNavigate.mock.calls[0]![0];
      // The view's centre (0, 150) moves by the pointer's travel at the minimap's scale.
      expect(x).toBeCloseTo(20 / k, -1);
      expect(y).toBeCloseTo(150 + 5 / k, -1);
    });

    it('keeps navigating while dragging, and stops on release', () => {
      const from = client(toMinimap(-1000, 300));
      const to = client(toMinimap(1000, 300));
      // Mouse pointer events (pointerId 1 is Chromium's mouse, so pointer capture accepts it).
      const el = root();
      const fire = pointer(el);
      fire('pointerdown', from, 1);
      for (let i = 1; i <= 4; i++) fire('pointermove', { x: from.x + ((to.x - from.x) * i) / 4, y: from.y }, 1);
      expect(el).toHaveAttribute('data-dragging');
      fire('pointerup', to, 0);
      fire('pointermove', { x: to.x, y: to.y + 10 }, 0);
      expect(onNavigate).toHaveBeenCalledTimes(5);
      const xs = onNavigate.mock.calls.map(([c]) => c.x);
      expect(xs).toEqual([...xs].sort((a, b) => a - b));
      expect(xs.at(-1)).toBeCloseTo(1000, -1);
      expect(el).not.toHaveAttribute('data-dragging');
    });
  });

  describe("given a viewport far smaller than the minimap's pixels", () => {
    const viewport = { x: 500, y: 300, width: 60, height: 40 }; // about 4 × 3 minimap pixels
    beforeEach(() => {
      render(<Fixture layout={layout} viewport={viewport} onNavigate={onNavigate} />);
    });

    it('shows the marker 12 px a side, centred on the visible area', () => {
      const r = root().getBoundingClientRect();
      const f = frame().getBoundingClientRect();
      expect(f.width).toBeCloseTo(12, 1);
      expect(f.height).toBeCloseTo(12, 1);
      const centre = toMinimap(viewport.x + viewport.width / 2, viewport.y + viewport.height / 2);
      expect(f.left + f.width / 2 - r.left - 1).toBeCloseTo(centre.x, 0);
      expect(f.top + f.height / 2 - r.top - 1).toBeCloseTo(centre.y, 0);
    });
  });

  describe('given 10,000 roles, a chart some 1,800 times wider than tall', () => {
    const wide = layoutOrg(generateOrg(10_000, 1));
    beforeEach(() => {
      render(<Fixture layout={wide} viewport={{ x: -10_000, y: 0, width: 20_000, height: 1_000 }} onNavigate={onNavigate} />);
    });

    it('is a strip the full width, tall enough to show its levels, not a hairline', () => {
      const box = canvas().getBoundingClientRect();
      expect(box.width).toBe(200);
      expect(box.height).toBeGreaterThanOrEqual(40);
      expect(box.height).toBeLessThan(140);
      const c = canvas();
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let rows = 0;
      for (let y = 0; y < c.height; y++) {
        let any = false;
        for (let x = 0; x < c.width && !any; x++) any = data[(y * c.width + x) * 4 + 3]! > 0;
        if (any) rows++;
      }
      // The levels span the 32 px drawing (less the gaps between levels).
      expect(rows / devicePixelRatio).toBeGreaterThan(20);
    });

    it('shows the marker at least 12 px a side', () => {
      const f = frame().getBoundingClientRect();
      expect(f.width).toBeGreaterThanOrEqual(12);
      expect(f.height).toBeGreaterThanOrEqual(12);
    });
  });

  describe('given 20,000 roles', () => {
    it('draws them without connectors', () => {
      const big = layoutOrg(generateOrg(20_000));
      render(<Fixture layout={big} viewport={{ x: 0, y: 0, width: 1000, height: 600 }} onNavigate={onNavigate} highlightIds={new Set(['r0'])} />);
      const c = canvas();
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let painted = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
      expect(painted).toBeGreaterThan(100);
    });
  });
});

/** Mouse pointer events (pointerId 1 is Chromium's mouse, so pointer capture accepts it). */
const pointer = (el: Element) => (type: string, at: { x: number; y: number }, buttons: number) =>
  el.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, pointerId: 1, button: 0, buttons, clientX: at.x, clientY: at.y, isPrimary: true, pointerType: 'mouse' }));

function Fixture(props: OrgChartMinimapProps) {
  return (
    <div className="rk-root" style={{ padding: 16 }}>
      <OrgChartMinimap {...props} />
    </div>
  );
}

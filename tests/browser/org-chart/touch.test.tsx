import { beforeEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { act, render } from '@testing-library/react';
import { createRef } from 'react';
import { OrgChart, type OrgChartHandle, type OrgChartProps } from '../../../src';
import { salesOrg } from '../../../src/examples';
import '../../../src/styles.css';

/*
 * Real touch input: Chromium's DevTools protocol (`Input.dispatchTouchEvent`) goes through the
 * browser's own touch → pointer event pipeline (pointerType "touch", implicit capture,
 * `touch-action`), exactly as a finger on a touch screen does.
 */

const viewport = () => document.querySelector<HTMLElement>('[data-slot="org-chart-viewport"]')!;
const item = (id: string) => document.querySelector<HTMLElement>(`[data-role-id="${id}"]`)!;
/**
 * How far (CSS px) the point under the fingers may drift: touch coordinates are rounded on
 * their way through the browser, and on a loaded machine moves are coalesced, so the
 * rounding compounds over a gesture (1.3 px seen in a pinch, 0.7 px in a 70 px drag, in
 * full runs). A zoom anchored anywhere but the fingers, or a pan that lost a move, misses
 * by tens of pixels.
 */
const TOLERANCE = 2;
const expectNear = (actual: Point, expected: Point) => {
  expect(Math.abs(actual.x - expected.x)).toBeLessThan(TOLERANCE);
  expect(Math.abs(actual.y - expected.y)).toBeLessThan(TOLERANCE);
};
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const centreOf = (element: Element) => {
  const b = element.getBoundingClientRect();
  return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
};

interface Point {
  x: number;
  y: number;
}

/**
 * CDP takes coordinates in the top page's CSS pixels; the test runs in an iframe the
 * runner may scale down. Map this frame's client coordinates out, frame by frame.
 */
function toTopPage(p: Point): Point {
  let { x, y } = p;
  let win: Window = window;
  while (win !== win.parent && win.frameElement) {
    const frame = win.frameElement as HTMLElement;
    const box = frame.getBoundingClientRect();
    const scale = box.width / frame.offsetWidth;
    x = box.left + (frame.clientLeft + x) * scale;
    y = box.top + (frame.clientTop + y) * scale;
    win = win.parent;
  }
  return { x, y };
}

/** Fingers (this frame's client coordinates) moving from `from` to `to` in `steps` touchMove events, then lifted. */
async function gesture(from: Point[], to: Point[], steps = 12) {
  const session = cdp();
  const points = (t: number) =>
    from.map((a, id) => {
      const b = to[id]!;
      return { ...toTopPage({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }), id, radiusX: 1, radiusY: 1, force: 1 };
    });
  await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(0) });
  for (let s = 1; s <= steps; s++) await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(s / steps) });
  await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await frames();
}

/** Two fingers on a horizontal line through `centre`, `fromGap` apart, ending `toGap` apart. */
const pinch = (centre: Point, fromGap: number, toGap: number) =>
  gesture(
    [
      { x: centre.x - fromGap / 2, y: centre.y },
      { x: centre.x + fromGap / 2, y: centre.y },
    ],
    [
      { x: centre.x - toGap / 2, y: centre.y },
      { x: centre.x + toGap / 2, y: centre.y },
    ],
  );

/** The midpoint of the viewport, in client coordinates. */
const middle = () => {
  const v = viewport();
  const b = v.getBoundingClientRect();
  return { x: b.left + v.clientLeft + v.clientWidth / 2, y: b.top + v.clientTop + v.clientHeight / 2 };
};

describe('OrgChart touch gestures (real touch input in Chromium)', () => {
  let handle: React.RefObject<OrgChartHandle | null>;
  const ROLE = 'sales-manager-north';

  beforeEach(async () => {
    handle = createRef<OrgChartHandle>();
    render(<Fixture handleRef={handle} minScale={0.4} maxScale={3} />);
    // A role in the middle of the view: the fingers pinch around it.
    act(() => {
      void handle.current!.centerOn(ROLE);
    });
    await expect.poll(() => Math.hypot(centreOf(item(ROLE)).x - middle().x, centreOf(item(ROLE)).y - middle().y)).toBeLessThan(1);
    expect(handle.current!.getTransform().k).toBe(1);
  });

  describe('two fingers spreading apart', () => {
    it('zooms in by the change in finger distance, around their midpoint', async () => {
      const mid = middle();
      await pinch(mid, 80, 160);
      expect(handle.current!.getTransform().k).toBeCloseTo(2, 1);
      // The role that was under the fingers is still under them, now twice as big.
      const role = centreOf(item(ROLE));
      expectNear(role, mid);
      // Drawn at the scale the handle reports.
      expect(item(ROLE).getBoundingClientRect().width / item(ROLE).offsetWidth).toBeCloseTo(handle.current!.getTransform().k, 2);
    });

    it('zooms around the midpoint even when it is not the middle of the view', async () => {
      // Fingers around a point near the role's top-left corner: that spot of the role stays under them.
      const box = item(ROLE).getBoundingClientRect();
      const mid = { x: box.left + box.width / 4, y: box.top + box.height / 4 };
      await pinch(mid, 60, 120);
      expect(handle.current!.getTransform().k).toBeCloseTo(2, 1);
      const after = item(ROLE).getBoundingClientRect();
      expect(after.width / box.width).toBeCloseTo(handle.current!.getTransform().k, 2);
      expect(Math.abs(after.left + after.width / 4 - mid.x)).toBeLessThan(TOLERANCE);
      expect(Math.abs(after.top + after.height / 4 - mid.y)).toBeLessThan(TOLERANCE);
    });

    it('stops at maxScale however far the fingers spread', async () => {
      await pinch(middle(), 30, 300);
      expect(handle.current!.getTransform().k).toBe(3);
      const role = centreOf(item(ROLE));
      expect(Math.abs(role.x - middle().x)).toBeLessThan(TOLERANCE);
    });
  });

  describe('two fingers pinching together', () => {
    it('zooms out around their midpoint', async () => {
      const mid = middle();
      await pinch(mid, 160, 100);
      expect(handle.current!.getTransform().k).toBeCloseTo(100 / 160, 1);
      const role = centreOf(item(ROLE));
      expectNear(role, mid);
    });

    it('stops at minScale however close the fingers come', async () => {
      await pinch(middle(), 300, 20);
      expect(handle.current!.getTransform().k).toBe(0.4);
      const role = centreOf(item(ROLE));
      expect(Math.abs(role.x - middle().x)).toBeLessThan(TOLERANCE);
    });
  });

  describe('one finger', () => {
    it('dragging pans the chart with the finger, without zooming or selecting the role it started on', async () => {
      const start = centreOf(item(ROLE));
      const before = handle.current!.getTransform();
      await gesture([start], [{ x: start.x + 70, y: start.y - 40 }]);
      const after = handle.current!.getTransform();
      expect(after.k).toBe(before.k);
      expect(Math.abs(after.x - before.x - 70)).toBeLessThan(TOLERANCE);
      expect(Math.abs(after.y - before.y + 40)).toBeLessThan(TOLERANCE);
      const role = centreOf(item(ROLE));
      expect(Math.abs(role.x - (start.x + 70))).toBeLessThan(TOLERANCE);
      expect(Math.abs(role.y - (start.y - 40))).toBeLessThan(TOLERANCE);
      expect(item(ROLE)).not.toHaveAttribute('aria-selected');
    });

    it('a tap still selects the role under it and leaves the view where it was', async () => {
      const at = centreOf(item(ROLE));
      const before = handle.current!.getTransform();
      await gesture([at], [at], 1);
      await expect.poll(() => item(ROLE).getAttribute('aria-selected')).toBe('true');
      // Still where it was, within the touch rounding above (seen: 0.36 px once the first view
      // sat at a fractional offset); a tap taken for a pan would move it by the finger's travel.
      const after = handle.current!.getTransform();
      expect(after.k).toBe(before.k);
      expectNear(after, before);
    });
  });
});

// Opens at 100 % on the tab stop (not the readable default): these tests count zoom steps and pans from there.
function Fixture(props: Partial<OrgChartProps>) {
  return (
    <div style={{ width: 400 }}>
      <OrgChart initialView="selected" org={salesOrg} defaultExpandDepth={Infinity} height={360} dir="ltr" {...props} />
    </div>
  );
}

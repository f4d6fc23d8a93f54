import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  centreOn,
  clampScale,
  contains,
  fitTransform,
  interpolate,
  panIntoView,
  visibleRect,
  wheelPixels,
  zoomAround,
  type Transform,
} from '../../../src/org-chart/viewport';

const limits = { min: 0.05, max: 2 };
/** Where a chart point lands on screen. */
const toScreen = (t: Transform, x: number, y: number) => ({ x: x * t.k + t.x, y: y * t.k + t.y });

describe('viewport maths', () => {
  describe('clampScale', () => {
    it('keeps a scale inside the limits', () => {
      expect(clampScale(0.5, limits)).toBe(0.5);
      expect(clampScale(0.001, limits)).toBe(0.05);
      expect(clampScale(40, limits)).toBe(2);
    });

    it('turns nonsense into 1, clamped', () => {
      expect(clampScale(Number.NaN, limits)).toBe(1);
      expect(clampScale(-3, limits)).toBe(1);
      expect(clampScale(Infinity, { min: 0.1, max: 0.5 })).toBe(0.5);
    });
  });

  describe('zoomAround', () => {
    it('keeps the chart point under the pointer where it was', () => {
      fc.assert(
        fc.property(
          fc.record({ x: fc.double({ min: -1e5, max: 1e5, noNaN: true }), y: fc.double({ min: -1e5, max: 1e5, noNaN: true }), k: fc.double({ min: 0.05, max: 2, noNaN: true }) }),
          fc.double({ min: 0, max: 2000, noNaN: true }),
          fc.double({ min: 0, max: 1200, noNaN: true }),
          fc.double({ min: 0.1, max: 10, noNaN: true }),
          (t, px, py, factor) => {
            const next = zoomAround(t, px, py, factor, limits);
            // The chart point that was under the pointer...
            const cx = (px - t.x) / t.k;
            const cy = (py - t.y) / t.k;
            const back = toScreen(next, cx, cy);
            expect(back.x).toBeCloseTo(px, 5);
            expect(back.y).toBeCloseTo(py, 5);
            expect(next.k).toBeGreaterThanOrEqual(limits.min);
            expect(next.k).toBeLessThanOrEqual(limits.max);
          },
        ),
      );
    });

    it('stops at the limits, without drifting', () => {
      const t = { x: 10, y: 20, k: 2 };
      expect(zoomAround(t, 300, 200, 4, limits)).toEqual(t);
      expect(zoomAround({ x: 0, y: 0, k: 0.05 }, 50, 50, 0.5, limits).k).toBe(0.05);
    });

    it('ignores a factor that is not a positive number', () => {
      expect(zoomAround({ x: 1, y: 2, k: 1 }, 0, 0, 0, limits)).toEqual({ x: 1, y: 2, k: 1 });
      expect(zoomAround({ x: 1, y: 2, k: 1 }, 0, 0, Number.NaN, limits)).toEqual({ x: 1, y: 2, k: 1 });
    });
  });

  describe('fitTransform', () => {
    it('shows the whole of a big chart, centred, inside the padding', () => {
      const bounds = { x: -5000, y: 0, width: 10000, height: 600 };
      const t = fitTransform(bounds, 1000, 500, 20, { min: 0.01, max: 2 });
      const a = toScreen(t, bounds.x, bounds.y);
      const b = toScreen(t, bounds.x + bounds.width, bounds.y + bounds.height);
      expect(a.x).toBeCloseTo(20);
      expect(b.x).toBeCloseTo(980);
      expect((a.y + b.y) / 2).toBeCloseTo(250);
    });

    it('does not blow a small chart up past the largest scale', () => {
      const t = fitTransform({ x: 0, y: 0, width: 100, height: 50 }, 1000, 500, 20, limits);
      expect(t.k).toBe(2);
      expect(toScreen(t, 50, 25)).toEqual({ x: 500, y: 250 });
    });

    it('stops at the smallest scale for a chart too big to fit', () => {
      expect(fitTransform({ x: 0, y: 0, width: 1e7, height: 800 }, 1000, 500, 20, limits).k).toBe(0.05);
    });

    it('survives an empty chart and a zero-sized viewport', () => {
      const t = fitTransform({ x: 0, y: 0, width: 0, height: 0 }, 0, 0, 20, limits);
      expect(Number.isFinite(t.x) && Number.isFinite(t.y) && Number.isFinite(t.k)).toBe(true);
    });
  });

  describe('centreOn', () => {
    it('puts the point in the middle of the viewport at the given scale', () => {
      const t = centreOn(300, -40, 800, 600, 0.5);
      expect(toScreen(t, 300, -40)).toEqual({ x: 400, y: 300 });
      expect(t.k).toBe(0.5);
    });
  });

  describe('panIntoView', () => {
    const t = { x: 0, y: 0, k: 1 };
    it('leaves a box already in view alone', () => {
      expect(panIntoView(t, { x: 100, y: 100, width: 200, height: 80 }, 800, 600, 24)).toEqual(t);
    });

    it('pans the least needed to bring a box off the right and bottom edges inside the margin', () => {
      const next = panIntoView(t, { x: 2000, y: 900, width: 200, height: 80 }, 800, 600, 24);
      expect(toScreen(next, 2200, 980)).toEqual({ x: 776, y: 576 });
    });

    it('pans the least needed for a box off the left and top edges', () => {
      const next = panIntoView({ x: 0, y: 0, k: 0.5 }, { x: -1000, y: -400, width: 200, height: 80 }, 800, 600, 24);
      expect(toScreen(next, -1000, -400)).toEqual({ x: 24, y: 24 });
      expect(next.k).toBe(0.5);
    });

    it('centres a box bigger than the view', () => {
      const next = panIntoView({ x: 0, y: 0, k: 2 }, { x: 0, y: 0, width: 600, height: 100 }, 800, 600, 24);
      expect(toScreen(next, 300, 0).x).toBe(400);
    });
  });

  describe('visibleRect and contains', () => {
    it('maps the viewport back to chart coordinates, grown by a margin', () => {
      const t = { x: 100, y: -50, k: 0.5 };
      expect(visibleRect(t, 800, 600)).toEqual({ x: -200, y: 100, width: 1600, height: 1200 });
      expect(visibleRect(t, 800, 600, 50)).toEqual({ x: -300, y: 0, width: 1800, height: 1400 });
    });

    it('tells whether one rect lies wholly inside another', () => {
      const outer = { x: 0, y: 0, width: 100, height: 100 };
      expect(contains(outer, { x: 10, y: 10, width: 90, height: 90 })).toBe(true);
      expect(contains(outer, { x: 10, y: 10, width: 91, height: 10 })).toBe(false);
      expect(contains(outer, { x: -1, y: 0, width: 10, height: 10 })).toBe(false);
    });
  });

  describe('interpolate', () => {
    const a = { x: 0, y: 0, k: 1 };
    const b = { x: 400, y: -200, k: 0.25 };
    it('starts at one transform and ends exactly at the other', () => {
      expect(interpolate(a, b, 0)).toEqual(a);
      expect(interpolate(a, { x: 0, y: 0, k: 0.5 }, 1)).toEqual({ x: 0, y: 0, k: 0.5 });
      expect(interpolate(a, b, 1)).toEqual(b);
    });

    it('zooms geometrically: halfway between 1 and 0.25 is 0.5', () => {
      expect(interpolate(a, b, 0.5).k).toBeCloseTo(0.5);
    });

    it('pans linearly when the scale does not change', () => {
      expect(interpolate(a, { x: 100, y: 50, k: 1 }, 0.25)).toEqual({ x: 25, y: 12.5, k: 1 });
    });
  });

  describe('wheelPixels', () => {
    it('turns lines and pages into pixels', () => {
      expect(wheelPixels(3, 0, 500)).toBe(3);
      expect(wheelPixels(3, 1, 500)).toBe(48);
      expect(wheelPixels(1, 2, 500)).toBe(500);
    });
  });
});

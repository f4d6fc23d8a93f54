import { describe, expect, it } from 'vitest';
import { fitTransform, startScale, type Rect } from '../../../src/org-chart/viewport';
import { READABLE_SCALE } from '../../../src/org-chart/constants';

const limits = { min: 0.05, max: 2 };
const PAD = 24;
/** The sample org two levels deep, as laid out. */
const sales: Rect = { x: -1278, y: 0, width: 2688, height: 648 };

describe('the first view’s scale', () => {
  describe('given no initialView (the readable default)', () => {
    it('fits the width of a chart that stays readable fitted', () => {
      // 1296 px wide in a 1280 px view: 95 %.
      const k = startScale(undefined, { x: -648, y: 0, width: 1296, height: 406 }, 1280, 480, PAD, READABLE_SCALE, limits);
      expect(k).toBeCloseTo((1280 - 2 * PAD) / 1296);
    });

    it('opens a chart too wide to read fitted at the readable scale', () => {
      expect(startScale(undefined, sales, 1280, 480, PAD, READABLE_SCALE, limits)).toBe(READABLE_SCALE);
      expect(startScale(undefined, sales, 390, 480, PAD, READABLE_SCALE, limits)).toBe(READABLE_SCALE);
    });

    it('never opens a small chart above 100 %', () => {
      expect(startScale(undefined, { x: 0, y: 0, width: 240, height: 96 }, 1280, 480, PAD, READABLE_SCALE, limits)).toBe(1);
    });

    it('keeps within the scale limits', () => {
      expect(startScale(undefined, sales, 1280, 480, PAD, READABLE_SCALE, { min: 0.8, max: 2 })).toBe(0.8);
      expect(startScale(undefined, sales, 1280, 480, PAD, READABLE_SCALE, { min: 0.1, max: 0.5 })).toBe(0.5);
    });
  });

  describe("given initialView 'fit'", () => {
    it('is the Fit button’s view', () => {
      const k = startScale('fit', sales, 1280, 480, PAD, READABLE_SCALE, limits);
      expect(k).toBe(fitTransform(sales, 1280, 480, PAD, limits).k);
    });
  });

  describe('given a named view', () => {
    it("opens 'top' and 'selected' at 100 %", () => {
      expect(startScale('top', sales, 390, 480, PAD, READABLE_SCALE, limits)).toBe(1);
      expect(startScale('selected', sales, 390, 480, PAD, READABLE_SCALE, limits)).toBe(1);
    });

    it('opens a role at its scale, within the limits', () => {
      expect(startScale({ roleId: 'x', scale: 0.5 }, sales, 390, 480, PAD, READABLE_SCALE, limits)).toBe(0.5);
      expect(startScale({ roleId: 'x', scale: 9 }, sales, 390, 480, PAD, READABLE_SCALE, limits)).toBe(2);
      expect(startScale({ roleId: 'x' }, sales, 390, 480, PAD, READABLE_SCALE, limits)).toBe(1);
    });
  });
});

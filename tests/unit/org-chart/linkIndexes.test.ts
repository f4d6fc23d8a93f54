import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutOrg, type LayoutOptions, type LayoutPoint, type OrgLayout } from '../../../src';
import { generateOrg } from '../../../src/examples';
import { linkIndexes } from '../../../src/org-chart/OrgChartConnectors';
import type { Rect } from '../../../src/org-chart/viewport';
import { wideBusOrg } from '../../support/wideBusOrg';

/** A segment of an axis-aligned polyline meets a rect (edges included). */
const meets = (a: LayoutPoint, b: LayoutPoint, r: Rect) =>
  Math.max(a.x, b.x) >= r.x && Math.min(a.x, b.x) <= r.x + r.width && Math.max(a.y, b.y) >= r.y && Math.min(a.y, b.y) <= r.y + r.height;

/** The managers whose bus (the run along it in the links to the first and last report) meets `rect`. */
function busesMeeting(layout: OrgLayout, rect: Rect): number[] {
  const out: number[] = [];
  for (let m = 0; m < layout.nodes.length; m++) {
    const ends = layout.busEnds(m);
    if (!ends) continue;
    const runs = ends.map((e) => layout.linkTo(e)!.points);
    if (runs.some((p) => meets(p[1]!, p[2]!, rect))) out.push(m);
  }
  return out;
}

describe('linkIndexes: which links a virtualised slice draws', () => {
  describe('given a window sitting on a long bus, with none of that team in it', () => {
    const layout = layoutOrg(wideBusOrg(), { expandDepth: Infinity });
    const a = layout.node('lead-1')!;
    const b = layout.node('lead-2')!;
    const busY = a.y - layout.options.gap.level / 2;
    const midX = (a.x + b.x + a.width) / 2;
    const rect = { x: midX - 400, y: busY - 150, width: 800, height: 300 };
    const ids = layout.query(rect);
    const vp = layout.outline.indexOf('vp');

    it('is such a window: the query finds no role', () => {
      expect(ids).toEqual([]);
    });

    it('draws the links to the first and last lead, whose runs along the bus cross the window', () => {
      const drawn = linkIndexes(layout, ids, rect);
      expect(drawn).toContain(layout.outline.indexOf('lead-0'));
      expect(drawn).toContain(layout.outline.indexOf('lead-7'));
      expect(layout.busEnds(vp)).toEqual([layout.outline.indexOf('lead-0'), layout.outline.indexOf('lead-7')]);
    });

    it('with only a far tab stop and no window, cannot know the bus is there (why the window is passed)', () => {
      const ceo = layout.outline.indexOf('ceo');
      expect(linkIndexes(layout, [ceo])).not.toContain(layout.outline.indexOf('lead-0'));
      expect(linkIndexes(layout, [ceo], rect)).toContain(layout.outline.indexOf('lead-0'));
    });
  });

  describe.each<[string, LayoutOptions]>([
    ['top to bottom', {}],
    ['left to right', { orientation: 'left-to-right' }],
    ['right to left, compact', { direction: 'rtl', compact: true }],
  ])('for any window over a generated org, %s', (_, options) => {
    const layout = layoutOrg(generateOrg(600, 7), { expandDepth: Infinity, ...options });
    const { bounds } = layout;
    const rects = fc.record({
      x: fc.double({ min: bounds.x - 500, max: bounds.x + bounds.width, noNaN: true }),
      y: fc.double({ min: bounds.y - 500, max: bounds.y + bounds.height, noNaN: true }),
      width: fc.double({ min: 50, max: 3000, noNaN: true }),
      height: fc.double({ min: 50, max: 1500, noNaN: true }),
    });

    it('draws every bus that crosses the window, and the link into every role in it', () => {
      fc.assert(
        fc.property(rects, (rect) => {
          const ids = layout.query(rect);
          const drawn = new Set(linkIndexes(layout, ids, rect));
          for (const i of ids) expect(drawn.has(i)).toBe(true);
          for (const m of busesMeeting(layout, rect)) {
            const [first, last] = layout.busEnds(m)!;
            expect(drawn.has(first) && drawn.has(last)).toBe(true);
          }
        }),
        { numRuns: 200 },
      );
    });
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildGrid } from '../../../src/model/layout/grid';
import type { LayoutNode, LayoutRect } from '../../../src/model/layout';

/** Boxes of one size (as a layout makes them) at the given corners, and the rectangle holding them. */
function boxes(corners: readonly [number, number][], width: number, height: number) {
  const nodes = corners.map(([x, y]) => ({ x, y, width, height }) as LayoutNode);
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const bounds: LayoutRect = { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs) + width, height: Math.max(...ys) - Math.min(...ys) + height };
  return { nodes, bounds };
}

/** What the index must answer: every box that overlaps the rectangle (touching edges do not), in order. */
const overlapping = (nodes: readonly LayoutNode[], r: LayoutRect) =>
  nodes.flatMap((b, i) => (b.x < r.x + r.width && b.x + b.width > r.x && b.y < r.y + r.height && b.y + b.height > r.y ? [i] : []));

const coordinate = fc.integer({ min: -50_000, max: 50_000 });
const rect = fc.record({ x: fc.integer({ min: -60_000, max: 60_000 }), y: fc.integer({ min: -60_000, max: 60_000 }), width: fc.integer({ min: 0, max: 40_000 }), height: fc.integer({ min: 0, max: 40_000 }) });

describe('buildGrid (the viewport query of a layout)', () => {
  it('finds exactly the boxes a rectangle overlaps, for any boxes and any rectangle', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 300 }),
        fc.integer({ min: 1, max: 2_000 }),
        fc.integer({ min: 1, max: 2_000 }),
        fc.array(rect, { minLength: 1, maxLength: 8 }),
        (corners, width, height, queries) => {
          const { nodes, bounds } = boxes(corners, width, height);
          const query = buildGrid(nodes, bounds);
          for (const r of queries) expect(query(r)).toEqual(overlapping(nodes, r));
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('answers a query inside a huge, sparse chart from the cells it covers', () => {
    // A 100,000-wide row of boxes, queried in a viewport: the answer is the few in view.
    const { nodes, bounds } = boxes(Array.from({ length: 100_000 }, (_, i) => [i * 264, 0] as [number, number]), 240, 96);
    const query = buildGrid(nodes, bounds);
    expect(query({ x: 264 * 500, y: -10, width: 1280, height: 800 })).toEqual([500, 501, 502, 503, 504]);
    expect(query({ x: -5_000, y: -5_000, width: 100, height: 100 })).toEqual([]);
  });
});

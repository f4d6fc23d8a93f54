import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hierarchy, tree } from 'd3-hierarchy';
import { tidyTree } from '../../../src/model/layout/tidy';

/** A random tree as parent links: node k > 0 hangs under some node before it. */
const arbitraryTree = fc
  .integer({ min: 1, max: 160 })
  .chain((size) =>
    fc.record({
      size: fc.constant(size),
      parents: fc.array(fc.nat(), { minLength: size - 1, maxLength: size - 1 }),
      // Asymmetric half-extents, as assistants and compact grids make them.
      before: fc.array(fc.integer({ min: 1, max: 400 }), { minLength: size, maxLength: size }),
      after: fc.array(fc.integer({ min: 1, max: 400 }), { minLength: size, maxLength: size }),
      gaps: fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 120 })),
      // Shallow, bushy trees or long chains.
      bushy: fc.boolean(),
    }),
  );

function childrenOf(size: number, parents: number[], bushy: boolean): number[][] {
  const children: number[][] = Array.from({ length: size }, () => []);
  for (let k = 1; k < size; k++) {
    const p = bushy ? parents[k - 1]! % Math.min(k, 6) : k - 1 - (parents[k - 1]! % Math.min(k, 3));
    children[p]!.push(k);
  }
  return children;
}

describe('tidyTree', () => {
  it('puts every node where d3-hierarchy tree() puts it', () => {
    fc.assert(
      fc.property(arbitraryTree, ({ size, parents, before, after, gaps: [sibling, subtree], bushy }) => {
        const children = childrenOf(size, parents, bushy);
        // Pre-order rank: of two nodes at one depth, the one with the smaller rank is on the left.
        const rank = new Int32Array(size);
        let next = 0;
        const visit = (v: number): void => {
          rank[v] = next++;
          for (const k of children[v]!) visit(k);
        };
        visit(0);
        const gap = (siblings: boolean) => (siblings ? sibling : subtree);

        const ours = tidyTree(0, children, size, (left, right, siblings) => after[left]! + before[right]! + gap(siblings));

        // d3 passes a pair in either order.
        const theirs = tree<number>()
          .nodeSize([1, 1])
          .separation((a, b) => {
            const [l, r] = rank[a.data]! < rank[b.data]! ? [a.data, b.data] : [b.data, a.data];
            return after[l]! + before[r]! + gap(a.parent === b.parent);
          })(hierarchy(0, (v) => children[v]));
        theirs.each((node) => {
          expect(ours[node.data]).toBeCloseTo(node.x, 6);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('puts a lone root at 0 and centres a parent over its children', () => {
    expect(Array.from(tidyTree(0, [], 1, () => 10))).toEqual([0]);
    const x = tidyTree(0, [[1, 2, 3]], 4, () => 10);
    expect(Array.from(x)).toEqual([0, -10, 0, 10]);
  });

  it('keeps neighbouring subtrees apart at every depth, not just at the top', () => {
    // 0 → 1, 2; 1 → 3 (wide); 2 → 4 (wide): the cousins 3 and 4 must not overlap.
    const children = [[1, 2], [3], [4], [], []];
    const x = tidyTree(0, children, 5, (l, r) => (l >= 3 || r >= 3 ? 300 : 10));
    expect(x[4]! - x[3]!).toBeGreaterThanOrEqual(300);
    expect(x[0]).toBe(0);
    expect(x[1]! + x[2]!).toBeCloseTo(0, 9);
  });
});

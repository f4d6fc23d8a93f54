import { describe, expect, it } from 'vitest';
import { getOrgModel, type Org } from '../../../src';
import { outlineOrg } from '../../../src/model/outline';
import { resolveLayoutOptions } from '../../../src/model/layout';
import { buildLayoutTree, geometryOf } from '../../../src/model/layout/tree';
import { levelTops, toScreen } from '../../../src/model/layout/place';

const chain = (assistant: boolean): Org => ({
  name: 'Levels',
  roles: [
    { id: 'director', title: 'Sales Director' },
    ...(assistant ? [{ id: 'assistant', title: 'Assistant to the Director', reportsTo: 'director', assistant: true }] : []),
    { id: 'manager', title: 'Sales Manager', reportsTo: 'director' },
    { id: 'rep', title: 'Sales Representative', reportsTo: 'manager' },
  ],
});

function topsOf(org: Org, options = {}) {
  const resolved = resolveLayoutOptions(options);
  const g = geometryOf(resolved);
  const tree = buildLayoutTree(outlineOrg(getOrgModel(org), { expandDepth: Infinity }).items, resolved, g);
  return { tops: levelTops(tree, g), g };
}

describe('levelTops (step 4: one top per level)', () => {
  it('puts each level one box and one level gap below the last', () => {
    const { tops, g } = topsOf(chain(false));
    expect(tops).toEqual([0, g.D + g.gl, 2 * (g.D + g.gl), 3 * (g.D + g.gl)]);
  });

  it("moves the reports' row down by a manager's assistant band, and every row below it", () => {
    const plain = topsOf(chain(false));
    const banded = topsOf(chain(true));
    const band = banded.tops[1]! - plain.tops[1]!;
    expect(band).toBeGreaterThanOrEqual(plain.g.D);
    expect(banded.tops[2]! - banded.tops[1]!).toBe(plain.tops[2]! - plain.tops[1]!);
  });

  it('measures depth along the orientation: box widths for a left-to-right chart', () => {
    const { tops, g } = topsOf(chain(false), { orientation: 'left-to-right', nodeSize: { width: 200, height: 80 } });
    expect(g.D).toBe(200);
    expect(tops[1]).toBe(200 + g.gl);
  });
});

describe('toScreen (step 5: abstract axes to pixels)', () => {
  const g = (orientation: 'top-to-bottom' | 'left-to-right', direction: 'ltr' | 'rtl') => geometryOf(resolveLayoutOptions({ orientation, direction }));

  it('maps breadth to x and depth to y top to bottom, and swaps them left to right', () => {
    expect(toScreen(g('top-to-bottom', 'ltr'), 120.4, 300)).toEqual({ x: 120, y: 300 });
    expect(toScreen(g('left-to-right', 'ltr'), 120.4, 300)).toEqual({ x: 300, y: 120 });
  });

  it('mirrors x for a right-to-left page, never y', () => {
    expect(toScreen(g('top-to-bottom', 'rtl'), 120, 300)).toEqual({ x: -120, y: 300 });
    expect(toScreen(g('left-to-right', 'rtl'), 120, 300)).toEqual({ x: -300, y: 120 });
  });
});

import { describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import { OrgChart, layoutOrg, type Org } from '../../../src';
import { generateOrg } from '../../../src/examples';
import { getOrgModel } from '../../../src/model';
import { searchOrg } from '../../../src/model/search';
import '../../../src/styles.css';

// 300 roles, a third of them vacant, seen where two departments meet.
const org: Org = generateOrg(300, 3, { vacancyRate: 0.35 });
const layout = layoutOrg(org, { expandDepth: Infinity });
const byX = [...layout.nodes].sort((a, b) => a.y - b.y || a.x - b.x);
const border = byX.findIndex((n, i) => i > 0 && byX[i - 1]!.y === n.y && n.x - byX[i - 1]!.x < 600 && byX[i - 1]!.role.department !== n.role.department && n.role.reportsTo !== org.roles[0]!.id);
const centre = byX[border]!;

const canvas = () => document.querySelector<HTMLCanvasElement>('[data-slot="org-chart-marks"]')!;
const layer = () => document.querySelector<HTMLElement>('[data-slot="org-chart-canvas"]')!;
/** The marks' pixel at a node's centre, as painted. */
function pixelAt(n: { x: number; y: number; width: number; height: number }) {
  const m = new DOMMatrix(getComputedStyle(layer()).transform);
  const x = Math.round(((n.x + n.width / 2) * m.a + m.e) * devicePixelRatio);
  const y = Math.round(((n.y + n.height / 2) * m.a + m.f) * devicePixelRatio);
  expect(x).toBeGreaterThan(0);
  expect(x).toBeLessThan(canvas().width);
  return [...canvas().getContext('2d')!.getImageData(x, y, 1, 1).data];
}
const distance = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!, a[2]! - b[2]!);

describe('OrgChart marks, zoomed out (real Chromium)', () => {
  describe('given 300 roles at 15 %, where two departments meet', () => {
    it('paints vacant, held and matched roles apart, and two departments in two colours', async () => {
      const props = { org, defaultExpandDepth: Infinity, height: 400, initialView: { roleId: centre.id, scale: 0.15 } } as const;
      const { rerender } = render(<OrgChart {...props} query="" />);
      await waitFor(() => expect(document.querySelector('[data-slot="org-chart"]')).toHaveAttribute('data-detail', 'marks'));
      const m = new DOMMatrix(getComputedStyle(layer()).transform);
      const viewport = document.querySelector<HTMLElement>('[data-slot="org-chart-viewport"]')!;
      const inView = layout
        .query({ x: -m.e / m.a, y: -m.f / m.a, width: viewport.clientWidth / m.a, height: viewport.clientHeight / m.a })
        .map((i) => layout.nodes[i]!)
        .filter((n) => n.x * m.a + m.e > 0 && (n.x + n.width) * m.a + m.e < viewport.clientWidth && n.y * m.a + m.f > 0 && (n.y + n.height) * m.a + m.f < viewport.clientHeight);
      const held = inView.filter((n) => n.role.holderIds?.length);
      const vacant = inView.find((n) => !n.role.holderIds?.length)!;
      // A person's name finds their role: it is drawn as a match.
      const matched = held[0]!;
      const query = org.people!.find((p) => p.id === matched.role.holderIds![0])!.name;
      const matches = new Set(searchOrg(getOrgModel(org), query));
      const plain = held.filter((n) => !matches.has(n.id));
      const one = plain[0]!;
      const other = plain.find((n) => n.role.department !== one.role.department)!;
      expect([vacant, one, other].every(Boolean)).toBe(true);
      expect(matches.has(vacant.id) || matches.has(one.id) || matches.has(other.id)).toBe(false);

      rerender(<OrgChart {...props} query={query} />);
      await waitFor(() => expect(distance(pixelAt(matched), pixelAt(one))).toBeGreaterThan(30));
      const looks = { vacant: pixelAt(vacant), held: pixelAt(one), matched: pixelAt(matched), other: pixelAt(other) };
      expect(distance(looks.vacant, looks.held)).toBeGreaterThan(30);
      expect(distance(looks.matched, looks.vacant)).toBeGreaterThan(30);
      // Tinted with its department, not the card's plain white, and two departments apart.
      expect(distance(looks.held, [255, 255, 255])).toBeGreaterThan(20);
      expect(distance(looks.held, looks.other)).toBeGreaterThan(20);
    });
  });
});

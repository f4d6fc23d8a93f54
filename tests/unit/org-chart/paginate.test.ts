import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutOrg, type OrgLayout } from '../../../src/model/layout';
import type { Org, Role } from '../../../src/model/schema';
import { generateOrg, salesOrg } from '../../../src/examples';
import { CARD_MIN_TEXT_PX, paginate, PrintError, type Pagination, type PaginateOptions } from '../../../src/org-chart/print/paginate';

const EPS = 1e-6;

/** What a reader relies on, for any chart and any paper. */
function expectReadableBook(layout: OrgLayout, p: Pagination, minTextPt: number) {
  const seen = new Map<string, number>();
  for (const page of p.pages) {
    if (page.kind === 'chart') expect(page.scale * CARD_MIN_TEXT_PX).toBeGreaterThanOrEqual(minTextPt - EPS);
    for (const n of page.nodes) {
      expect(seen.has(n.id), `${n.id} on two pages`).toBe(false);
      seen.set(n.id, page.number);
      // Inside the printable area: nothing is cut at a page edge.
      expect(n.x).toBeGreaterThanOrEqual(-EPS);
      expect(n.y).toBeGreaterThanOrEqual(-EPS);
      expect(n.x + n.width).toBeLessThanOrEqual(p.area.width + EPS);
      expect(n.y + n.height).toBeLessThanOrEqual(p.area.height + EPS);
      if (n.continuedOn !== undefined) {
        const next = p.pages[n.continuedOn - 1]!;
        expect(next.headings.some((h) => h.managerId === n.id && h.fromPage === page.number)).toBe(true);
      }
    }
  }
  expect(seen.size).toBe(layout.nodes.length);
  for (const node of layout.nodes) expect(p.pageOf.get(node.id)).toBe(seen.get(node.id));
  if (!p.fitted) for (const e of p.index) expect(e.page).toBe(seen.get(e.id));
  // Sane: never more chart pages than roles.
  expect(p.pages.filter((pg) => pg.kind === 'chart').length).toBeLessThanOrEqual(Math.max(1, layout.nodes.length));
}

/** A random org: each role reports to an earlier one (or none). */
const arbOrg = fc
  .record({
    parents: fc.array(fc.nat(), { minLength: 1, maxLength: 160 }),
    roots: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ parents, roots }): Org => {
    const roles: Role[] = parents.map((p, i) => (i < roots ? { id: `r${i}`, title: `Role ${i}` } : { id: `r${i}`, title: `Role ${i}`, reportsTo: `r${p % i}` }));
    return { name: 'Random', roles };
  });

describe('paginate', () => {
  describe('given a team that fits a page at 7 pt', () => {
    const team: Org = { name: 'Team', roles: [{ id: 'a', title: 'Lead' }, ...[1, 2, 3, 4].map((i) => ({ id: `b${i}`, title: `Engineer ${i}`, reportsTo: 'a' }))] };
    const layout = layoutOrg(team);
    const p = paginate(layout, team, { paper: 'A4', orientation: 'landscape' });
    it('prints one page', () => {
      expect(p.fitted).toBe(true);
      expect(p.pages).toHaveLength(1);
    });
    it('fills the printable width or height, centred', () => {
      const nodes = p.pages[0]!.nodes;
      const left = Math.min(...nodes.map((n) => n.x));
      const right = Math.max(...nodes.map((n) => n.x + n.width));
      const top = Math.min(...nodes.map((n) => n.y));
      const bottom = Math.max(...nodes.map((n) => n.y + n.height));
      expect(Math.max((right - left) / p.area.width, (bottom - top) / p.area.height)).toBeGreaterThanOrEqual(0.8);
      expect(Math.abs(left - (p.area.width - right))).toBeLessThan(1);
    });
  });

  describe('given the whole sample on A4, too wide for 7 pt on one page', () => {
    const layout = layoutOrg(salesOrg);
    const p = paginate(layout, salesOrg, { paper: 'A4', orientation: 'landscape' });
    it('prints a short book rather than tiny text', () => {
      expect(p.fitted).toBe(false);
      expect(p.pages.filter((pg) => pg.kind === 'chart').length).toBeLessThanOrEqual(6);
      expectReadableBook(layout, p, 7);
    });
  });

  describe('given 1,000 roles fully expanded', () => {
    const org = generateOrg(1000);
    const layout = layoutOrg(org, { expandDepth: Infinity });
    const p = paginate(layout, org);
    it('prints a book: several pages, marks on cut cards and an index', () => {
      expect(p.fitted).toBe(false);
      expect(p.pages.length).toBeGreaterThan(5);
      expect(p.pages.some((pg) => pg.nodes.some((n) => n.continuedOn))).toBe(true);
      expect(p.pages.at(-1)!.kind).toBe('index');
    });
    it('puts page 1 at the top: the root is there', () => {
      expect(p.pages[0]!.nodes.some((n) => n.id === layout.nodes[0]!.id)).toBe(true);
    });
    it('keeps every role readable, whole and on exactly one page', () => {
      expectReadableBook(layout, p, 7);
    });
    it('indexes every holder and every vacant title', () => {
      const holders = layout.nodes.reduce((s, n) => s + Math.max(1, n.role.holderIds?.length ?? 0), 0);
      expect(p.index).toHaveLength(holders);
    });
  });

  describe('given any org and any paper', () => {
    it('keeps every role readable, whole and on exactly one page', () => {
      fc.assert(
        fc.property(
          arbOrg,
          fc.constantFrom<PaginateOptions['paper']>('A4', 'Letter', 'A3'),
          fc.constantFrom<PaginateOptions['orientation']>('portrait', 'landscape'),
          fc.constantFrom(5, 7, 10),
          fc.constantFrom('top-to-bottom' as const, 'left-to-right' as const),
          fc.boolean(),
          (org, paper, orientation, minTextPt, chartOrientation, compact) => {
            const layout = layoutOrg(org, { expandDepth: Infinity, orientation: chartOrientation, compact });
            expectReadableBook(layout, paginate(layout, org, { paper, orientation, minTextPt }), minTextPt);
          },
        ),
        { numRuns: 150 },
      );
    });
  });

  describe('given bad options', () => {
    const layout = layoutOrg(salesOrg);
    it('throws a PrintError naming the option', () => {
      expect(() => paginate(layout, salesOrg, { paper: 'B5' as never })).toThrow(PrintError);
      expect(() => paginate(layout, salesOrg, { minTextPt: -1 })).toThrow(/bad-option: minTextPt/);
    });
    it('throws page-too-small when a card cannot be readable', () => {
      const org = generateOrg(300);
      expect(() => paginate(layoutOrg(org, { expandDepth: Infinity }), org, { minTextPt: 60 })).toThrow(/page-too-small/);
    });
  });

  describe('given an empty org', () => {
    it('prints no page', () => {
      const org: Org = { name: 'Empty', roles: [] };
      expect(paginate(layoutOrg(org), org).pages).toHaveLength(0);
    });
  });
});

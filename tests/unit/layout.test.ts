import { describe, expect, it } from 'vitest';
import { layoutOrg, type LayoutNode, type LayoutRect, type OrgLayout } from '../../src/model/layout';
import { outlineOrg, expandedIdsForDepth, allManagerIds } from '../../src/model/outline';
import { type Org, type Role } from '../../src';
import { generateOrg, salesOrg } from '../../src/examples';

describe('layoutOrg', () => {
  describe('given the sample sales org, fully expanded', () => {
    const layout = layoutOrg(salesOrg);

    it('draws every role once', () => {
      expect(layout.nodes.map((n) => n.id).sort()).toEqual(salesOrg.roles.map((r) => r.id).sort());
    });

    it('lets no two boxes overlap', () => {
      expect(overlaps(layout.nodes)).toEqual([]);
    });

    it('centres each manager over its first and last report in the row', () => {
      for (const manager of layout.nodes) {
        const row = reportsInRow(layout, manager.id);
        if (row.length === 0) continue;
        expect(centreX(manager), manager.id).toBe((centreX(row[0]!) + centreX(row[row.length - 1]!)) / 2);
      }
    });

    it('keeps each level on one line, below the one above', () => {
      const director = layout.node('sales-director')!;
      const managers = ['sales-admin-head', 'sales-manager-north', 'sales-manager-east', 'sales-manager-south', 'assistant-sales-director'].map((id) => layout.node(id)!);
      expect(new Set(managers.map((n) => n.y)).size).toBe(1);
      expect(managers[0]!.y).toBeGreaterThan(director.y + director.height);
    });

    it('draws one solid connector per visible report, from the manager to the report', () => {
      expect(layout.links).toHaveLength(salesOrg.roles.length - 1);
      const link = layout.links.find((l) => l.to === 'sales-manager-north')!;
      const manager = layout.node('sales-director')!;
      const report = layout.node('sales-manager-north')!;
      expect(link.kind).toBe('report');
      expect(link.points[0]).toEqual({ x: centreX(manager), y: manager.y + manager.height });
      expect(link.points.at(-1)).toEqual({ x: centreX(report), y: report.y });
    });

    it('routes solid connectors in straight horizontal and vertical segments', () => {
      for (const link of layout.links) {
        for (let k = 1; k < link.points.length; k++) {
          const [a, b] = [link.points[k - 1]!, link.points[k]!];
          expect(a.x === b.x || a.y === b.y, `${link.from} → ${link.to}`).toBe(true);
        }
      }
    });
  });

  describe('assistants', () => {
    const layout = layoutOrg(salesOrg);
    const director = layout.node('sales-director')!;
    const assistant = layout.node('director-assistant')!;

    it('sit between their manager and the row of reports', () => {
      const reports = reportsInRow(layout, 'sales-director');
      expect(assistant.placement).toBe('assistant');
      expect(assistant.y).toBeGreaterThan(director.y + director.height);
      for (const report of reports) expect(assistant.y + assistant.height).toBeLessThan(report.y);
    });

    it('sit beside the manager’s trunk, not on it', () => {
      const trunk = centreX(director);
      expect(assistant.x + assistant.width < trunk || assistant.x > trunk).toBe(true);
      expect(Math.abs(centreX(assistant) - trunk)).toBeLessThan(assistant.width + 48);
    });

    it('are joined by a short side branch off the trunk', () => {
      const link = layout.links.find((l) => l.to === 'director-assistant')!;
      expect(link.kind).toBe('assistant');
      const last = link.points.at(-1)!;
      expect(last.y).toBe(assistant.y + assistant.height / 2);
      expect([assistant.x, assistant.x + assistant.width]).toContain(last.x);
      expect(link.points[0]!.x).toBe(centreX(director));
    });

    it('alternate sides of the trunk, two to a row', () => {
      const roles: Role[] = [
        { id: 'boss', title: 'Boss' },
        ...[1, 2, 3].map((k) => ({ id: `a${k}`, title: `Assistant ${k}`, reportsTo: 'boss', assistant: true })),
        { id: 'r1', title: 'Report 1', reportsTo: 'boss' },
        { id: 'r2', title: 'Report 2', reportsTo: 'boss' },
      ];
      const l = layoutOrg({ name: 'A', roles });
      const trunk = centreX(l.node('boss')!);
      const [a1, a2, a3] = ['a1', 'a2', 'a3'].map((id) => l.node(id)!);
      expect(centreX(a1!)).toBeLessThan(trunk);
      expect(centreX(a2!)).toBeGreaterThan(trunk);
      expect(a1!.y).toBe(a2!.y);
      expect(a3!.y).toBeGreaterThan(a1!.y);
      expect(l.node('r1')!.y).toBeGreaterThan(a3!.y + a3!.height);
      expect(overlaps(l.nodes)).toEqual([]);
    });

    it('push the next level of the whole chart down, so neighbours never collide', () => {
      const org = generateOrg(400, 7);
      const l = layoutOrg(org);
      expect(l.nodes.some((n) => n.placement === 'assistant')).toBe(true);
      expect(overlaps(l.nodes)).toEqual([]);
    });

    it('that manage others are laid out as ordinary reports', () => {
      const roles: Role[] = [
        { id: 'boss', title: 'Boss' },
        { id: 'chief-of-staff', title: 'Chief of Staff', reportsTo: 'boss', assistant: true },
        { id: 'aide', title: 'Aide', reportsTo: 'chief-of-staff' },
        { id: 'r1', title: 'Report', reportsTo: 'boss' },
      ];
      const l = layoutOrg({ name: 'A', roles });
      expect(l.node('chief-of-staff')!.placement).toBe('tree');
      expect(l.node('chief-of-staff')!.y).toBe(l.node('r1')!.y);
    });
  });

  describe('compact mode', () => {
    const org = flatTeam(9);

    it('stacks the leaves of a wide team in the given number of columns', () => {
      const l = layoutOrg(org, { compact: { threshold: 4, columns: 2 } });
      const leaves = l.nodes.filter((n) => n.parentId === 'lead');
      expect(leaves.every((n) => n.placement === 'compact')).toBe(true);
      expect(new Set(leaves.map((n) => n.x)).size).toBe(2);
      expect(new Set(leaves.map((n) => n.y)).size).toBe(5);
      expect(overlaps(l.nodes)).toEqual([]);
    });

    it('respects three columns too, centring the grid under the manager', () => {
      const l = layoutOrg(org, { compact: { columns: 3 } });
      const leaves = l.nodes.filter((n) => n.parentId === 'lead');
      const xs = [...new Set(leaves.map((n) => n.x))].sort((a, b) => a - b);
      expect(xs).toHaveLength(3);
      expect(centreX(l.node('lead')!)).toBe((xs[0]! + xs[2]! + l.options.nodeSize.width) / 2);
    });

    it('is much narrower than the normal layout', () => {
      const normal = layoutOrg(org);
      const compact = layoutOrg(org, { compact: true });
      expect(compact.bounds.width).toBeLessThan(normal.bounds.width / 3);
    });

    it('leaves teams at or under the threshold in a row', () => {
      const l = layoutOrg(flatTeam(4), { compact: true });
      expect(new Set(l.nodes.filter((n) => n.parentId === 'lead').map((n) => n.y)).size).toBe(1);
    });

    it('leaves teams with a manager among them in a row', () => {
      const roles = [...flatTeam(6).roles, { id: 'deep', title: 'Deep', reportsTo: 'm1' }];
      const l = layoutOrg({ name: 'T', roles }, { compact: true });
      expect(l.node('m1')!.placement).toBe('tree');
    });

    it('connects every stacked leaf to its manager with orthogonal segments', () => {
      const l = layoutOrg(org, { compact: true });
      const lead = l.node('lead')!;
      for (const leaf of l.nodes.filter((n) => n.parentId === 'lead')) {
        const link = l.links.find((k) => k.to === leaf.id)!;
        expect(link.points[0]).toEqual({ x: centreX(lead), y: lead.y + lead.height });
        expect(link.points.at(-1)).toEqual({ x: centreX(leaf), y: leaf.y });
      }
    });

    it('keeps 300 roles free of overlaps, in both orientations', () => {
      const big = generateOrg(300, 3);
      expect(overlaps(layoutOrg(big, { compact: true }).nodes)).toEqual([]);
      expect(overlaps(layoutOrg(big, { compact: true, orientation: 'left-to-right' }).nodes)).toEqual([]);
    });
  });

  describe('dotted lines', () => {
    it('never change the shape of the tree', () => {
      const plain: Org = { ...salesOrg, roles: salesOrg.roles.map(({ dottedLineTo: _ignored, ...role }) => role) };
      expect(boxes(layoutOrg(salesOrg))).toEqual(boxes(layoutOrg(plain)));
    });

    it('run from the edge of one box to the edge of the other', () => {
      const l = layoutOrg(salesOrg);
      const [link] = l.dottedLinks;
      expect(link).toMatchObject({ kind: 'dotted', from: 'sales-assistant-east', to: 'sales-admin-head' });
      expect(link!.points).toHaveLength(4);
      expect(onEdge(link!.points[0]!, l.node('sales-assistant-east')!)).toBe(true);
      expect(onEdge(link!.points.at(-1)!, l.node('sales-admin-head')!)).toBe(true);
    });

    it('between two roles of one row, dip into the gap below it rather than cross the boxes between', () => {
      const roles: Role[] = [
        { id: 'boss', title: 'Boss' },
        { id: 'a', title: 'A', reportsTo: 'boss', dottedLineTo: ['c'] },
        { id: 'b', title: 'B', reportsTo: 'boss' },
        { id: 'c', title: 'C', reportsTo: 'boss' },
      ];
      const l = layoutOrg({ name: 'Row', roles });
      const row = l.node('a')!;
      const [start, c1, c2, end] = l.dottedLinks[0]!.points;
      expect([start!.y, end!.y]).toEqual([row.y + row.height, row.y + row.height]);
      expect(c1!.y).toBeGreaterThan(row.y + row.height);
      expect(c2!.y).toBe(c1!.y);
      // The bounds hold the dip, so fitting or exporting the chart does not clip it.
      expect(l.bounds.y + l.bounds.height).toBeGreaterThanOrEqual(c1!.y);
      const lowestBox = Math.max(...l.nodes.map((n) => n.y + n.height));
      expect(l.bounds.y + l.bounds.height).toBeGreaterThan(lowestBox);
    });

    it('run to the collapsed manager hiding an end, flagged, rather than disappear', () => {
      // sales-assistant-east (dotted to sales-admin-head) is hidden in the collapsed sales-manager-east.
      const l = layoutOrg(salesOrg, { expandedIds: new Set(['sales-director']) });
      expect(l.node('sales-assistant-east')).toBeUndefined();
      expect(l.dottedLinks).toEqual([
        expect.objectContaining({
          kind: 'dotted',
          from: 'sales-manager-east',
          to: 'sales-admin-head',
          hidden: 'from',
          lines: [{ from: 'sales-assistant-east', to: 'sales-admin-head' }],
        }),
      ]);
      expect(onEdge(l.dottedLinks[0]!.points[0]!, l.node('sales-manager-east')!)).toBe(true);
      // Only the director shows: both ends land in its box, and a box gets no line to itself.
      expect(layoutOrg(salesOrg, { expandDepth: 0 }).dottedLinks).toEqual([]);
    });

    describe('into collapsed branches', () => {
      // ceo ─┬─ sales ─┬─ rep    ⋯ analyst, rep2
      //      │         ├─ rep2   ⋯ analyst, finance
      //      │         └─ coach  ⋯ sales (its own manager)
      //      ├─ finance ─┬─ analyst
      //      │           └─ auditor ⋯ rep (back the other way)
      //      └─ hr               ⋯ analyst, auditor
      const org: Org = {
        name: 'Dotted',
        roles: [
          { id: 'ceo', title: 'CEO' },
          { id: 'sales', title: 'Sales', reportsTo: 'ceo' },
          { id: 'rep', title: 'Rep', reportsTo: 'sales', dottedLineTo: ['analyst', 'rep2'] },
          { id: 'rep2', title: 'Rep 2', reportsTo: 'sales', dottedLineTo: ['analyst', 'finance'] },
          { id: 'coach', title: 'Coach', reportsTo: 'sales', dottedLineTo: ['sales'] },
          { id: 'finance', title: 'Finance', reportsTo: 'ceo' },
          { id: 'analyst', title: 'Analyst', reportsTo: 'finance' },
          { id: 'auditor', title: 'Auditor', reportsTo: 'finance', dottedLineTo: ['rep'] },
          { id: 'hr', title: 'HR', reportsTo: 'ceo', dottedLineTo: ['analyst', 'auditor'] },
        ],
      };
      const pairs = (l: OrgLayout) => l.dottedLinks.map((k) => `${k.from}→${k.to}${k.hidden ? ` (${k.hidden})` : ''}`);

      it('draw a line whose target is hidden to the collapsed manager hiding it, flagged "to"', () => {
        const l = layoutOrg(org, { expandedIds: new Set(['ceo', 'sales']) });
        expect(l.node('analyst')).toBeUndefined();
        const link = l.dottedLinks.find((k) => k.from === 'rep' && k.to === 'finance')!;
        // auditor → rep lands on the same two boxes the other way round: one curve, both listed.
        expect(link).toMatchObject({ kind: 'dotted', hidden: 'to', lines: [{ from: 'rep', to: 'analyst' }, { from: 'auditor', to: 'rep' }] });
        expect(onEdge(link.points[0]!, l.node('rep')!)).toBe(true);
        expect(onEdge(link.points.at(-1)!, l.node('finance')!)).toBe(true);
        // Lines between visible roles are untouched: no flag, no list.
        const real = l.dottedLinks.find((k) => k.from === 'rep' && k.to === 'rep2')!;
        expect(real).not.toHaveProperty('hidden');
        expect(real).not.toHaveProperty('lines');
        expect(pairs(l)).toEqual(['rep→finance (to)', 'rep→rep2', 'rep2→finance (to)', 'coach→sales', 'hr→finance (to)']);
      });

      it('join the two collapsed managers when both ends are hidden, flagged "both"', () => {
        const l = layoutOrg(org, { expandDepth: 1 });
        const link = l.dottedLinks.find((k) => k.from === 'sales' && k.to === 'finance')!;
        expect(link).toMatchObject({ kind: 'dotted', hidden: 'both' });
        expect(onEdge(link.points[0]!, l.node('sales')!)).toBe(true);
        expect(onEdge(link.points.at(-1)!, l.node('finance')!)).toBe(true);
      });

      it('leave out a line whose ends land in one box', () => {
        // rep → rep2 (siblings in one collapsed branch) and coach → sales (the manager hiding it).
        const l = layoutOrg(org, { expandDepth: 1 });
        expect(l.dottedLinks.filter((k) => k.from === k.to)).toEqual([]);
        expect(l.dottedLinks.flatMap((k) => k.lines ?? [])).not.toContainEqual({ from: 'rep', to: 'rep2' });
        expect(l.dottedLinks.flatMap((k) => k.lines ?? [])).not.toContainEqual({ from: 'coach', to: 'sales' });
      });

      it('draw lines landing on the same pair of boxes once, listing every line', () => {
        const l = layoutOrg(org, { expandDepth: 1 });
        expect(pairs(l)).toEqual(['sales→finance (both)', 'hr→finance (to)']);
        expect(l.dottedLinks[0]!.lines).toEqual([
          { from: 'rep', to: 'analyst' },
          { from: 'rep2', to: 'analyst' },
          { from: 'rep2', to: 'finance' },
          { from: 'auditor', to: 'rep' }, // the other way round: the same curve
        ]);
        expect(l.dottedLinks[1]!.lines).toEqual([
          { from: 'hr', to: 'analyst' },
          { from: 'hr', to: 'auditor' },
        ]);
        // A visible line and a hidden one on the same pair share the curve too.
        const open = layoutOrg(org, { expandedIds: new Set(['ceo', 'sales']) });
        expect(open.dottedLinks.find((k) => k.from === 'rep2')).toMatchObject({
          to: 'finance',
          hidden: 'to',
          lines: [{ from: 'rep2', to: 'analyst' }, { from: 'rep2', to: 'finance' }],
        });
      });

      it('draw two visible roles with lines both ways once, unflagged, listing both', () => {
        const mutual: Org = {
          name: 'Mutual',
          roles: [
            { id: 'boss', title: 'Boss' },
            { id: 'a', title: 'A', reportsTo: 'boss', dottedLineTo: ['b'] },
            { id: 'b', title: 'B', reportsTo: 'boss', dottedLineTo: ['a'] },
          ],
        };
        const [link, ...rest] = layoutOrg(mutual).dottedLinks;
        expect(rest).toEqual([]);
        expect(link).toMatchObject({ from: 'a', to: 'b', lines: [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }] });
        expect(link).not.toHaveProperty('hidden');
      });

      it('run between the real roles again once expanded', () => {
        layoutOrg(org, { expandDepth: 1 });
        const l = layoutOrg(org, { expandedIds: new Set(allManagerIds(org)) });
        expect(pairs(l)).toEqual(['rep→analyst', 'rep→rep2', 'rep2→analyst', 'rep2→finance', 'coach→sales', 'auditor→rep', 'hr→analyst', 'hr→auditor']);
        for (const link of l.dottedLinks) {
          expect(link).not.toHaveProperty('hidden');
          expect(link).not.toHaveProperty('lines');
          expect(onEdge(link.points[0]!, l.node(link.from)!)).toBe(true);
          expect(onEdge(link.points.at(-1)!, l.node(link.to)!)).toBe(true);
        }
      });

      it('keep the rerouted curves inside the bounds', () => {
        for (const l of [layoutOrg(org, { expandDepth: 1 }), layoutOrg(org, { expandDepth: 1, orientation: 'left-to-right', direction: 'rtl' })]) {
          const { x, y, width, height } = l.bounds;
          for (const link of l.dottedLinks) {
            for (const p of link.points) {
              expect(p.x).toBeGreaterThanOrEqual(x);
              expect(p.x).toBeLessThanOrEqual(x + width);
              expect(p.y).toBeGreaterThanOrEqual(y);
              expect(p.y).toBeLessThanOrEqual(y + height);
            }
          }
        }
        // hr → finance sit on one row: the curve dips below it, and the bounds reach down to it.
        const l = layoutOrg(org, { expandDepth: 1 });
        const lowestBox = Math.max(...l.nodes.map((k) => k.y + k.height));
        const dip = l.dottedLinks.find((k) => k.from === 'hr')!.points[1]!.y;
        expect(dip).toBeGreaterThan(lowestBox);
        expect(l.bounds.y + l.bounds.height).toBeGreaterThanOrEqual(dip);
      });
    });
  });

  describe('forests', () => {
    const forest: Org = {
      name: 'Board and staff',
      roles: [
        { id: 'ceo', title: 'CEO' },
        { id: 'cfo', title: 'CFO', reportsTo: 'ceo' },
        { id: 'cto', title: 'CTO', reportsTo: 'ceo' },
        { id: 'auditor', title: 'Auditor' },
        { id: 'ombud', title: 'Ombudsperson' },
      ],
    };
    const l = layoutOrg(forest);

    it('puts the roots side by side on the top row, in input order', () => {
      const roots = l.nodes.filter((n) => n.parentId === null);
      expect(roots.map((n) => n.id)).toEqual(['ceo', 'auditor', 'ombud']);
      expect(new Set(roots.map((n) => n.y))).toEqual(new Set([0]));
      expect(roots[0]!.x).toBeLessThan(roots[1]!.x);
      expect(roots[1]!.x).toBeLessThan(roots[2]!.x);
    });

    it('never draws the virtual root above them', () => {
      expect(l.nodes).toHaveLength(5);
      expect(l.links.every((link) => link.from !== '' && forest.roles.some((r) => r.id === link.from))).toBe(true);
      expect(overlaps(l.nodes)).toEqual([]);
    });
  });

  describe('orientation and direction', () => {
    it('left-to-right puts each level to the right of the one before', () => {
      const l = layoutOrg(salesOrg, { orientation: 'left-to-right' });
      const director = l.node('sales-director')!;
      const north = l.node('sales-manager-north')!;
      const rep = l.node('rep-north-beijing')!;
      expect(north.x).toBeGreaterThan(director.x + director.width);
      expect(rep.x).toBeGreaterThan(north.x + north.width);
      expect(overlaps(l.nodes)).toEqual([]);
    });

    it('right-to-left mirrors every box and connector', () => {
      const ltr = layoutOrg(salesOrg);
      const rtl = layoutOrg(salesOrg, { direction: 'rtl' });
      for (const node of ltr.nodes) {
        const mirrored = rtl.node(node.id)!;
        expect(mirrored.x).toBe(-node.x - node.width);
        expect(mirrored.y).toBe(node.y);
      }
      expect(rtl.links[0]!.points).toEqual(ltr.links[0]!.points.map((p) => ({ x: -p.x, y: p.y })));
    });

    it('right-to-left draws the first report on the right', () => {
      const rtl = layoutOrg(salesOrg, { direction: 'rtl' });
      expect(rtl.node('sales-admin-head')!.x).toBeGreaterThan(rtl.node('sales-manager-south')!.x);
    });

    it('uses the node size given', () => {
      const l = layoutOrg(salesOrg, { nodeSize: { width: 180, height: 60 }, gap: { sibling: 10, level: 30, subtree: 20 } });
      expect(l.nodes[0]).toMatchObject({ width: 180, height: 60 });
      expect(overlaps(l.nodes)).toEqual([]);
    });
  });

  describe('expansion', () => {
    it('hides the reports of collapsed roles and counts what is hidden', () => {
      const l = layoutOrg(salesOrg, { expandedIds: new Set(['sales-director']) });
      const north = l.node('sales-manager-north')!;
      expect(l.node('rep-north-beijing')).toBeUndefined();
      expect(north).toMatchObject({ hasChildren: true, expanded: false, hiddenDescendantCount: 3 });
      expect(l.node('sales-director')).toMatchObject({ expanded: true, hiddenDescendantCount: 0 });
    });

    it('expands by depth when no ids are given', () => {
      const l = layoutOrg(salesOrg, { expandDepth: 0 });
      expect(l.nodes.map((n) => n.id)).toEqual(['sales-director']);
    });
  });

  describe('memoisation and determinism', () => {
    it('returns the same layout for the same org, expansion and options', () => {
      const ids = new Set(['sales-director']);
      expect(layoutOrg(salesOrg, { expandedIds: ids, compact: true })).toBe(layoutOrg(salesOrg, { expandedIds: ids, compact: true }));
    });

    it('lays out an equal org identically', () => {
      const copy: Org = structuredClone(salesOrg);
      const a = layoutOrg(copy, { compact: true });
      const b = layoutOrg(salesOrg, { compact: true });
      expect(a).not.toBe(b);
      expect(boxes(a)).toEqual(boxes(b));
      expect(a.links.map((l) => l.points)).toEqual(b.links.map((l) => l.points));
    });

    // Its speed is measured by `npm run bench`, not here: a timed unit test only flakes on a busy machine.
    it('lays out 100,000 roles without overlaps', () => {
      const org = generateOrg(100_000, 5);
      const l = layoutOrg(org);
      expect(l.nodes).toHaveLength(100_000);
      expect(overlaps(l.nodes)).toEqual([]);
    }, 60_000);
  });

  describe('queries for a renderer that draws a slice', () => {
    const l = layoutOrg(generateOrg(3000, 9), { compact: true });
    const intersects = (n: LayoutRect, r: LayoutRect) => n.x < r.x + r.width && n.x + n.width > r.x && n.y < r.y + r.height && n.y + n.height > r.y;
    const brute = (r: LayoutRect) => l.nodes.flatMap((n, i) => (intersects(n, r) ? [i] : []));

    it('query finds exactly the boxes meeting a rect, in outline order', () => {
      const b = l.bounds;
      const rects: LayoutRect[] = [
        { x: b.x, y: b.y, width: 1280, height: 800 },
        { x: b.x + b.width / 3, y: b.y + 100, width: 5000, height: 400 },
        { x: b.x + b.width - 300, y: b.y + b.height - 50, width: 2000, height: 2000 },
        { x: b.x - 10_000, y: b.y, width: 100, height: 100 },
        b,
      ];
      for (const r of rects) expect(l.query(r)).toEqual(brute(r));
    });

    it('query catches a box that only pokes into the rect', () => {
      const n = l.nodes[10]!;
      expect(l.query({ x: n.x + n.width - 1, y: n.y + n.height - 1, width: 1, height: 1 })).toContain(10);
    });

    it('linkTo builds the same connector as links, one node at a time', () => {
      const byTarget = new Map(l.links.map((link) => [link.to, link]));
      for (let i = 0; i < l.nodes.length; i += 37) expect(l.linkTo(i)).toEqual(byTarget.get(l.nodes[i]!.id) ?? null);
      expect(l.linkTo(0)).toBeNull();
    });
  });

  describe('bad data', () => {
    it('lays out the drawable part and never throws', () => {
      const broken = {
        name: 'Broken',
        roles: [
          { id: 'a', title: 'A', reportsTo: 'b' },
          { id: 'b', title: 'B', reportsTo: 'a' },
          { id: 'a', title: 'Duplicate A' },
          { id: 'c', title: 'C', reportsTo: 'nobody' },
        ],
      } as Org;
      const l = layoutOrg(broken);
      expect(l.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
      expect(overlaps(l.nodes)).toEqual([]);
    });

    it('gives an empty layout for an empty org or something that is not one', () => {
      expect(layoutOrg({ name: 'Empty', roles: [] }).bounds).toEqual({ x: 0, y: 0, width: 0, height: 0 });
      expect(layoutOrg(null as unknown as Org).nodes).toEqual([]);
      expect(layoutOrg({ name: 'Empty', roles: [] }).query({ x: 0, y: 0, width: 10, height: 10 })).toEqual([]);
    });
  });
});

describe('outlineOrg', () => {
  const outline = outlineOrg(salesOrg, { expandDepth: 1 });

  it('lists visible roles depth first, assistants before other reports', () => {
    expect(outline.items.slice(0, 3).map((i) => i.id)).toEqual(['sales-director', 'director-assistant', 'assistant-sales-director']);
  });

  it('gives each role its level, set size and position among siblings', () => {
    const item = outline.items[outline.indexOf('sales-manager-east')]!;
    expect(item).toMatchObject({ depth: 1, parentId: 'sales-director', setSize: 6, posInSet: 5 });
    expect(outline.items[0]).toMatchObject({ depth: 0, setSize: 1, posInSet: 1, expanded: true });
  });

  it('is memoised per expansion state', () => {
    expect(outlineOrg(salesOrg, { expandDepth: 1 })).toBe(outline);
    expect(outlineOrg(salesOrg, { expandDepth: 2 })).not.toBe(outline);
  });

  it('turns a depth into ids and lists every manager', () => {
    expect(expandedIdsForDepth(salesOrg, 1)).toEqual(['sales-director']);
    expect(allManagerIds(salesOrg)).toEqual(['sales-director', 'sales-admin-head', 'sales-manager-north', 'sales-manager-east', 'sales-manager-south']);
  });

  it('walks a 10,000-deep chain without overflowing', () => {
    const roles = Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, title: 'T', reportsTo: i ? `r${i - 1}` : null }));
    const chain = outlineOrg({ name: 'Chain', roles });
    expect(chain.items).toHaveLength(10_000);
    expect(chain.items.at(-1)!.depth).toBe(9_999);
  });
});

/* -------------------------------------------------------------------------------------------------
 * Fixtures and helpers
 * -----------------------------------------------------------------------------------------------*/

function flatTeam(size: number): Org {
  return {
    name: 'Team',
    roles: [
      { id: 'lead', title: 'Team Lead' },
      ...Array.from({ length: size }, (_, k) => ({ id: `m${k + 1}`, title: `Member ${k + 1}`, reportsTo: 'lead' })),
    ],
  };
}

const centreX = (n: LayoutRect) => n.x + n.width / 2;

/** Reports drawn in the row below a manager (not its side-branch assistants). */
function reportsInRow(layout: OrgLayout, managerId: string): LayoutNode[] {
  return layout.nodes.filter((n) => n.parentId === managerId && n.placement === 'tree').sort((a, b) => a.x - b.x);
}

function boxes(layout: OrgLayout) {
  return layout.nodes.map(({ id, x, y, width, height }) => ({ id, x, y, width, height }));
}

function onEdge(p: { x: number; y: number }, r: LayoutRect) {
  const within = p.x >= r.x - 1 && p.x <= r.x + r.width + 1 && p.y >= r.y - 1 && p.y <= r.y + r.height + 1;
  const edge = Math.abs(p.x - r.x) <= 1 || Math.abs(p.x - r.x - r.width) <= 1 || Math.abs(p.y - r.y) <= 1 || Math.abs(p.y - r.y - r.height) <= 1;
  return within && edge;
}

/** Pairs of boxes that overlap, found through a grid of node-sized cells (linear time). */
function overlaps(nodes: readonly LayoutNode[]): string[] {
  if (nodes.length === 0) return [];
  const cw = nodes[0]!.width;
  const ch = nodes[0]!.height;
  const cells = new Map<string, LayoutNode[]>();
  const found = new Set<string>();
  for (const node of nodes) {
    for (let cx = Math.floor(node.x / cw); cx <= Math.floor((node.x + node.width - 1) / cw); cx++) {
      for (let cy = Math.floor(node.y / ch); cy <= Math.floor((node.y + node.height - 1) / ch); cy++) {
        const key = `${cx},${cy}`;
        const list = cells.get(key) ?? [];
        for (const other of list) {
          const apart = other.x + other.width <= node.x || node.x + node.width <= other.x || other.y + other.height <= node.y || node.y + node.height <= other.y;
          if (!apart) found.add(`${other.id} × ${node.id}`);
        }
        list.push(node);
        cells.set(key, list);
      }
    }
  }
  return [...found];
}

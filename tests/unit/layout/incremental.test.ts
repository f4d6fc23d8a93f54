import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutOrg, resolveLayoutOptions, type LayoutOptions, type OrgLayout } from '../../../src/model/layout';
import { breadthFrom, createBreadthCache } from '../../../src/model/layout/incremental';
import { enableIncrementalRelayout, prime } from '../../../src/model/layout/relayout';
import { breadthOf, buildLayoutTree, geometryOf } from '../../../src/model/layout/tree';
import { allManagerIds, expansionKey, outlineOrg, roleSlots } from '../../../src/model/outline';
import type { OrgModel } from '../../../src/model/orgModel';
import { getOrgModel } from '../../../src/model/orgModel';
import type { Org, Role } from '../../../src';

/*
 * The incremental relayout (a collapse or expand re-walks only the path to the root) must
 * put everything exactly where a layout from scratch puts it: random orgs (forests,
 * assistants with and without reports, dotted lines), random layout options (both
 * orientations, mirrored, compact grids, odd box sizes) and random sequences of collapses,
 * expands, "expand all", "collapse all" and depth changes, each state laid out by the
 * chart's model (which reuses its last walk) and by a model built afresh.
 */

const arbitraryOrg = fc.integer({ min: 1, max: 48 }).chain((size) =>
  fc
    .record({
      // Role k reports to an earlier role, or is a root (a forest).
      managers: fc.array(fc.option(fc.nat(), { freq: 8 }), { minLength: size, maxLength: size }),
      assistants: fc.array(fc.boolean(), { minLength: size, maxLength: size }),
      // Narrow (deep chains) or wide (bushy) trees.
      spread: fc.integer({ min: 1, max: 8 }),
      dotted: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
    })
    .map(({ managers, assistants, spread, dotted }): Org => {
      const roles: Role[] = managers.map((m, k) => ({
        id: `r${k}`,
        title: `Role ${k}`,
        reportsTo: k === 0 || m === null ? null : `r${k - 1 - (m % Math.min(k, spread))}`,
        assistant: assistants[k] && k % 3 !== 0 ? true : undefined,
      }));
      for (const [from, to] of dotted) (roles[from % size]!.dottedLineTo ??= []).push(`r${to % size}`);
      return { name: 'Random', roles };
    }),
);

const arbitraryOptions: fc.Arbitrary<LayoutOptions> = fc.record({
  orientation: fc.constantFrom('top-to-bottom' as const, 'left-to-right' as const),
  direction: fc.constantFrom('ltr' as const, 'rtl' as const),
  // Odd sizes put box centres on half pixels.
  nodeSize: fc.record({ width: fc.integer({ min: 41, max: 241 }), height: fc.integer({ min: 21, max: 97 }) }),
  gap: fc.record({ sibling: fc.integer({ min: 0, max: 40 }), level: fc.integer({ min: 0, max: 80 }), subtree: fc.integer({ min: 0, max: 60 }) }),
  compact: fc.oneof(
    fc.constant(false),
    fc.constant(true),
    fc.record({ threshold: fc.integer({ min: 0, max: 4 }), columns: fc.integer({ min: 1, max: 3 }) }),
  ),
});

type Change = { kind: 'toggle'; pick: number } | { kind: 'toggleMany'; picks: number[] } | { kind: 'all' } | { kind: 'none' } | { kind: 'depth'; depth: number };

const arbitraryChange: fc.Arbitrary<Change> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('toggle' as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('toggleMany' as const), picks: fc.array(fc.nat(), { minLength: 2, maxLength: 6 }) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'all' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('depth' as const), depth: fc.integer({ min: 0, max: 4 }) }) },
);

/**
 * The expansion a change leads to: a set of expanded ids, or a depth. Toggles of up to
 * four visible roles are spliced into the last outline; more (six picks, "all", "none", a
 * depth) may be built from scratch: both paths are taken.
 */
function apply(model: OrgModel, change: Change, managers: readonly string[], expanded: Set<string> | number): Set<string> | number {
  const toggled = (ids: Set<string>, picks: number[]) => {
    const next = new Set(ids);
    const changed = picks.map((pick) => managers[pick % managers.length]!);
    for (const id of changed) {
      if (next.has(id)) next.delete(id);
      else next.add(id);
    }
    return next;
  };
  const asSet = typeof expanded === 'number' ? new Set(managers) : expanded;
  switch (change.kind) {
    case 'toggle':
      return managers.length ? toggled(asSet, [change.pick]) : expanded;
    case 'toggleMany':
      return managers.length ? toggled(asSet, change.picks) : expanded;
    case 'all':
      return new Set(managers);
    case 'none':
      return new Set();
    case 'depth':
      return change.depth;
  }
}

/** Where two layouts differ (an empty list: nowhere), checked without an assertion per field: thousands of runs. */
function differences(ours: OrgLayout, fresh: OrgLayout, org: Org): string[] {
  const out: string[] = [];
  const far = (a: number, b: number) => !(Math.abs(a - b) <= 1e-6);
  if (ours.nodes.length !== fresh.nodes.length) return [`${ours.nodes.length} nodes, not ${fresh.nodes.length}`];
  for (let i = 0; i < fresh.nodes.length; i++) {
    const [a, b] = [ours.nodes[i]!, fresh.nodes[i]!];
    if (a.id !== b.id || a.placement !== b.placement || far(a.x, b.x) || far(a.y, b.y) || far(a.width, b.width) || far(a.height, b.height))
      out.push(`node ${i}: ${a.id} ${a.placement} ${a.x},${a.y} ${a.width}x${a.height}, not ${b.id} ${b.placement} ${b.x},${b.y} ${b.width}x${b.height}`);
    if (String(ours.busEnds(i)) !== String(fresh.busEnds(i))) out.push(`bus ends of node ${i}`);
    // The outline is derived from the last one too.
    const fields = (n: typeof a) => [n.index, n.depth, n.parentId, n.posInSet, n.setSize, n.hasChildren, n.expanded, n.childCount, n.descendantCount, n.hiddenDescendantCount, n.isAssistant].join();
    if (fields(a) !== fields(b)) out.push(`outline item ${i}: ${fields(a)}, not ${fields(b)}`);
  }
  for (const role of org.roles) {
    if (ours.outline.indexOf(role.id) !== fresh.outline.indexOf(role.id)) out.push(`indexOf ${role.id}`);
  }
  const points = (l: OrgLayout['links'][number]) => `${l.kind} ${l.from}>${l.to} ${l.hidden ?? ''} ${l.points.map((p) => `${p.x},${p.y}`).join(' ')}`;
  const [linksA, linksB] = [ours.links.map(points), fresh.links.map(points)];
  if (linksA.length !== linksB.length) out.push('number of links');
  linksB.forEach((link, k) => link !== linksA[k] && out.push(`link ${k}: ${linksA[k]}, not ${link}`));
  if (JSON.stringify(ours.dottedLinks) !== JSON.stringify(fresh.dottedLinks)) out.push('dotted links');
  const [p, q] = [ours.bounds, fresh.bounds];
  if (far(p.x, q.x) || far(p.y, q.y) || far(p.width, q.width) || far(p.height, q.height)) out.push('bounds');
  return out;
}

// As a big chart does once its marks painter has loaded.
enableIncrementalRelayout();

describe('incremental relayout', () => {
  describe('given random orgs, options and sequences of collapses and expands', () => {
    it('lays out every state exactly as a layout from scratch does', () => {
      fc.assert(
        fc.property(arbitraryOrg, arbitraryOptions, fc.array(arbitraryChange, { minLength: 1, maxLength: 12 }), (org, options, changes) => {
          const model = getOrgModel(org);
          const managers = allManagerIds(model);
          let expanded: Set<string> | number = Infinity;
          for (const change of changes) {
            expanded = apply(model, change, managers, expanded);
            const state: LayoutOptions = { ...options, ...(typeof expanded === 'number' ? { expandDepth: expanded } : { expandedIds: expanded }) };
            // A model built afresh has no walk, outline or key to reuse.
            const freshModel = getOrgModel({ ...org });
            expect(expansionKey(model, state)).toBe(expansionKey(freshModel, state));
            expect(differences(layoutOrg(model, state), layoutOrg(freshModel, state), org)).toEqual([]);
            // As the chart does after each paint: the next change re-walks from this one.
            prime(model, layoutOrg(model, state));
          }
        }),
        { numRuns: 1000 },
      );
    });

    it('computes every breadth the from-scratch tidy tree computes, to 1e-6', () => {
      fc.assert(
        fc.property(arbitraryOrg, arbitraryOptions, fc.array(arbitraryChange, { minLength: 1, maxLength: 16 }), (org, options, changes) => {
          const model = getOrgModel(org);
          const managers = allManagerIds(model);
          const resolved = resolveLayoutOptions(options);
          const g = geometryOf(resolved);
          const slots = roleSlots(model.index);
          const cache = createBreadthCache(model.index.roleById.size);
          let expanded: Set<string> | number = Infinity;
          for (const change of changes) {
            expanded = apply(model, change, managers, expanded);
            const items = outlineOrg(model, typeof expanded === 'number' ? { expandDepth: expanded } : { expandedIds: expanded }).items;
            if (items.length === 0) continue;
            const tree = buildLayoutTree(items, resolved, g);
            const ours = breadthFrom(cache, tree, g, Int32Array.from(items, (item) => slots.get(item.id)!));
            const fresh = breadthOf(tree, g);
            const off = fresh.findIndex((x, v) => !(Math.abs(ours[v]! - x) <= 1e-6));
            expect(off, `tree node ${off}: ${ours[off]}, not ${fresh[off]}`).toBe(-1);
          }
        }),
        { numRuns: 1500 },
      );
    });
  });

  describe('given a 2,000-role org, collapsing and expanding branches one by one', () => {
    it('matches a layout from scratch after every change', () => {
      const org = bigOrg(2000);
      const model = getOrgModel(org);
      const managers = allManagerIds(model);
      let expanded = new Set(managers);
      for (let k = 0; k < 40; k++) {
        expanded = new Set(expanded);
        // Never the root: that would hide everything.
        const id = managers[1 + ((k * 7919) % (managers.length - 1))]!;
        if (expanded.has(id)) expanded.delete(id);
        else expanded.add(id);
        const state = { expandedIds: expanded, compact: k % 2 === 0 };
        expect(differences(layoutOrg(model, state), layoutOrg(getOrgModel({ ...org }), state), org)).toEqual([]);
        prime(model, layoutOrg(model, state));
      }
    });
  });
});

/** A deterministic org with assistants and leaf-heavy managers (so compact grids form). */
function bigOrg(size: number): Org {
  const roles: Role[] = [];
  for (let k = 0; k < size; k++) {
    const manager = k === 0 ? null : Math.floor((k - 1) / 5);
    roles.push({ id: `b${k}`, title: `Role ${k}`, reportsTo: manager === null ? null : `b${manager}`, assistant: k % 11 === 3 ? true : undefined });
  }
  return { name: 'Big', roles };
}

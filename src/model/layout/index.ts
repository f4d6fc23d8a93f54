/**
 * Org chart layout: where the box of every visible role goes and how its connectors run.
 * Pure, no React, no DOM; memoised per org model, expansion state and options, so
 * panning, hovering and focus never recompute it.
 *
 * The algorithm, in abstract axes — *breadth* (siblings side by side) and *depth*
 * (manager → report) — mapped to screen x/y only at the end, which is all the
 * left-to-right orientation and right-to-left mirroring need. Each step is a module:
 *
 * 1. Outline (`outlineOrg`): the visible roles in depth-first order.
 * 2. Layout tree (`tree.ts`): one item per visible role under a virtual root; side-branch
 *    assistants and compact grids ride on their manager's item, which grows to hold them.
 * 3. Breadth (`tree.ts`): the tidy tree over the items, separations in pixels.
 * 4. Depth (`place.ts`): one top per level, as deep as the level's deepest item.
 * 5. Placement (`place.ts`): boxes, assistants beside the trunk, grid cells; then screen
 *    coordinates. Solid connectors (`connectors.ts`) are built on first read; dotted lines
 *    (`dotted.ts`) now, since the bounds must hold their curves; a spatial grid (`grid.ts`)
 *    on the first viewport query.
 */
import type { Org, Role } from '../schema';
import { modelOf, type OrgModel } from '../orgModel';
import { expansionKey, outlineOrg, type OrgOutline } from '../outline';
import { createOrgCache, memoByObject } from '../memo';
import { relayoutHooks } from '../relayoutHooks';
import type { LayoutLink, LayoutOptions, LayoutRect, OrgLayout, ResolvedLayoutOptions } from './types';
import { optionsKey, resolveLayoutOptions } from './options';
import { breadthOf, buildLayoutTree, geometryOf } from './tree';
import { boxesOf, levelTops, place } from './place';
import { busEndsOf, linkInto } from './connectors';
import { dottedLinksOf } from './dotted';
import { buildGrid } from './grid';

export type * from './types';
export { DEFAULT_NODE_SIZE, resolveLayoutOptions } from './options';

// Few: a 100,000-role layout is tens of megabytes; the model going away frees them all.
const layouts = createOrgCache<OrgLayout>(4);

/**
 * Lays out the visible part of an org. Never throws: bad data is laid out from its
 * drawable part. Takes the org or, better, its model (`getOrgModel(org)`): a caller that
 * has built it passes it on. Memoised per model, expansion state (the `expandedIds` set's
 * content, or `expandDepth`) and options.
 */
export function layoutOrg(org: Org | OrgModel, options: LayoutOptions = {}): OrgLayout {
  const model = modelOf(org);
  const resolved = resolveLayoutOptions(options);
  const expansion = expansionKey(model, options);
  const key = `${expansion}|${optionsKey(resolved)}`;
  const cached = layouts.get(model, key);
  if (cached) return cached;
  // Once the incremental relayout has loaded (a big chart, after its first paint), a new
  // state is laid out from the last one's outline and walk; until then the last layout is
  // noted, for it to keep the walk of when it arrives.
  const layout = relayoutHooks.layout ? relayoutHooks.layout(model, options, resolved, expansion) : (relayoutHooks.last = [model, computeLayout(model, outlineOrg(model, options), resolved)])[1];
  layouts.set(model, key, layout);
  return layout;
}

/** The roles with a dotted line (usually a handful), once per model: not a scan per layout. */
const dottedSources = memoByObject((model: OrgModel): readonly Role[] =>
  model.index.org.roles.filter((role) => role.dottedLineTo && role.dottedLineTo.length > 0),
);

/** Internal (the incremental relayout lays out through it too, with its own breadth axis). */
export function computeLayout(model: OrgModel, outline: OrgOutline, options: ResolvedLayoutOptions, breadth = breadthOf): OrgLayout {
  // An empty org takes the same path (no boxes, bounds all zero): no second shape of layout to keep in step.
  const items = outline.items;
  const n = items.length;
  const g = geometryOf(options);
  const tree = buildLayoutTree(items, options, g);
  const placement = place(tree, g, breadth(tree, g), levelTops(tree, g));
  const { nodes, bounds: boxes } = boxesOf(items, placement, g);
  const dottedLinks = dottedLinksOf(dottedSources(model), outline, model.index, placement, g);
  // The control points hold each curve (a Bézier stays inside their hull): a fit or an
  // export must not clip the dip of a same-row dotted line.
  const bounds = dottedLinks.length ? grow(boxes, dottedLinks) : boxes;

  let links: LayoutLink[] | undefined;
  let ends: Int32Array | undefined;
  let grid: ((rect: LayoutRect) => number[]) | undefined;
  const linkTo = (i: number) => (i >= 0 && i < n ? linkInto(i, items, placement, g) : null);
  return {
    nodes,
    get links() {
      if (!links) {
        links = [];
        for (let i = 0; i < n; i++) {
          const link = linkTo(i);
          if (link) links.push(link);
        }
      }
      return links;
    },
    dottedLinks,
    bounds,
    outline,
    options,
    node: (id) => nodes[outline.indexOf(id)],
    linkTo,
    busEnds: (i) => {
      ends ??= busEndsOf(placement);
      const first = ends[2 * i] ?? -1;
      return first < 0 ? null : [first, ends[2 * i + 1]!];
    },
    query: (rect) => (grid ??= buildGrid(nodes, bounds))(rect),
  };
}

function grow(b: LayoutRect, links: readonly LayoutLink[]): LayoutRect {
  let minX = b.x;
  let minY = b.y;
  let maxX = b.x + b.width;
  let maxY = b.y + b.height;
  for (const link of links) {
    for (const p of link.points) {
      minX = Math.min(minX, p.x);
      maxX = Math.max(maxX, p.x);
      minY = Math.min(minY, p.y);
      maxY = Math.max(maxY, p.y);
    }
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/**
 * The incremental relayout, a chunk of its own: a chart big enough to be virtualised loads
 * it after its first paint (with the marks painter, `org-chart/marks.ts`, which every such
 * chart loads: the first paint ships not even its loader). From then on a collapse or an
 * expand costs the roles it shows or hides and the path from them to the root, not the
 * whole org:
 * - the memo key of a new expanded set is a bitset (`outlineSplice.ts`), not a sort;
 * - the outline is the last one with a subtree spliced in or out (`outlineSplice.ts`);
 * - the breadth axis re-walks only what the change moved (`incremental.ts`).
 * Everything else (levels, placement, connectors) is `layoutOrg`'s own code. A state
 * laid out before this loads, or before its walk is primed, is laid out from scratch.
 */
import type { OrgModel } from '../orgModel';
import { bitsetKey, freshOutline, noteOutline, outlineSlots, spliceOutline } from '../outlineSplice';
import { relayoutHooks } from '../relayoutHooks';
import { computeLayout } from './index';
import { breadthFrom, createBreadthCache, type BreadthCache } from './incremental';
import type { Geometry, LayoutTree } from './tree';
import type { LayoutOptions, OrgLayout, ResolvedLayoutOptions } from './types';

/** Equal for equal resolved options (not the first paint's `optionsKey`: every export it makes for this chunk costs it bytes). */
const shapeOf = (options: ResolvedLayoutOptions) => JSON.stringify(options);

/** The kept walk per model and options. Two option sets at most (a chart and its export). */
const breadthCaches = new WeakMap<OrgModel, Map<string, BreadthCache>>();

function breadthCacheOf(model: OrgModel, shape: string): BreadthCache {
  let byShape = breadthCaches.get(model);
  if (!byShape) breadthCaches.set(model, (byShape = new Map()));
  let cache = byShape.get(shape);
  if (!cache) {
    if (byShape.size >= 2) byShape.delete(byShape.keys().next().value as string);
    cache = createBreadthCache(model.index.roleById.size);
    byShape.set(shape, cache);
  }
  return cache;
}

/** What `layoutOrg` calls, once this has loaded, for a state not in its memo. */
function layoutFrom(model: OrgModel, options: LayoutOptions, resolved: ResolvedLayoutOptions, expansion: string): OrgLayout {
  const outline = spliceOutline(model, options, expansion) ?? freshOutline(model, options, expansion);
  noteOutline(model, outline);
  const cache = breadthCacheOf(model, shapeOf(resolved));
  // Without a kept walk yet (not primed, or its log was due to start over) the breadth is
  // laid out from scratch, without the log's cost; `primeWhenIdle` keeps one after the paint.
  if (cache.st && cache.log!.length > 3 * cache.live + 65536) cache.st = cache.log = null;
  if (cache.st) return computeLayout(model, outline, resolved, (t: LayoutTree, g: Geometry) => breadthFrom(cache, t, g, outlineSlots(model, outline).slots));
  const layout = computeLayout(model, outline, resolved);
  primeWhenIdle(model, layout);
  return layout;
}

/**
 * Turns the incremental relayout on. A call, not an import's side effect: a bundler may
 * drop a module whose import() result nobody uses (rolekit declares no side effects).
 */
export function enableIncrementalRelayout() {
  relayoutHooks.key = bitsetKey;
  relayoutHooks.layout = layoutFrom;
  // The layout on screen when this arrived: its walk is the one the first collapse starts from.
  if (relayoutHooks.last) primeWhenIdle(...relayoutHooks.last);
  relayoutHooks.last = undefined;
}

/**
 * Keeps the walk of a layout laid out from scratch, so that the next collapse re-walks a
 * path instead of the whole tree (a no-op once one is kept: later changes keep it up to
 * date). When the page is idle: at 100,000 roles the logged walk takes a few hundred
 * milliseconds, which must not land in the frames of the first paint or of a collapse.
 */
function primeWhenIdle(model: OrgModel, layout: OrgLayout) {
  const run = () => prime(model, layout);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 2000 });
  else setTimeout(run, 200);
}

/** Keeps the walk of a layout now (`primeWhenIdle` without the wait; tests call it). */
export function prime(model: OrgModel, layout: OrgLayout) {
  const { outline, options } = layout;
  // The next change is spliced from what is on screen.
  noteOutline(model, outline);
  const cache = breadthCacheOf(model, shapeOf(options));
  if (cache.st || outline.items.length === 0) return;
  // Laid out again for its tree, with the logged walk: idle time, and no more of the first
  // paint's functions for this chunk to import (each costs the first paint an export).
  computeLayout(model, outline, options, (t, g) => breadthFrom(cache, t, g, outlineSlots(model, outline).slots));
}

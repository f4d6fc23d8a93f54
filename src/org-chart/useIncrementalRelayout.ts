import { useEffect, useRef } from 'react';
import type { OrgModel } from '../model/orgModel';
import type { LayoutOptions, OrgLayout } from '../model/layout';
import { onDemand, useOnDemand } from '../internal/onDemand';

// A collapse or expand re-walks only the path to the root once this is in
// (model/layout/incremental.ts): not needed for the first paint, so not in its bundle.
const relayoutFeature = onDemand(() => import('../model/layout/incremental'));

/**
 * Loads the incremental relayout after the first paint when `wanted` (a chart big enough
 * that a relayout from scratch shows), then, when the page is idle after each new layout,
 * makes sure its tree's walk is kept (once, then a cache look-up), so that even the first
 * collapse re-walks only a path. A collapse before that is laid out from scratch.
 */
export function useIncrementalRelayout(model: OrgModel, layout: OrgLayout | null, options: LayoutOptions, wanted: boolean) {
  const relayout = useOnDemand(relayoutFeature, wanted);
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    if (!layout || !relayout) return;
    // When the page is idle: at 100,000 roles the walk takes a few hundred milliseconds,
    // which must not land in the frames of the first paint or of a collapse.
    const prime = () => relayout.primeLayout(model, latest.current);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(prime, { timeout: 2000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(prime, 200);
    return () => clearTimeout(id);
  }, [relayout, model, layout]);
}

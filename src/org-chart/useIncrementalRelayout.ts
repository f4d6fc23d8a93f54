import { useEffect, useRef } from 'react';
import type { OrgModel } from '../model/orgModel';
import type { LayoutOptions, OrgLayout } from '../model/layout';
import { onDemand, useOnDemand } from '../internal/onDemand';

// A collapse or expand re-walks only the path to the root once this is in
// (model/layout/incremental.ts): not needed for the first paint, so not in its bundle.
const relayoutFeature = onDemand(() => import('../model/layout/incremental'));

/**
 * Loads the incremental relayout after the first paint when `wanted` (a chart big enough
 * that a relayout from scratch shows), then, after each new layout is painted, makes sure
 * its tree's walk is kept (once, then a cache look-up), so that even the first collapse
 * re-walks only a path.
 */
export function useIncrementalRelayout(model: OrgModel, layout: OrgLayout | null, options: LayoutOptions, wanted: boolean) {
  const relayout = useOnDemand(relayoutFeature, wanted);
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    if (layout) relayout?.primeLayout(model, latest.current);
  }, [relayout, model, layout]);
}

import { useEffect, useRef } from 'react';
import type { OrgModel } from '../model/orgModel';
import type { LayoutOptions } from '../model/layout';
import { onDemand, useOnDemand } from '../internal/onDemand';

// A collapse or expand re-walks only the path to the root once this is in
// (model/layout/incremental.ts): not needed for the first paint, so not in its bundle.
const relayoutFeature = onDemand(() => import('../model/layout/incremental'));

/**
 * Loads the incremental relayout after the first paint when `wanted` (a chart big enough
 * that a relayout from scratch shows), then walks the tree on screen once, so that even
 * the first collapse re-walks only a path.
 */
export function useIncrementalRelayout(model: OrgModel, options: LayoutOptions, wanted: boolean) {
  const relayout = useOnDemand(relayoutFeature, wanted);
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => relayout?.primeLayout(model, latest.current), [relayout, model]);
}

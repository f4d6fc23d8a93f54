/**
 * Where the incremental relayout (`layout/relayout.ts`, a chunk loaded on demand) plugs
 * into the model once it has loaded. Until then, and on a page that never loads it (a
 * small chart, the server), every key, outline and layout is computed from scratch; after,
 * a collapse or expand is laid out from the last state's outline and walk. Either way the
 * results are the same (`tests/unit/layout/incremental.test.ts`). Internal.
 */
import type { OrgModel } from './orgModel';
import type { LayoutOptions, OrgLayout, ResolvedLayoutOptions } from './layout/types';

export const relayoutHooks: {
  /** The memo key of an expanded set seen for the first time (`expansionKey`). */
  key?: (model: OrgModel, ids: ReadonlySet<string>) => string;
  /** The layout of a state not in the memo; `expansion` is its expansion key. */
  layout?: (model: OrgModel, options: LayoutOptions, resolved: ResolvedLayoutOptions, expansion: string) => OrgLayout;
  /** Until then: the last layout made, the one on screen when it arrives. */
  last?: [OrgModel, OrgLayout] | undefined;
} = {};

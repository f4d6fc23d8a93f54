/** Layout options: defaults, clamping, and the memo key of a resolved set. */
import type { CompactOptions, LayoutGap, LayoutOptions, LayoutSize, ResolvedLayoutOptions } from './types';

export const DEFAULT_NODE_SIZE: LayoutSize = Object.freeze({ width: 240, height: 96 });
const DEFAULT_GAP: Required<LayoutGap> = Object.freeze({ sibling: 24, level: 56, subtree: 48 });
const DEFAULT_COMPACT: Required<CompactOptions> = Object.freeze({ threshold: 4, columns: 2 });

const finite = (value: unknown, fallback: number, min: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.max(min, value) : fallback;

/** Fills in defaults and clamps nonsense (negative gaps, zero columns) to something drawable. */
export function resolveLayoutOptions(options: LayoutOptions = {}): ResolvedLayoutOptions {
  const size = options.nodeSize;
  const gap = options.gap;
  const compact = options.compact;
  return {
    orientation: options.orientation === 'left-to-right' ? 'left-to-right' : 'top-to-bottom',
    direction: options.direction === 'rtl' ? 'rtl' : 'ltr',
    nodeSize: {
      width: Math.round(finite(size?.width, DEFAULT_NODE_SIZE.width, 1)),
      height: Math.round(finite(size?.height, DEFAULT_NODE_SIZE.height, 1)),
    },
    gap: {
      sibling: Math.round(finite(gap?.sibling, DEFAULT_GAP.sibling, 0)),
      level: Math.round(finite(gap?.level, DEFAULT_GAP.level, 0)),
      subtree: Math.round(finite(gap?.subtree, DEFAULT_GAP.subtree, 0)),
    },
    compact: compact
      ? {
          threshold: Math.floor(finite(compact === true ? undefined : compact.threshold, DEFAULT_COMPACT.threshold, 0)),
          columns: Math.floor(finite(compact === true ? undefined : compact.columns, DEFAULT_COMPACT.columns, 1)),
        }
      : null,
  };
}

/** Equal keys mean equal resolved options: the part of the layout memo key that is not the expansion. */
export function optionsKey(o: ResolvedLayoutOptions): string {
  const compact = o.compact ? `${o.compact.threshold}x${o.compact.columns}` : '-';
  return `${o.orientation} ${o.direction} ${o.nodeSize.width}x${o.nodeSize.height} ${o.gap.sibling}/${o.gap.level}/${o.gap.subtree} ${compact}`;
}

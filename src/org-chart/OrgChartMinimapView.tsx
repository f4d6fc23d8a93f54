/** The chart's own minimap, loaded on demand (only charts with `minimap` need it). */
import { useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect';
import { OrgChartMinimap, type OrgChartMinimapProps } from './OrgChartMinimap';
import type { Rect } from './viewport';

export interface OrgChartMinimapViewProps extends Omit<OrgChartMinimapProps, 'viewport'> {
  /** The chart calls this on every frame with the visible rectangle. */
  subscribe: RefObject<((rect: Rect) => void) | null>;
}

/** The minimap with its own state for the visible rect: a pan re-renders it, not the chart. */
export function OrgChartMinimapView({ subscribe, ...props }: OrgChartMinimapViewProps) {
  const [rect, setRect] = useState<Rect>({ x: 0, y: 0, width: 0, height: 0 });
  useIsomorphicLayoutEffect(() => {
    subscribe.current = setRect;
    return () => {
      subscribe.current = null;
    };
  }, [subscribe]);
  return <OrgChartMinimap {...props} viewport={rect} />;
}

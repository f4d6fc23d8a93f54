/** The chart's own minimap, loaded on demand (only charts with `minimap` need it). */
import { useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect';
import { OrgChartMinimap, type OrgChartMinimapProps } from './OrgChartMinimap';
import type { ChartViewport } from './useViewport';
import { centreOn, type Rect } from './viewport';

export interface OrgChartMinimapViewProps extends Omit<OrgChartMinimapProps, 'viewport' | 'onNavigate'> {
  /** The chart calls this on every frame with the visible rectangle. */
  subscribe: RefObject<((rect: Rect) => void) | null>;
  /** The chart's viewport: the minimap moves it. */
  vp: ChartViewport;
}

/**
 * The minimap with its own state for the visible rect: a pan re-renders it, not the chart.
 * Everything it does to the chart lives here, in its chunk, not in the chart's first paint.
 */
export function OrgChartMinimapView({ subscribe, vp, ...props }: OrgChartMinimapViewProps) {
  const [rect, setRect] = useState<Rect>({ x: 0, y: 0, width: 0, height: 0 });
  const refresh = vp.refresh;
  useIsomorphicLayoutEffect(() => {
    subscribe.current = setRect;
    // It arrives after the chart's first frame: have the visible area now.
    refresh();
    return () => {
      subscribe.current = null;
    };
  }, [subscribe, refresh]);
  return (
    <OrgChartMinimap
      {...props}
      viewport={rect}
      onNavigate={(c) => {
        const { width, height } = vp.size();
        vp.set(centreOn(c.x, c.y, width, height, vp.get().k), true);
      }}
    />
  );
}

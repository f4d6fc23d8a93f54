import { useEffect, useRef, type RefObject } from 'react';
import type { OrgLayout } from '../model/layout';
import { onDemand, useOnDemand } from '../internal/onDemand';
import type { ChartColours } from './colours';
import { usePrintMode } from './usePrintMode';
import { useViewport } from './useViewport';
import { visibleRect, type Rect } from './viewport';
import { LOD_SCALE, MARGIN, MAX_DOM_NODES, PAD, PRINT_ALL_UP_TO, VIRTUAL_FROM } from './constants';

// A chunk of its own, loaded by the first chart big enough to be virtualised.
const marksFeature = onDemand(() => import('./marks'));

export interface UseChartViewParams {
  /** null in the list view. */
  layout: OrgLayout | null;
  /** Visible roles. */
  count: number;
  /** Search hits, painted in the accent colour when the chart is drawn as marks. */
  matches: ReadonlySet<string> | null;
  limits: { min: number; max: number };
  wheelBehavior: 'pan' | 'zoom';
  viewportRef: RefObject<HTMLDivElement | null>;
  treeRef: RefObject<HTMLDivElement | null>;
  marksRef: RefObject<HTMLCanvasElement | null>;
}

/**
 * What the chart shows and how it moves: pan and zoom (`useViewport`), whether it is
 * virtualised and, zoomed out or huge, drawn as marks on a canvas (the painter loads on
 * demand), print mode, and the minimap's view of it. One frame callback feeds the marks
 * and the minimap, so a pan re-renders neither the chart nor the minimap's parent.
 */
export function useChartView({ layout, count, matches, limits, wheelBehavior, viewportRef, treeRef, marksRef }: UseChartViewParams) {
  const marksModule = useOnDemand(marksFeature, count > VIRTUAL_FROM && layout !== null);
  const colours = useRef<ChartColours | null>(null);
  const minimapView = useRef<((rect: Rect) => void) | null>(null);
  const print = usePrintMode({ count, layout, matches, marksRef, marks: marksFeature, colours, refresh: () => vp.refresh(), virtualFrom: VIRTUAL_FROM, printAllUpTo: PRINT_ALL_UP_TO, pad: PAD });
  const printAll = print.printing && count <= PRINT_ALL_UP_TO;
  const virtual = count > VIRTUAL_FROM && !printAll;
  const vp = useViewport({
    viewportRef,
    layerRef: treeRef,
    enabled: layout !== null,
    virtual,
    limits,
    wheelBehavior,
    count: (rect) => layout?.query(rect).length ?? 0,
    maxNodes: MAX_DOM_NODES,
    lodScale: LOD_SCALE,
    margin: MARGIN,
    onFrame: (t, width, height, marks) => {
      minimapView.current?.(visibleRect(t, width, height));
      const canvas = marksRef.current;
      if (!canvas || !layout || print.printingMarks.current || !marksModule) return;
      if (marks) colours.current ??= marksModule.readChartColours(canvas);
      marksModule.drawMarks(canvas, layout, t, width, height, marks ? colours.current : null, matches);
    },
  });
  const refreshView = vp.refresh;
  // The marks arrived after the first frame: paint the current view with them.
  useEffect(() => {
    if (marksModule) refreshView();
  }, [marksModule, refreshView]);
  const marks = virtual && vp.win !== null && vp.win.marks;
  return { vp, virtual, marks, printAll, minimapView };
}

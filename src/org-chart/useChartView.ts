import { useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import type { OrgLayout } from '../model/layout';
import { onDemand, useOnDemand } from '../internal/onDemand';
import type { ChartColours } from './colours';
import { usePrintMode } from './usePrintMode';
import { useViewport } from './useViewport';
import { centreOn, startScale, visibleRect, type InitialView, type Rect, type Transform } from './viewport';
import { ASSUMED_HUG_HEIGHT, ASSUMED_WIDTH, LOD_SCALE, MARGIN, MAX_DOM_NODES, PAD, PRINT_ALL_UP_TO, READABLE_SCALE, VIRTUAL_FROM } from './constants';

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
  /** The tab stop's box. */
  tabStop: Rect | undefined;
  initialView: InitialView | undefined;
  /** The viewport's width before it is measured (server, hydration). */
  initialWidth: number | undefined;
  /** The `height` prop, when in pixels. */
  height: number | undefined;
  onTransformChange: ((t: Transform) => void) | undefined;
}

const never = () => () => {};

/** The box the first view centres on: the top role, a named role (hidden: the tab stop), else the tab stop. */
const anchorOf = (layout: OrgLayout, view: InitialView | undefined, tabStop: Rect | undefined): Rect | undefined =>
  (view === 'top' ? layout.nodes[0] : typeof view === 'object' && layout.node(view.roleId)) || tabStop || layout.nodes[0];

/**
 * What the chart shows and how it moves: pan and zoom (`useViewport`), whether it is
 * virtualised and, zoomed out or huge, drawn as marks on a canvas (the painter loads on
 * demand), print mode, and the minimap's view of it. One frame callback feeds the marks
 * and the minimap, so a pan re-renders neither the chart nor the minimap's parent.
 */
export function useChartView({ layout, count, matches, limits, wheelBehavior, viewportRef, treeRef, marksRef, tabStop, initialView, initialWidth, height, onTransformChange }: UseChartViewParams) {
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
    onSettle: onTransformChange,
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

  // The first view. Before measuring (the server, the hydrating render) its scale is chosen
  // for `initialWidth` (else 1280 px) and its position is CSS over the viewport's real size
  // (`startAxis` in OrgChartBody). Once measured, the client takes that CSS as the browser
  // resolved it, so a hydrated chart does not move by a pixel; rendered on the client alone,
  // it first re-renders (before paint) at the scale for its measured width.
  const hydrating = useSyncExternalStore(never, () => false, () => true);
  const [measuredK, setMeasuredK] = useState<number | null>(null);
  const w = initialWidth ?? ASSUMED_WIDTH;
  const h = height ?? ASSUMED_HUG_HEIGHT;
  const scaleFor = (width: number, tall: number) => (layout ? startScale(initialView, layout.bounds, width, tall, PAD, READABLE_SCALE, limits) : 1);
  const k = measuredK ?? scaleFor(w, h);
  const anchor = layout ? anchorOf(layout, initialView, tabStop) : undefined;
  const start = {
    k,
    anchor,
    /** The window the server renders: the assumed viewport at that scale, the anchor's top at the top. */
    rect: anchor ? visibleRect(centreOn(anchor.x + anchor.width / 2, anchor.y + (h / 2 - PAD) / k, w, h, k), w, h) : null,
    /** The first view in pixels once measured; null: re-render at the scale for this size first. */
    at(width: number, tall: number): Transform | null {
      const next = hydrating || measuredK !== null ? k : scaleFor(width, tall);
      const layer = treeRef.current;
      if (next !== k) setMeasuredK(next);
      else if (layer) {
        // vp has written its own transform over the CSS once it moved (a re-centring for a new direction).
        layer.style.transform = 'var(--rk-org-chart-start)';
        const m = new DOMMatrix(getComputedStyle(layer).transform);
        return { x: m.e, y: m.f, k: m.a };
      }
      return null;
    },
  };
  return { vp, virtual, marks, printAll, minimapView, start };
}

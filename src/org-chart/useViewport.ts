import { useCallback, useEffect, useRef, useState, type PointerEvent, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect';
import { contains, interpolate, visibleRect, wheelPixels, zoomAround, type Rect, type ScaleLimits, type Transform } from './viewport';

/** The slice of the chart React renders: the viewport grown by a margin, as nodes or as marks. */
export interface RenderWindow {
  readonly rect: Rect;
  /** Draw lightweight marks on the canvas instead of DOM nodes (zoomed far out, or too many boxes). */
  readonly marks: boolean;
  /** The scale it was computed at. */
  readonly k: number;
}

export interface UseViewportParams {
  viewportRef: RefObject<HTMLElement | null>;
  layerRef: RefObject<HTMLElement | null>;
  /** Off: the list view, where the viewport scrolls natively. */
  enabled: boolean;
  /** Only a window of the chart is rendered; otherwise every node is, and no window is kept. */
  virtual: boolean;
  limits: ScaleLimits;
  wheelBehavior: 'pan' | 'zoom';
  /** How many boxes a rect holds: more than `maxNodes` switches to marks. */
  count: (rect: Rect) => number;
  maxNodes: number;
  /** Below this scale, marks. */
  lodScale: number;
  /** Viewport pixels rendered beyond each edge. */
  margin: number;
  /** Called on every applied transform (draws the canvas marks). */
  onFrame: (t: Transform, width: number, height: number, marks: boolean) => void;
  /** Called when the view comes to rest somewhere new (not for the first view). */
  onSettle?: ((t: Transform) => void) | undefined;
}

const DRAG_THRESHOLD = 3;
const ANIMATION_MS = 220;

/**
 * Where the transform's origin is on screen: the viewport's padding box (inside its border),
 * not its border box — zooming around a point measured from the border box drifts by the
 * border's width for every doubling of scale.
 */
const originOf = (el: HTMLElement) => {
  const box = el.getBoundingClientRect();
  return { left: box.left + el.clientLeft, top: box.top + el.clientTop, width: box.width, height: box.height };
};

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Pan and zoom that touch only a transform: it lives in a ref, a frame callback
 * writes it to the layer's `style.transform`, and React hears about it only when the
 * viewport leaves the rendered window (or the level of detail changes), so a pan
 * re-renders the few nodes that come into view, not every node on every frame.
 *
 * Gestures: drag (pointer capture only once it is a drag, so clicks still reach the
 * node), two-finger pinch, wheel (pans; zooms with Ctrl/⌘ — a trackpad pinch — or
 * with `wheelBehavior: 'zoom'`), and scrolling the overflow-hidden viewport (as focus
 * or find-in-page do) is turned into a pan.
 */
export function useViewport(params: UseViewportParams) {
  const latest = useRef(params);
  latest.current = params;
  const t = useRef<Transform>({ x: 0, y: 0, k: 1 });
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const dragging = useRef(false);
  const suppressClick = useRef(false);
  const size = useRef({ width: 0, height: 0 });
  const [win, setWin] = useState<RenderWindow | null>(null);
  const winRef = useRef<RenderWindow | null>(null);
  /** The transform last at rest: a pan reports once, where it stops. */
  const settled = useRef<Transform | null>(null);
  const frame = useRef(0);
  const animation = useRef(0);
  // While a gesture or an animated move runs, React is left alone: the canvas draws marks
  // under the nodes already rendered, and the window catches up once the motion pauses.
  const movingUntil = useRef(0);
  const settleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const moving = () => dragging.current || performance.now() < movingUntil.current;
  const markMoving = (ms = 120) => {
    movingUntil.current = performance.now() + ms;
    clearTimeout(settleTimer.current);
    settleTimer.current = setTimeout(flush, ms + 10);
  };

  const check = (force: boolean) => {
    const { virtual, count, maxNodes, lodScale, margin } = latest.current;
    const { width, height } = size.current;
    if (!virtual || !width || !height || (!force && moving())) return;
    const { k } = t.current;
    const current = winRef.current;
    const low = k < lodScale;
    if (!force && current && contains(current.rect, visibleRect(t.current, width, height)) && current.k < lodScale === low && k < current.k * 1.5) return;
    const rect = visibleRect(t.current, width, height, margin);
    const next = { rect, marks: low || count(rect) > maxNodes, k };
    winRef.current = next;
    setWin(next);
  };

  const flush = () => {
    cancelAnimationFrame(frame.current);
    frame.current = 0;
    const { x, y, k } = t.current;
    const layer = latest.current.layerRef.current;
    if (layer) {
      layer.style.transform = `translate(${x}px, ${y}px) scale(${k})`;
      // Zoomed out, a 1 px connector scaled by k falls below a device pixel and the
      // rasteriser drops it: the stylesheet widens strokes by this factor. An unchanged
      // value (a pan, any zoom above one device pixel) restyles nothing.
      layer.style.setProperty('--rk-org-chart-stroke-scale', String(Math.max(1, 1 / (k * (devicePixelRatio || 1)))));
    }
    check(false);
    const marks = (winRef.current?.marks ?? false) || (latest.current.virtual && moving());
    latest.current.onFrame(t.current, size.current.width, size.current.height, marks);
    if (moving() || settled.current === t.current) return;
    if (settled.current) latest.current.onSettle?.(t.current);
    settled.current = t.current;
  };

  /** Moves the chart: `now` applies it before returning (keyboard, tests), otherwise on the next frame. */
  const set = useCallback((next: Transform, now = false) => {
    t.current = next;
    if (now) flush();
    else frame.current ||= requestAnimationFrame(flush);
    // flush (and check, markMoving, stop below) is a new function each render but reads and
    // writes only refs and setWin: the first render's is as good as the latest, and keeping
    // set, animateTo and refresh stable keeps the chart's effects from re-running.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- flush touches only refs (see above)
  }, []);

  /** Where a running animation is heading: the next zoom step starts from there. */
  const goal = useRef<Transform | null>(null);
  /** Resolves the promise of the running animation. */
  const settle = useRef<(() => void) | null>(null);
  const stop = () => {
    cancelAnimationFrame(animation.current);
    goal.current = null;
    // Interrupted (a drag, a newer move): the view is the user's again, so it has settled.
    settle.current?.();
    settle.current = null;
  };

  /** Eases to a transform, or jumps when the user prefers reduced motion. Resolves once the view is there (or the move was cut short). */
  const animateTo = useCallback(
    (target: Transform): Promise<void> => {
      stop();
      if (reducedMotion() || typeof requestAnimationFrame !== 'function') {
        set(target, true);
        return Promise.resolve();
      }
      const from = t.current;
      const start = performance.now();
      goal.current = target;
      return new Promise<void>((resolve) => {
        settle.current = resolve;
        const step = (now: number) => {
          const p = Math.min(1, (now - start) / ANIMATION_MS);
          if (p < 1) markMoving(60);
          else movingUntil.current = 0;
          set(interpolate(from, target, p < 0.5 ? 2 * p * p : 1 - (2 - 2 * p) ** 2 / 2), true);
          if (p < 1) animation.current = requestAnimationFrame(step);
          else {
            goal.current = null;
            settle.current = null;
            resolve();
          }
        };
        animation.current = requestAnimationFrame(step);
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- markMoving and stop touch only refs (see set)
    [set],
  );

  const measure = useCallback(() => {
    const el = latest.current.viewportRef.current;
    if (el) size.current = { width: el.clientWidth, height: el.clientHeight };
    return size.current;
  }, []);

  /** Recomputes the window (after a layout change). */
  const refresh = useCallback(() => {
    winRef.current = null;
    flush();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- flush touches only refs (see set)
  }, []);

  useIsomorphicLayoutEffect(() => {
    if (!params.enabled) {
      winRef.current = null;
      setWin(null);
      return;
    }
    measure();
    const el = params.viewportRef.current;
    if (!el) return;
    const onWheel = (event: WheelEvent) => {
      const { limits, wheelBehavior } = latest.current;
      event.preventDefault();
      stop();
      markMoving();
      const box = originOf(el);
      const dx = wheelPixels(event.deltaX, event.deltaMode, box.width);
      const dy = wheelPixels(event.deltaY, event.deltaMode, box.height);
      if (event.ctrlKey || event.metaKey || wheelBehavior === 'zoom') {
        // As d3-zoom: a pinch arrives as ctrl+wheel with small deltas, so it is amplified.
        set(zoomAround(t.current, event.clientX - box.left, event.clientY - box.top, 2 ** (-dy * 0.002 * (event.ctrlKey ? 5 : 1)), limits));
      } else {
        const [px, py] = event.shiftKey && dx === 0 ? [dy, 0] : [dx, dy];
        set({ ...t.current, x: t.current.x - px, y: t.current.y - py });
      }
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => (measure(), flush())) : null;
    observer?.observe(el);
    return () => {
      el.removeEventListener('wheel', onWheel);
      observer?.disconnect();
      stop();
      cancelAnimationFrame(frame.current);
      clearTimeout(settleTimer.current);
      frame.current = 0;
    };
    // Listeners are (re)attached when the chart view turns on or off, not per render.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the helpers touch only refs (see set); viewportRef is a ref object
  }, [params.enabled]);

  /* -- Pointers: drag to pan, two to pinch ---------------------------------------------------- */

  const onPointerDown = (event: PointerEvent<HTMLElement>) => {
    if (!latest.current.enabled || (event.pointerType === 'mouse' && event.button !== 0)) return;
    stop();
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.current.size === 1) dragging.current = false;
    suppressClick.current = false;
  };

  const onPointerMove = (event: PointerEvent<HTMLElement>) => {
    const map = pointers.current;
    const previous = map.get(event.pointerId);
    if (!previous) return;
    const el = event.currentTarget;
    const point = { x: event.clientX, y: event.clientY };
    if (!dragging.current) {
      if (Math.hypot(point.x - previous.x, point.y - previous.y) < DRAG_THRESHOLD && map.size < 2) return;
      dragging.current = true;
      for (const id of map.keys()) {
        try {
          el.setPointerCapture(id);
        } catch {
          // A pointer the browser no longer tracks (or a synthetic one): drag without capture.
        }
      }
    }
    const other = [...map].find(([id]) => id !== event.pointerId)?.[1];
    map.set(event.pointerId, point);
    let next = t.current;
    if (other) {
      // Pinch: scale by the change in finger distance around the midpoint, then follow the midpoint.
      const box = originOf(el);
      const before = { x: (previous.x + other.x) / 2 - box.left, y: (previous.y + other.y) / 2 - box.top };
      const after = { x: (point.x + other.x) / 2 - box.left, y: (point.y + other.y) / 2 - box.top };
      const ratio = Math.hypot(point.x - other.x, point.y - other.y) / (Math.hypot(previous.x - other.x, previous.y - other.y) || 1);
      next = zoomAround(next, before.x, before.y, ratio, latest.current.limits);
      next = { ...next, x: next.x + after.x - before.x, y: next.y + after.y - before.y };
    } else {
      next = { ...next, x: next.x + point.x - previous.x, y: next.y + point.y - previous.y };
    }
    set(next);
  };

  const onPointerUp = (event: PointerEvent<HTMLElement>) => {
    if (!pointers.current.delete(event.pointerId)) return;
    if (dragging.current) suppressClick.current = true;
    if (pointers.current.size === 0 && dragging.current) {
      dragging.current = false;
      markMoving(0);
    }
  };

  /** A drag ends with a click on whatever is under the pointer: it must not select that. */
  const onClickCapture = (event: { stopPropagation(): void; preventDefault(): void }) => {
    if (!suppressClick.current) return;
    suppressClick.current = false;
    event.stopPropagation();
    event.preventDefault();
  };

  /** Focus and find-in-page scroll even an overflow-hidden box: turn that into a pan. */
  const onScroll = (event: { currentTarget: HTMLElement }) => {
    const el = event.currentTarget;
    if (!latest.current.enabled || (el.scrollLeft === 0 && el.scrollTop === 0)) return;
    const next = { ...t.current, x: t.current.x - el.scrollLeft, y: t.current.y - el.scrollTop };
    el.scrollLeft = 0;
    el.scrollTop = 0;
    set(next, true);
  };

  useEffect(() => () => cancelAnimationFrame(animation.current), []);

  return {
    win,
    get: () => t.current,
    /** The transform an animation is heading to, else the current one. */
    goal: () => goal.current ?? t.current,
    size: () => size.current,
    set,
    animateTo,
    measure,
    refresh,
    handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp, onClickCapture, onScroll },
  };
}

export type ChartViewport = ReturnType<typeof useViewport>;

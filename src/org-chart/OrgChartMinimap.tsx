import { forwardRef, useEffect, useRef, type ComponentPropsWithoutRef, type PointerEvent } from 'react';
import type { LayoutRect, OrgLayout } from '../model/layout';
import { cx } from '../internal/cx';

export interface OrgChartMinimapProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'onChange'> {
  /** The full layout (every visible node, not only those rendered). */
  layout: OrgLayout;
  /** The visible rectangle, in layout coordinates. */
  viewport: LayoutRect;
  /** Called with the layout point under the pointer, to centre the chart on (pointer down and drag). */
  onNavigate: (center: { x: number; y: number }) => void;
  /** The widest the minimap grows, CSS pixels: it takes the chart's shape within this box.  @default 200 */
  width?: number | undefined;
  /** The tallest the minimap grows, CSS pixels.  @default 140 */
  height?: number | undefined;
  /** Accessible name (the minimap is hidden from assistive technology; kept for hosts that expose it).  @default 'Overview' */
  label?: string | undefined;
  /** Roles drawn in the accent colour (search hits, the selection). */
  highlightIds?: ReadonlySet<string> | undefined;
}

const MINIMAP_NAME = 'OrgChartMinimap';
/** Above this, connectors would be a grey smudge and cost more than the boxes. */
const MAX_LINKED_NODES = 5_000;
const INSET = 4;
/**
 * The flattest the drawing gets, CSS pixels. A chart 2,000 times wider than tall (10,000
 * roles in a few levels) would be a tenth of a pixel tall at one scale: below this, its
 * short side is stretched to this, so each level shows as a band and the marker can be grabbed.
 */
const MIN_DRAWING = 32;
/** The visible-area marker's smallest side: big enough to see and to grab. */
export const MIN_MARKER = 12;

/**
 * Layout → minimap: one scale (the chart's aspect) within the largest box, the box shrunk
 * around the drawing, the drawing centred in it `INSET` px clear of the edges. Only a chart
 * flatter than `MIN_DRAWING` on its short side is stretched along that side.
 */
export function fitMinimap(bounds: LayoutRect, maxWidth: number, maxHeight: number) {
  const iw = Math.max(1, maxWidth - 2 * INSET);
  const ih = Math.max(1, maxHeight - 2 * INSET);
  const bw = bounds.width || 1;
  const bh = bounds.height || 1;
  const k = Math.min(iw / bw, ih / bh);
  const kx = Math.max(k, Math.min(iw, MIN_DRAWING) / bw);
  const ky = Math.max(k, Math.min(ih, MIN_DRAWING) / bh);
  const width = Math.round(Math.max(bw * kx, Math.min(iw, MIN_DRAWING)) + 2 * INSET);
  const height = Math.round(Math.max(bh * ky, Math.min(ih, MIN_DRAWING)) + 2 * INSET);
  return { width, height, kx, ky, dx: (width - bw * kx) / 2 - bounds.x * kx, dy: (height - bh * ky) / 2 - bounds.y * ky };
}

/** The marker's box: the visible area, grown about its centre to `MIN_MARKER` a side. */
export function markerBox(viewport: LayoutRect, map: { kx: number; ky: number; dx: number; dy: number }) {
  const w = viewport.width * map.kx;
  const h = viewport.height * map.ky;
  const width = Math.max(MIN_MARKER, w);
  const height = Math.max(MIN_MARKER, h);
  return { left: map.dx + viewport.x * map.kx - (width - w) / 2, top: map.dy + viewport.y * map.ky - (height - h) / 2, width, height };
}

/**
 * An overview of the whole chart on one `<canvas>`, in the chart's shape, with the visible
 * area as a marker (at least `MIN_MARKER` px a side). Dragging the marker moves the view
 * with it; pressing anywhere else centres the view there, and dragging on from there goes on
 * moving it.
 *
 * It is `aria-hidden` and out of the tab order on purpose: it only duplicates
 * navigation the tree already offers by keyboard (arrow keys, Home/End, type-ahead
 * move focus and scroll the node into view), and a canvas of thousands of boxes has
 * nothing a screen reader could say that the tree does not say better.
 *
 * Data attributes: `data-slot="org-chart-minimap"`, `data-dragging` (presence) while dragging.
 * Colours come from the CSS (`--rk-org-chart-minimap-*`), read when drawing.
 */
export const OrgChartMinimap = forwardRef<HTMLDivElement, OrgChartMinimapProps>(function OrgChartMinimap(
  { layout, viewport, onNavigate, width: maxWidth = 200, height: maxHeight = 140, label = 'Overview', highlightIds, className, style, onPointerDown, onPointerMove, onPointerUp, onPointerCancel, ...rest },
  ref,
) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const markerRef = useRef<HTMLDivElement>(null);
  /** While dragging: from the pointer to the view's centre, layout pixels (zero unless the marker was grabbed). */
  const grab = useRef<{ x: number; y: number } | null>(null);
  const map = fitMinimap(layout.bounds, maxWidth, maxHeight);
  const { width, height, kx, ky, dx, dy } = map;

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d', { willReadFrequently: true });
    if (!canvas || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    const w = (canvas.width = Math.round(width * dpr));
    const h = (canvas.height = Math.round(height * dpr));
    const css = getComputedStyle(canvas);
    /** A token as one RGBA pixel: the canvas parses any CSS colour syntax for us. */
    const pixel = (name: string, fallback: string) => {
      ctx.fillStyle = fallback;
      ctx.fillStyle = css.getPropertyValue(`--rk-org-chart-minimap-${name}`).trim() || fallback;
      ctx.fillRect(0, 0, 1, 1);
      const value = new Uint32Array(ctx.getImageData(0, 0, 1, 1).data.buffer)[0]!;
      ctx.clearRect(0, 0, 1, 1);
      return value;
    };
    const colors = [pixel('node', '#94a3b8'), pixel('vacant', '#92400e'), pixel('highlight', '#1d4ed8')];
    const sx = dpr * kx;
    const sy = dpr * ky;
    const ox = dpr * dx;
    const oy = dpr * dy;
    const nodes = layout.nodes;
    if (nodes.length <= MAX_LINKED_NODES) {
      ctx.beginPath();
      for (const { points } of layout.links) points.forEach((p, i) => (i ? ctx.lineTo(p.x * sx + ox, p.y * sy + oy) : ctx.moveTo(p.x * sx + ox, p.y * sy + oy)));
      ctx.lineWidth = 1; // one device pixel whatever the scale
      ctx.strokeStyle = css.getPropertyValue('--rk-org-chart-minimap-line').trim() || '#d5dbe3';
      ctx.stroke();
    }
    // Boxes are written straight into the pixels: O(nodes + pixels), a few ms for 100,000
    // roles, where a path of 100,000 rects takes hundreds in a software rasteriser. At
    // least one device pixel a side, or a huge chart's sub-pixel boxes would vanish.
    const image = ctx.getImageData(0, 0, w, h);
    const px = new Uint32Array(image.data.buffer);
    for (const n of nodes) {
      const color = colors[highlightIds?.has(n.id) ? 2 : n.role.holderIds?.length ? 0 : 1]!;
      const x0 = Math.max(0, Math.floor(n.x * sx + ox));
      const y0 = Math.max(0, Math.floor(n.y * sy + oy));
      const x1 = Math.min(w, Math.max(x0 + 1, Math.round((n.x + n.width) * sx + ox)));
      const y1 = Math.min(h, Math.max(y0 + 1, Math.round((n.y + n.height) * sy + oy)));
      for (let y = y0; y < y1; y++) px.fill(color, y * w + x0, y * w + x1);
    }
    ctx.putImageData(image, 0, 0);
    return () => ctx.clearRect(0, 0, w, h);
  }, [layout, width, height, kx, ky, dx, dy, highlightIds]);

  /** The layout point under the pointer (drawing coordinates start inside the border). */
  const pointAt = (event: PointerEvent<HTMLDivElement>) => {
    const el = event.currentTarget;
    const rect = el.getBoundingClientRect();
    return { x: (event.clientX - rect.left - el.clientLeft - dx) / kx, y: (event.clientY - rect.top - el.clientTop - dy) / ky };
  };
  const navigate = (event: PointerEvent<HTMLDivElement>) => {
    const p = pointAt(event);
    const offset = grab.current ?? { x: 0, y: 0 };
    onNavigate({ x: p.x + offset.x, y: p.y + offset.y });
  };
  const release = (el: HTMLElement) => {
    grab.current = null;
    el.removeAttribute('data-dragging');
  };

  return (
    <div
      ref={ref}
      className={cx('rk-root', 'rk-org-chart-minimap', className)}
      data-slot="org-chart-minimap"
      role="img"
      aria-label={label}
      aria-hidden="true"
      tabIndex={-1}
      style={{ width, height, ...style }}
      {...rest}
      onPointerDown={(event) => {
        onPointerDown?.(event);
        if (event.defaultPrevented || event.button !== 0) return;
        event.preventDefault(); // no text selection or focus change while dragging
        event.currentTarget.setPointerCapture?.(event.pointerId);
        event.currentTarget.setAttribute('data-dragging', '');
        const marker = markerRef.current;
        if (marker && event.target instanceof Node && marker.contains(event.target)) {
          // Grabbed: the view follows the marker from where it was taken, without a jump.
          const p = pointAt(event);
          grab.current = { x: viewport.x + viewport.width / 2 - p.x, y: viewport.y + viewport.height / 2 - p.y };
        } else {
          grab.current = { x: 0, y: 0 };
          navigate(event);
        }
      }}
      onPointerMove={(event) => {
        onPointerMove?.(event);
        if (grab.current) navigate(event);
      }}
      onPointerUp={(event) => {
        onPointerUp?.(event);
        release(event.currentTarget);
      }}
      onPointerCancel={(event) => {
        onPointerCancel?.(event);
        release(event.currentTarget);
      }}
    >
      <canvas ref={canvasRef} className="rk-org-chart-minimap-canvas" data-slot="org-chart-minimap-canvas" style={{ width, height }} />
      {/* Physical left/top on purpose: layout coordinates are already mirrored for RTL. */}
      <div ref={markerRef} className="rk-org-chart-minimap-viewport" data-slot="org-chart-minimap-viewport" style={markerBox(viewport, map)} />
    </div>
  );
});
OrgChartMinimap.displayName = MINIMAP_NAME;

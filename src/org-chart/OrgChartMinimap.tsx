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
  /** CSS pixels.  @default 200 */
  width?: number | undefined;
  /** CSS pixels.  @default 140 */
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

/** Layout → minimap: uniform scale, centred, `INSET` px clear of the edges. */
function fit(bounds: LayoutRect, width: number, height: number) {
  const k = Math.min((width - 2 * INSET) / (bounds.width || 1), (height - 2 * INSET) / (bounds.height || 1));
  return { k, dx: (width - bounds.width * k) / 2 - bounds.x * k, dy: (height - bounds.height * k) / 2 - bounds.y * k };
}

/**
 * An overview of the whole chart on one `<canvas>`, with the visible area as a
 * rectangle; pointer down or drag centres the chart there.
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
  { layout, viewport, onNavigate, width = 200, height = 140, label = 'Overview', highlightIds, className, style, onPointerDown, onPointerMove, onPointerUp, onPointerCancel, ...rest },
  ref,
) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const dragging = useRef(false);
  const { k, dx, dy } = fit(layout.bounds, width, height);

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
    const s = dpr * k;
    const nodes = layout.nodes;
    if (nodes.length <= MAX_LINKED_NODES) {
      ctx.setTransform(s, 0, 0, s, dpr * dx, dpr * dy);
      ctx.beginPath();
      for (const { points } of layout.links) points.forEach((p, i) => (i ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
      ctx.lineWidth = 1 / s; // one device pixel whatever the scale
      ctx.strokeStyle = css.getPropertyValue('--rk-org-chart-minimap-line').trim() || '#d5dbe3';
      ctx.stroke();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
    }
    // Boxes are written straight into the pixels: O(nodes + pixels), a few ms for 100,000
    // roles, where a path of 100,000 rects takes hundreds in a software rasteriser. At
    // least one device pixel a side, or a huge chart's sub-pixel boxes would vanish.
    const image = ctx.getImageData(0, 0, w, h);
    const px = new Uint32Array(image.data.buffer);
    const ox = dpr * dx;
    const oy = dpr * dy;
    for (const n of nodes) {
      const color = colors[highlightIds?.has(n.id) ? 2 : n.role.holderIds?.length ? 0 : 1]!;
      const x0 = Math.max(0, Math.floor(n.x * s + ox));
      const y0 = Math.max(0, Math.floor(n.y * s + oy));
      const x1 = Math.min(w, Math.max(x0 + 1, Math.round((n.x + n.width) * s + ox)));
      const y1 = Math.min(h, Math.max(y0 + 1, Math.round((n.y + n.height) * s + oy)));
      for (let y = y0; y < y1; y++) px.fill(color, y * w + x0, y * w + x1);
    }
    ctx.putImageData(image, 0, 0);
    return () => ctx.clearRect(0, 0, w, h);
  }, [layout, width, height, k, dx, dy, highlightIds]);

  const navigate = (event: PointerEvent<HTMLDivElement>) => {
    const el = event.currentTarget;
    const rect = el.getBoundingClientRect();
    // Drawing coordinates start inside the border.
    onNavigate({ x: (event.clientX - rect.left - el.clientLeft - dx) / k, y: (event.clientY - rect.top - el.clientTop - dy) / k });
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
        dragging.current = true;
        event.currentTarget.setAttribute('data-dragging', '');
        navigate(event);
      }}
      onPointerMove={(event) => {
        onPointerMove?.(event);
        if (dragging.current) navigate(event);
      }}
      onPointerUp={(event) => {
        onPointerUp?.(event);
        dragging.current = false;
        event.currentTarget.removeAttribute('data-dragging');
      }}
      onPointerCancel={(event) => {
        onPointerCancel?.(event);
        dragging.current = false;
        event.currentTarget.removeAttribute('data-dragging');
      }}
    >
      <canvas ref={canvasRef} className="rk-org-chart-minimap-canvas" data-slot="org-chart-minimap-canvas" style={{ width, height }} />
      {/* Physical left/top on purpose: layout coordinates are already mirrored for RTL. */}
      <div
        className="rk-org-chart-minimap-viewport"
        data-slot="org-chart-minimap-viewport"
        style={{ left: dx + viewport.x * k, top: dy + viewport.y * k, width: viewport.width * k, height: viewport.height * k }}
      />
    </div>
  );
});
OrgChartMinimap.displayName = MINIMAP_NAME;

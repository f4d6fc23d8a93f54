/**
 * Pan and zoom maths for the org chart, pure and DOM-free. A transform maps chart
 * coordinates to viewport pixels: `screen = chart × k + (x, y)`, which is exactly the
 * CSS `translate(x px, y px) scale(k)` with `transform-origin: 0 0`.
 *
 * Written here rather than taken from d3-zoom: the chart needs five small functions,
 * d3-zoom brings d3-selection, d3-transition and d3-interpolate (well over the 12 kB
 * budget of the whole component), and it owns the DOM events, which the chart must
 * share with its tree keyboard and click handling.
 */

export interface Transform {
  readonly x: number;
  readonly y: number;
  readonly k: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ScaleLimits {
  readonly min: number;
  readonly max: number;
}

export const IDENTITY: Transform = { x: 0, y: 0, k: 1 };

/** `k` kept within the limits; a nonsense factor (NaN, 0, negative) keeps the current scale. */
export function clampScale(k: number, limits: ScaleLimits): number {
  if (!(k > 0) || !Number.isFinite(k)) return Math.min(limits.max, Math.max(limits.min, 1));
  return Math.min(limits.max, Math.max(limits.min, k));
}

/**
 * Scales by `factor` while the chart point under `(px, py)` (viewport pixels) stays
 * under it: the wheel, pinch and keyboard zoom all go through here.
 */
export function zoomAround(t: Transform, px: number, py: number, factor: number, limits: ScaleLimits): Transform {
  const k = clampScale(t.k * (factor > 0 && Number.isFinite(factor) ? factor : 1), limits);
  const ratio = k / t.k;
  return { x: px - (px - t.x) * ratio, y: py - (py - t.y) * ratio, k };
}

/** The transform that shows all of `bounds` in a `width × height` viewport, centred, with `padding` pixels around. */
export function fitTransform(bounds: Rect, width: number, height: number, padding: number, limits: ScaleLimits): Transform {
  const w = Math.max(1, width - 2 * padding);
  const h = Math.max(1, height - 2 * padding);
  const k = clampScale(Math.min(w / Math.max(1, bounds.width), h / Math.max(1, bounds.height)), limits);
  return centreOn(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, width, height, k);
}

/** The transform at scale `k` that puts chart point `(cx, cy)` in the middle of the viewport. */
export function centreOn(cx: number, cy: number, width: number, height: number, k: number): Transform {
  return { x: width / 2 - cx * k, y: height / 2 - cy * k, k };
}

/** The smallest pan that brings `box` (chart coordinates) inside the viewport, `margin` pixels clear of its edges. */
export function panIntoView(t: Transform, box: Rect, width: number, height: number, margin: number): Transform {
  const axis = (offset: number, start: number, size: number, view: number) => {
    const a = start * t.k + offset;
    const b = a + size * t.k;
    if (b - a > view - 2 * margin) return offset + (view - (b - a)) / 2 - a; // too big: centre it
    if (a < margin) return offset + margin - a;
    if (b > view - margin) return offset + view - margin - b;
    return offset;
  };
  return { x: axis(t.x, box.x, box.width, width), y: axis(t.y, box.y, box.height, height), k: t.k };
}

/** The part of the chart a viewport shows, grown by `margin` viewport pixels on every side. */
export function visibleRect(t: Transform, width: number, height: number, margin = 0): Rect {
  return { x: (-margin - t.x) / t.k, y: (-margin - t.y) / t.k, width: (width + 2 * margin) / t.k, height: (height + 2 * margin) / t.k };
}

/** `inner` lies wholly inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height;
}

/** A point between two transforms, `p` from 0 to 1, zooming geometrically so an animated zoom feels even. */
export function interpolate(a: Transform, b: Transform, p: number): Transform {
  // The ends exactly: a zoom that stops at a limit must land on it, not a rounding away.
  if (p <= 0) return a;
  if (p >= 1) return b;
  const k = a.k * Math.pow(b.k / a.k, p);
  // Keep the chart point that ends in the middle moving on a straight line at a steady rate.
  const mix = a.k === b.k ? p : (k - a.k) / (b.k - a.k);
  return { x: a.x + (b.x - a.x) * mix, y: a.y + (b.y - a.y) * mix, k };
}

/** Wheel delta in pixels, whatever `deltaMode` the device reports (lines, pages). */
export function wheelPixels(delta: number, mode: number, page: number): number {
  return mode === 1 ? delta * 16 : mode === 2 ? delta * page : delta;
}

/** What the chart opens on (the `initialView` prop); absent: readable, see `startScale`. */
export type InitialView = 'fit' | 'top' | 'selected' | { readonly roleId: string; readonly scale?: number | undefined };

/**
 * The first view's scale. By default the chart's width when that keeps a card's text
 * legible (`readable`), else `readable` — and never above 100 %: a first view is an
 * overview, not a close-up. `'fit'` is the Fit button's; a named view, 100 % (or its `scale`).
 */
export function startScale(view: InitialView | undefined, bounds: Rect, width: number, height: number, pad: number, readable: number, limits: ScaleLimits): number {
  if (view === 'fit') return fitTransform(bounds, width, height, pad, limits).k;
  if (view) return clampScale((typeof view === 'object' && view.scale) || 1, limits);
  return clampScale(Math.min(1, Math.max(readable, (width - 2 * pad) / Math.max(1, bounds.width))), limits);
}


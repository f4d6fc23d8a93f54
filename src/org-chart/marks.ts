/**
 * The chart zoomed far out, on a canvas: boxes and connectors in view as marks. No React.
 * Loaded on demand (`OrgChart` imports it dynamically): only a chart big enough to be
 * virtualised ever paints marks.
 */
import type { OrgLayout } from '../model/layout';
import { departmentSlots, GROUP_COUNT, type ChartColours } from './colours';
import { linkIndexes } from './OrgChartConnectors';
import { visibleRect, type Transform } from './viewport';

export { readChartColours } from './colours';

// Every chart big enough to be virtualised loads this module after its first paint; the
// same charts are the ones a relayout from scratch makes slow to collapse, so the
// incremental relayout comes along, a chunk of its own. Here rather than in the chart:
// the first paint carries not even its loader. A failed load leaves the relayout from scratch.
import('../model/layout/relayout').then((m) => m.enableIncrementalRelayout(), () => undefined);

const painted = new WeakSet<HTMLCanvasElement>();
const fonts = new WeakMap<HTMLCanvasElement, string>();

/**
 * Draws the boxes and connectors in view (from the layout's grid, so the cost is what
 * shows, not the org), with titles once a box is tall enough on screen to read them.
 * `colours` null clears the canvas (nodes are in the DOM).
 */
export function drawMarks(
  canvas: HTMLCanvasElement,
  layout: OrgLayout,
  t: Transform,
  width: number,
  height: number,
  colours: ChartColours | null,
  matches: ReadonlySet<string> | null,
  dpr = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1,
): void {
  // A blank canvas stays untouched: sizing one and creating its 2D context costs tens of
  // milliseconds, paid on the first frame of every chart that never zooms out that far.
  if (!colours && !painted.has(canvas)) return;
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  if (!colours) {
    painted.delete(canvas);
    return;
  }
  painted.add(canvas);
  // Drawn relative to the view's corner: chart coordinates run to millions, past float precision.
  const view = visibleRect(t, width, height);
  const ox = Math.round(view.x);
  const oy = Math.round(view.y);
  ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * (t.x + ox * t.k), dpr * (t.y + oy * t.k));
  const ids = layout.query(view);
  ctx.lineWidth = 1 / t.k;
  ctx.beginPath();
  for (const i of linkIndexes(layout, ids, view)) {
    const points = layout.linkTo(i)?.points;
    if (!points) continue;
    ctx.moveTo(points[0]!.x - ox, points[0]!.y - oy);
    for (let p = 1; p < points.length; p++) ctx.lineTo(points[p]!.x - ox, points[p]!.y - oy);
  }
  ctx.strokeStyle = colours.line;
  ctx.stroke();
  // One path per look, so the cost stays one fill and one stroke a look, not a box.
  // Looks: 0–7 a department, 8 no department, 9 a search match; vacant roles apart, the same way.
  const slots = departmentSlots(layout);
  const MATCH = GROUP_COUNT + 1;
  const held: number[][] = Array.from({ length: MATCH + 1 }, () => []);
  const vacant: number[][] = Array.from({ length: MATCH }, () => []);
  for (const i of ids) {
    const { id, role } = layout.nodes[i]!;
    if (matches?.has(id)) held[MATCH]!.push(i);
    else (role.holderIds?.length ? held : vacant)[slots.get(role.department ?? '') ?? GROUP_COUNT]!.push(i);
  }
  const px = 1 / t.k;
  const trace = (indexes: readonly number[], grow = 0) => {
    ctx.beginPath();
    for (const i of indexes) {
      const n = layout.nodes[i]!;
      ctx.rect(n.x - ox - grow, n.y - oy - grow, n.width + 2 * grow, n.height + 2 * grow);
    }
  };
  const edgeOf = (look: number) => (look < GROUP_COUNT ? colours.groups[look]! : colours.borderStrong);
  for (let look = 0; look < MATCH; look++) {
    // Held: the card tinted with its department, edged in it; far out, where a box is a
    // few pixels, the edge is most of what shows, so the department still reads.
    if (held[look]!.length) {
      trace(held[look]!);
      ctx.fillStyle = colours.card;
      ctx.fill();
      if (look < GROUP_COUNT) {
        ctx.globalAlpha = 0.3;
        ctx.fillStyle = edgeOf(look);
        ctx.fill();
        ctx.globalAlpha = 1;
      }
      ctx.strokeStyle = edgeOf(look);
      ctx.stroke();
    }
    // Vacant: the vacant card's pale fill, untinted, a dashed edge in the department's colour.
    if (vacant[look]!.length) {
      trace(vacant[look]!);
      ctx.fillStyle = colours.vacantSoft;
      ctx.fill();
      ctx.setLineDash([4 * px, 3 * px]);
      ctx.lineWidth = 1.5 * px;
      ctx.strokeStyle = look < GROUP_COUNT ? edgeOf(look) : colours.vacant;
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.lineWidth = px;
    }
  }
  // Matches: solid accent with a ring two pixels out, so one stands out of a crowd of marks.
  if (held[MATCH]!.length) {
    trace(held[MATCH]!);
    ctx.fillStyle = colours.accent;
    ctx.fill();
    trace(held[MATCH]!, 3 * px);
    ctx.lineWidth = 2 * px;
    ctx.strokeStyle = colours.accent;
    ctx.stroke();
    ctx.lineWidth = px;
  }
  // Names where they are legible: a box at least 20 screen pixels tall.
  const first = layout.nodes[0];
  if (first && first.height * t.k >= 20) {
    const size = 13 / Math.max(t.k, 0.5);
    let font = fonts.get(canvas);
    if (font === undefined) fonts.set(canvas, (font = getComputedStyle(canvas).fontFamily || 'sans-serif'));
    ctx.font = `600 ${size}px ${font}`;
    ctx.textBaseline = 'middle';
    for (const i of ids) {
      const n = layout.nodes[i]!;
      ctx.fillStyle = matches?.has(n.id) ? colours.card : colours.text;
      ctx.fillText(n.role.title, n.x - ox + 8, n.y - oy + n.height / 2, n.width - 16);
    }
  }
}

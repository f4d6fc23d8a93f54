/** A spatial index over the boxes, so a viewport query costs what it covers, not the org's size. */
import type { LayoutNode, LayoutRect } from './types';

/**
 * A uniform grid: each box is filed under the cell of its top-left corner (cells are at
 * least a box big, so a query grown by one box finds every box that reaches into it).
 * Compressed rows (offsets + one index array) keep it at two typed arrays. The cell size
 * grows with the chart's area so a pathological shape (very wide *and* very deep) still
 * has about four cells per box.
 */
export function buildGrid(nodes: readonly LayoutNode[], bounds: LayoutRect): (rect: LayoutRect) => number[] {
  const n = nodes.length;
  const { x: minX, y: minY } = bounds;
  const maxX = minX + bounds.width;
  const maxY = minY + bounds.height;
  const w = nodes[0]?.width ?? 1;
  const h = nodes[0]?.height ?? 1;
  const size = Math.max(1024, w, h, Math.sqrt(((maxX - minX) * (maxY - minY)) / (4 * n + 1)));
  const cols = Math.floor((maxX - minX) / size) + 1;
  const rows = Math.floor((maxY - minY) / size) + 1;
  const cellOf = new Int32Array(n);
  const start = new Int32Array(cols * rows + 1);
  for (let i = 0; i < n; i++) {
    const c = Math.floor((nodes[i]!.y - minY) / size) * cols + Math.floor((nodes[i]!.x - minX) / size);
    cellOf[i] = c;
    start[c + 1]!++;
  }
  for (let c = 0; c < cols * rows; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, -1);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) members[fill[cellOf[i]!]!++] = i;

  return (rect) => {
    const out: number[] = [];
    const c0 = Math.max(0, Math.floor((rect.x - w - minX) / size));
    const c1 = Math.min(cols - 1, Math.floor((rect.x + rect.width - minX) / size));
    const r0 = Math.max(0, Math.floor((rect.y - h - minY) / size));
    const r1 = Math.min(rows - 1, Math.floor((rect.y + rect.height - minY) / size));
    for (let r = r0; r <= r1; r++) {
      for (let k = start[r * cols + c0]!, end = start[r * cols + c1 + 1]!; k < end; k++) {
        const i = members[k]!;
        const b = nodes[i]!;
        if (b.x < rect.x + rect.width && b.x + b.width > rect.x && b.y < rect.y + rect.height && b.y + b.height > rect.y) out.push(i);
      }
    }
    return out.sort((a, b) => a - b);
  };
}

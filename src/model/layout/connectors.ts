/**
 * Solid connectors, built from the placement only when read: a virtualised renderer that
 * draws a slice never pays for all of them.
 */
import type { OutlineItem } from '../outline';
import type { LayoutLink, LayoutPoint } from './types';
import type { Placement } from './place';
import { toScreen } from './place';
import type { Geometry } from './tree';

/**
 * The connector into box `i`: an elbow down to the bus half a level gap above the reports,
 * along it and down into the box; a side branch for an assistant (down the trunk to the
 * middle of the box, across to its near edge); for the later rows of a compact grid, along
 * the bus to the grid's trunk, down it to the row's own bus.
 */
export function linkInto(i: number, items: readonly OutlineItem[], p: Placement, g: Geometry): LayoutLink | null {
  const m = p.manager[i];
  if (m === undefined || m < 0) return null;
  const { D, half, rowGap } = g;
  const point = (b: number, d: number): LayoutPoint => toScreen(g, b, d);
  const mb = p.centre[m]!;
  const mEnd = p.top[m]! + D;
  const b = p.centre[i]!;
  const d = p.top[i]!;
  const bus = p.bus[i]!;
  const trunk = p.trunk[i]!;
  const assistant = p.placement[i] === 1;
  let points: LayoutPoint[];
  if (assistant) {
    const mid = d + D / 2;
    points = [point(mb, mEnd), point(mb, mid), point(b < mb ? b + half : b - half, mid)];
  } else if (Number.isNaN(trunk)) {
    points = [point(mb, mEnd), point(mb, bus), point(b, bus), point(b, d)];
  } else {
    const rowBus = d - rowGap / 2;
    points = [point(mb, mEnd), point(mb, bus), point(trunk, bus), point(trunk, rowBus), point(b, rowBus), point(b, d)];
  }
  return { kind: assistant ? 'assistant' : 'report', from: items[m]!.id, to: items[i]!.id, points };
}

/**
 * For each manager, the outline indexes of its first and last report hung from its bus
 * (side-branch assistants aside), two per manager, -1 for none. In outline order the first
 * report written for a manager is its first, the last its last.
 */
export function busEndsOf(p: Placement): Int32Array {
  const n = p.manager.length;
  const ends = new Int32Array(2 * n).fill(-1);
  for (let k = 0; k < n; k++) {
    const m = p.manager[k]!;
    if (m < 0 || p.placement[k] === 1) continue;
    if (ends[2 * m]! < 0) ends[2 * m] = k;
    ends[2 * m + 1] = k;
  }
  return ends;
}

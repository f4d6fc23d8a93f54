/**
 * Dotted lines (`role.dottedLineTo`): curves between two boxes' edges, computed last —
 * they never move anything. An end hidden in a collapsed branch is drawn at the nearest
 * visible ancestor of the hidden role (the collapsed manager hiding it), the way org tools
 * route a line into a closed branch, and the link is flagged (`LayoutLink.hidden`); a line
 * that would join a box to itself is left out, and lines landing on the same pair of boxes
 * share one curve. Only the org's dotted sources are looked at (a handful, listed once per
 * org), so this stays cheap on a 100,000-role org.
 */
import type { Role } from '../schema';
import type { OrgIndex } from '../orgModel';
import type { OrgOutline } from '../outline';
import type { LayoutLink, LayoutPoint } from './types';
import type { Placement } from './place';
import { toScreen } from './place';
import type { Geometry } from './tree';

type Line = { readonly from: string; readonly to: string };
type Curve = { i: number; j: number; lines: Line[]; hiddenFrom: boolean; hiddenTo: boolean };

/**
 * The outline index of the box a dotted line's end is drawn at: the role's own when it is
 * visible, else its nearest visible ancestor. -1 for an id the org does not draw. Every
 * role passed is remembered in `memo`, so lines into one collapsed branch share the walk.
 */
function visibleEnd(id: string, outline: OrgOutline, index: OrgIndex, memo: Map<string, number>): number {
  const passed: string[] = [];
  let at = -1;
  for (let current: string | undefined = id; current !== undefined; current = index.manager(current)?.id) {
    const known = memo.get(current);
    if (known !== undefined) {
      at = known;
      break;
    }
    const k = outline.indexOf(current);
    if (k >= 0) {
      at = k;
      break;
    }
    // Marked before going up: a manager cycle (the model cuts them) could not loop here.
    memo.set(current, -1);
    passed.push(current);
  }
  for (const p of passed) memo.set(p, at);
  return at;
}

/** One curve per pair of boxes, either way round (the curve is the same both ways): the first line sets its direction, every line is listed. */
function curvesOf(sources: readonly Role[], outline: OrgOutline, index: OrgIndex): Curve[] {
  const memo = new Map<string, number>();
  const found: Array<{ i: number; j: number; from: string; to: string }> = [];
  for (const role of sources) {
    const i = visibleEnd(role.id, outline, index, memo);
    if (i < 0) continue;
    for (const to of role.dottedLineTo!) {
      const j = visibleEnd(to, outline, index, memo);
      // Unknown target, a line to itself, or both ends in one box (one end hiding the other).
      if (j < 0 || j === i) continue;
      found.push({ i, j, from: role.id, to });
    }
  }
  // In outline order of the box the line leaves, then the data's order (a stable sort).
  found.sort((a, b) => a.i - b.i);
  const items = outline.items;
  const n = items.length;
  const curves: Curve[] = [];
  const byPair = new Map<number, Curve>();
  for (const { i, j, from, to } of found) {
    const key = i < j ? i * n + j : j * n + i;
    let curve = byPair.get(key);
    if (!curve) {
      curve = { i, j, lines: [], hiddenFrom: false, hiddenTo: false };
      byPair.set(key, curve);
      curves.push(curve);
    }
    curve.lines.push({ from, to });
    // The line's ends at the curve's `from` and `to` boxes (swapped for a line the other way).
    const atFrom = i === curve.i ? from : to;
    const atTo = i === curve.i ? to : from;
    if (atFrom !== items[curve.i]!.id) curve.hiddenFrom = true;
    if (atTo !== items[curve.j]!.id) curve.hiddenTo = true;
  }
  return curves;
}

/**
 * A cubic Bézier (start, two control points, end) between box edges, leaving and entering
 * along the depth axis so it never cuts through the boxes of a row: an S between levels, a
 * U through the gap below when both sit on one row. Anchors are a quarter box off-centre,
 * clear of the solid trunk and the expand knob.
 */
function curveBetween(i: number, j: number, p: Placement, g: Geometry): LayoutPoint[] {
  const { B, D, gl } = g;
  const point = (b: number, d: number) => toScreen(g, b, d);
  const toward = p.centre[j]! >= p.centre[i]! ? 1 : -1;
  const sb = p.centre[i]! + (toward * B) / 4;
  const tb = p.centre[j]! - (toward * B) / 4;
  const sTop = p.top[i]!;
  const tTop = p.top[j]!;
  if (tTop + D <= sTop || sTop + D <= tTop) {
    const up = tTop < sTop;
    const sd = up ? sTop : sTop + D;
    const td = up ? tTop + D : tTop;
    const k = Math.max(gl * 0.75, Math.abs(sd - td) / 2) * (up ? -1 : 1);
    return [point(sb, sd), point(sb, sd + k), point(tb, td - k), point(tb, td)];
  }
  const sd = sTop + D;
  const td = tTop + D;
  const k = Math.max(sd, td) + gl * 0.6;
  return [point(sb, sd), point(sb, k), point(tb, k), point(tb, td)];
}

export function dottedLinksOf(sources: readonly Role[], outline: OrgOutline, index: OrgIndex, p: Placement, g: Geometry): LayoutLink[] {
  if (sources.length === 0) return [];
  const items = outline.items;
  return curvesOf(sources, outline, index).map(({ i, j, lines, hiddenFrom, hiddenTo }): LayoutLink => {
    const link: LayoutLink = { kind: 'dotted', from: items[i]!.id, to: items[j]!.id, points: curveBetween(i, j, p, g) };
    if (hiddenFrom || hiddenTo) return { ...link, hidden: hiddenFrom && hiddenTo ? 'both' : hiddenFrom ? 'from' : 'to', lines };
    return lines.length > 1 ? { ...link, lines } : link;
  });
}

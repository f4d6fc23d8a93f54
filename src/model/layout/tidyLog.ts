/**
 * The tidy tree's first walk (`tidy.ts`) cut into one *step* per node, every write a step
 * makes logged (`WriteSink`): the incremental relayout (`incremental.ts`) undoes the steps
 * a collapse or expand invalidates and replays them, leaving every other step's work in
 * place. Loaded with it, on demand.
 *
 * Why a second copy of the walk and not `tidy.ts` with an optional log: that file is in
 * the chart's first paint, and the logged writes cost it a quarter of a kilobyte
 * (min+gzip) that a page which never collapses a branch would ship for nothing. The two
 * must agree to the bit: `tests/unit/layout/incremental.test.ts` checks every breadth
 * against `tidy.ts` on thousands of random trees and changes.
 *
 * Names follow d3's (and the paper's): `z` prelim, `m` mod, `c` change, `s` shift,
 * `t` thread, `a` ancestor, `A` default ancestor of a node's children.
 */
import type { Separation } from './tidy';

/** Where a logged walk records each write: the array (its index in `TidyState.arrays`), the node, the value before. */
export interface WriteSink {
  push(code: number, index: number, old: number): void;
}

/** The first walk's per-node state, kept between steps. Nodes are `0 … size - 1`. */
export interface TidyState {
  readonly parent: Int32Array;
  /** Position among its siblings. */
  readonly index: Int32Array;
  readonly z: Float64Array;
  readonly m: Float64Array;
  /** Every array a step writes, by write code: z, m, c, s (floats), then t, a, A. */
  readonly arrays: readonly [Float64Array, Float64Array, Float64Array, Float64Array, Int32Array, Int32Array, Int32Array];
  /**
   * One node of the first walk, once its children's are done: its prelim, midway over its
   * children, then its subtree set beside its left siblings'. It writes only into its own
   * subtree, its left siblings' subtrees and its parent's default ancestor.
   */
  step(v: number): void;
  /**
   * A pre-order from `root` that visits the rightmost subtree first (reversed: the
   * post-order the first walk needs); sets each node's parent, position and ancestor.
   */
  walkOrder(root: number): { order: Int32Array; count: number };
}

/** `children[v]` lists v's children in order (missing or empty: a leaf); `log` hears every write. */
export function tidyState(size: number, children: ReadonlyArray<readonly number[] | undefined>, separation: Separation, log: WriteSink): TidyState {
  const parent = new Int32Array(size).fill(-1);
  const index = new Int32Array(size);
  const z = new Float64Array(size);
  const m = new Float64Array(size);
  const c = new Float64Array(size);
  const s = new Float64Array(size);
  const t = new Int32Array(size).fill(-1);
  const a = new Int32Array(size);
  const A = new Int32Array(size).fill(-1);

  // Every write goes through these two (typed parameters keep them monomorphic), logged
  // with the value it overwrites; the codes are the arrays' places in `arrays`.
  const setF = (array: Float64Array, code: number, v: number, value: number) => {
    log.push(code, v, array[v]!);
    array[v] = value;
  };
  const setI = (array: Int32Array, code: number, v: number, value: number) => {
    log.push(code, v, array[v]!);
    array[v] = value;
  };

  const first = (v: number) => {
    const kids = children[v];
    return kids && kids.length > 0 ? kids[0]! : -1;
  };
  const last = (v: number) => {
    const kids = children[v];
    return kids && kids.length > 0 ? kids[kids.length - 1]! : -1;
  };
  // The next node on a subtree's left (right) contour, one level down: a child or a thread.
  const nextLeft = (v: number) => {
    const k = first(v);
    return k >= 0 ? k : t[v]!;
  };
  const nextRight = (v: number) => {
    const k = last(v);
    return k >= 0 ? k : t[v]!;
  };

  const moveSubtree = (wm: number, wp: number, shift: number) => {
    const change = shift / (index[wp]! - index[wm]!);
    setF(c, 2, wp, c[wp]! - change);
    setF(s, 3, wp, s[wp]! + shift);
    setF(c, 2, wm, c[wm]! + change);
    setF(z, 0, wp, z[wp]! + shift);
    setF(m, 1, wp, m[wp]! + shift);
  };

  const executeShifts = (kids: readonly number[]) => {
    let shift = 0;
    let change = 0;
    for (let i = kids.length - 1; i >= 0; i--) {
      const w = kids[i]!;
      setF(z, 0, w, z[w]! + shift);
      setF(m, 1, w, m[w]! + shift);
      change += c[w]!;
      shift += s[w]! + change;
    }
  };

  // Combines v's subtree with those of its left siblings (w: the nearest), pushing it right
  // where the contours come too close, and threads the shorter contour onto the longer one.
  const apportion = (v: number, w: number, ancestor: number) => {
    if (w < 0) return ancestor;
    let vip = v;
    let vop = v;
    let vim = w;
    let vom = first(parent[v]!);
    let sip = m[vip]!;
    let sop = m[vop]!;
    let sim = m[vim]!;
    let som = m[vom]!;
    for (;;) {
      vim = nextRight(vim);
      vip = nextLeft(vip);
      if (vim < 0 || vip < 0) break;
      vom = nextLeft(vom);
      vop = nextRight(vop);
      setI(a, 5, vop, v);
      const shift = z[vim]! + sim - z[vip]! - sip + separation(vim, vip, parent[vim] === parent[vip]);
      if (shift > 0) {
        const greatest = parent[a[vim]!] === parent[v] ? a[vim]! : ancestor;
        moveSubtree(greatest, v, shift);
        sip += shift;
        sop += shift;
      }
      sim += m[vim]!;
      sip += m[vip]!;
      som += m[vom]!;
      sop += m[vop]!;
    }
    if (vim >= 0 && nextRight(vop) < 0) {
      setI(t, 4, vop, vim);
      setF(m, 1, vop, m[vop]! + sim - sop);
    }
    if (vip >= 0 && nextLeft(vom) < 0) {
      setI(t, 4, vom, vip);
      setF(m, 1, vom, m[vom]! + sip - som);
      ancestor = v;
    }
    return ancestor;
  };

  const step = (v: number) => {
    const p = parent[v]!;
    const w = p >= 0 && index[v]! > 0 ? children[p]![index[v]! - 1]! : -1;
    const kids = children[v];
    if (kids && kids.length > 0) {
      executeShifts(kids);
      const midpoint = (z[kids[0]!]! + z[kids[kids.length - 1]!]!) / 2;
      if (w >= 0) {
        setF(z, 0, v, z[w]! + separation(w, v, true));
        setF(m, 1, v, z[v]! - midpoint);
      } else setF(z, 0, v, midpoint);
    } else if (w >= 0) setF(z, 0, v, z[w]! + separation(w, v, true));
    if (p >= 0) setI(A, 6, p, apportion(v, w, A[p]! >= 0 ? A[p]! : first(p)));
  };

  const walkOrder = (root: number) => {
    const order = new Int32Array(size);
    let count = 0;
    const stack = [root];
    while (stack.length > 0) {
      const v = stack.pop()!;
      order[count++] = v;
      a[v] = v;
      const kids = children[v];
      if (!kids) continue;
      for (let i = 0; i < kids.length; i++) {
        const k = kids[i]!;
        parent[k] = v;
        index[k] = i;
        stack.push(k);
      }
    }
    return { order, count };
  };

  return { parent, index, z, m, arrays: [z, m, c, s, t, a, A], step, walkOrder };
}

/**
 * Second walk, parents first: sum the modifiers down each path, the root at 0. `order` is
 * a pre-order from the root; `id[v]` the node's index into the state's arrays (the
 * incremental layout numbers its state apart from the tree it is given). Writes `x`
 * (zeros, one per node); the mods are summed into `sum`, scratch: the state stays as the
 * first walk left it.
 */
export function secondWalk(st: TidyState, order: Int32Array, count: number, parentOf: Int32Array, x: Float64Array, sum: Float64Array, id: Int32Array): Float64Array {
  const { z, m } = st;
  const root = order[0]!;
  const r = id[root]!;
  sum[root] = m[r]! - z[r]!;
  for (let k = 1; k < count; k++) {
    const v = order[k]!;
    const p = parentOf[v]!;
    const sv = id[v]!;
    x[v] = z[sv]! + sum[p]!;
    sum[v] = m[sv]! + sum[p]!;
  }
  return x;
}

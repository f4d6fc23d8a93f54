/**
 * The tidy tree (Reingold–Tilford in Buchheim, Jünger and Leipert's O(n) form): d3-hierarchy's
 * `tree()` step for step, on typed arrays over numbered nodes instead of an object per node.
 *
 * Why not d3's own: the layout tree is already numbers and typed arrays, and d3 would first
 * build a hierarchy of objects from it and then a second tree of objects inside `tree()` —
 * two allocations per role on every relayout, and 11 kB of library in the chart's first
 * paint for these hundred lines. `tests/unit/layout/tidy.test.ts` checks, on random trees
 * and separations, that every x equals d3's to 1e-6.
 *
 * The first walk is cut into one *step* per node (`firstWalkStep`), and every write a step
 * makes can be logged (`WriteSink`): the incremental layout (`incremental.ts`) undoes the steps a
 * collapse or expand invalidates and replays them, leaving every other step's work in place.
 *
 * Names follow d3's (and the paper's): `z` prelim, `m` mod, `c` change, `s` shift,
 * `t` thread, `a` ancestor, `A` default ancestor of a node's children.
 */

/** The distance between the centres of two neighbours at one depth, `left` before `right`. */
export type Separation = (left: number, right: number, siblings: boolean) => number;

/** Which array a logged write went to: the float arrays first, then the integer ones. */
const Z = 0;
const M = 1;
const C = 2;
const S = 3;
/** Codes from here on are the integer arrays. */
export const T = 4;
const ANC = 5;
const DEF = 6;

/** Where a logged walk records each write: the array (codes below), the index, the value before. */
export interface WriteSink {
  push(code: number, index: number, old: number): void;
}

/** The first walk's per-node state. Nodes are `0 … size - 1`; `children[v]` lists v's children in order. */
export interface TidyState {
  readonly children: Array<readonly number[] | undefined>;
  readonly separation: Separation;
  readonly parent: Int32Array;
  /** Position among its siblings. */
  readonly index: Int32Array;
  readonly z: Float64Array;
  readonly m: Float64Array;
  readonly c: Float64Array;
  readonly s: Float64Array;
  readonly t: Int32Array;
  readonly a: Int32Array;
  readonly A: Int32Array;
  readonly floats: readonly Float64Array[];
  readonly ints: readonly Int32Array[];
  /** Null: the state is used for one run and thrown away, nothing to undo. */
  readonly log: WriteSink | null;
}

export function createTidyState(size: number, children: Array<readonly number[] | undefined>, separation: Separation, log: WriteSink | null): TidyState {
  const z = new Float64Array(size);
  const m = new Float64Array(size);
  const c = new Float64Array(size);
  const s = new Float64Array(size);
  const t = new Int32Array(size).fill(-1);
  const a = new Int32Array(size);
  const A = new Int32Array(size).fill(-1);
  return { children, separation, parent: new Int32Array(size).fill(-1), index: new Int32Array(size), z, m, c, s, t, a, A, floats: [z, m, c, s], ints: [t, a, A], log };
}

/** Back to a node never walked: what a fresh state holds. */
export function resetNode(st: TidyState, v: number) {
  st.z[v] = st.m[v] = st.c[v] = st.s[v] = 0;
  st.t[v] = st.A[v] = -1;
  st.a[v] = v;
}

// Typed parameters (always a Float64Array, always an Int32Array): the writes stay monomorphic.
function setFloat(st: TidyState, array: Float64Array, code: number, v: number, value: number) {
  st.log?.push(code, v, array[v]!);
  array[v] = value;
}
function setInt(st: TidyState, array: Int32Array, code: number, v: number, value: number) {
  st.log?.push(code, v, array[v]!);
  array[v] = value;
}

const first = (st: TidyState, v: number) => {
  const kids = st.children[v];
  return kids && kids.length > 0 ? kids[0]! : -1;
};
const last = (st: TidyState, v: number) => {
  const kids = st.children[v];
  return kids && kids.length > 0 ? kids[kids.length - 1]! : -1;
};
// The next node on a subtree's left (right) contour, one level down: a child or a thread.
const nextLeft = (st: TidyState, v: number) => {
  const k = first(st, v);
  return k >= 0 ? k : st.t[v]!;
};
const nextRight = (st: TidyState, v: number) => {
  const k = last(st, v);
  return k >= 0 ? k : st.t[v]!;
};

function moveSubtree(st: TidyState, wm: number, wp: number, shift: number) {
  const change = shift / (st.index[wp]! - st.index[wm]!);
  setFloat(st, st.c, C, wp, st.c[wp]! - change);
  setFloat(st, st.s, S, wp, st.s[wp]! + shift);
  setFloat(st, st.c, C, wm, st.c[wm]! + change);
  setFloat(st, st.z, Z, wp, st.z[wp]! + shift);
  setFloat(st, st.m, M, wp, st.m[wp]! + shift);
}

function executeShifts(st: TidyState, kids: readonly number[]) {
  let shift = 0;
  let change = 0;
  for (let i = kids.length - 1; i >= 0; i--) {
    const w = kids[i]!;
    setFloat(st, st.z, Z, w, st.z[w]! + shift);
    setFloat(st, st.m, M, w, st.m[w]! + shift);
    change += st.c[w]!;
    shift += st.s[w]! + change;
  }
}

/**
 * Combines v's subtree with those of its left siblings (w: the nearest), pushing it right
 * where the contours come too close, and threads the shorter contour onto the longer one.
 */
function apportion(st: TidyState, v: number, w: number, ancestor: number): number {
  if (w < 0) return ancestor;
  const { parent, z, m, a, separation } = st;
  let vip = v;
  let vop = v;
  let vim = w;
  let vom = first(st, parent[v]!);
  let sip = m[vip]!;
  let sop = m[vop]!;
  let sim = m[vim]!;
  let som = m[vom]!;
  for (;;) {
    vim = nextRight(st, vim);
    vip = nextLeft(st, vip);
    if (vim < 0 || vip < 0) break;
    vom = nextLeft(st, vom);
    vop = nextRight(st, vop);
    setInt(st, st.a, ANC, vop, v);
    const shift = z[vim]! + sim - z[vip]! - sip + separation(vim, vip, parent[vim] === parent[vip]);
    if (shift > 0) {
      const greatest = parent[a[vim]!] === parent[v] ? a[vim]! : ancestor;
      moveSubtree(st, greatest, v, shift);
      sip += shift;
      sop += shift;
    }
    sim += m[vim]!;
    sip += m[vip]!;
    som += m[vom]!;
    sop += m[vop]!;
  }
  if (vim >= 0 && nextRight(st, vop) < 0) {
    setInt(st, st.t, T, vop, vim);
    setFloat(st, st.m, M, vop, m[vop]! + sim - sop);
  }
  if (vip >= 0 && nextLeft(st, vom) < 0) {
    setInt(st, st.t, T, vom, vip);
    setFloat(st, st.m, M, vom, m[vom]! + sip - som);
    ancestor = v;
  }
  return ancestor;
}

/**
 * One node of the first walk, once its children's are done: its prelim, midway over its
 * children, then its subtree set beside its left siblings'. It writes only into its own
 * subtree, its left siblings' subtrees and its parent's default ancestor.
 */
export function firstWalkStep(st: TidyState, v: number) {
  const { children, parent, index, z, separation } = st;
  const p = parent[v]!;
  const w = p >= 0 && index[v]! > 0 ? children[p]![index[v]! - 1]! : -1;
  const kids = children[v];
  if (kids && kids.length > 0) {
    executeShifts(st, kids);
    const midpoint = (z[kids[0]!]! + z[kids[kids.length - 1]!]!) / 2;
    if (w >= 0) {
      setFloat(st, st.z, Z, v, z[w]! + separation(w, v, true));
      setFloat(st, st.m, M, v, z[v]! - midpoint);
    } else setFloat(st, st.z, Z, v, midpoint);
  } else if (w >= 0) setFloat(st, st.z, Z, v, z[w]! + separation(w, v, true));
  if (p >= 0) setInt(st, st.A, DEF, p, apportion(st, v, w, st.A[p]! >= 0 ? st.A[p]! : first(st, p)));
}

/**
 * Second walk, parents first: sum the modifiers down each path, the root at 0. `order` is
 * a pre-order from the root; `state(v)` the node's index into the state's arrays (the
 * incremental layout numbers its state apart from the tree it is given). Writes `x`
 * (zeros, one per node); the mods are summed into `sum`, scratch: the state stays as the
 * first walk left it.
 */
export function secondWalk(st: TidyState, order: Int32Array, count: number, parentOf: Int32Array, x: Float64Array, sum: Float64Array, state: (v: number) => number): Float64Array {
  const root = order[0]!;
  sum[root] = st.m[state(root)]! - st.z[state(root)]!;
  for (let k = 1; k < count; k++) {
    const v = order[k]!;
    const p = parentOf[v]!;
    const sv = state(v);
    x[v] = st.z[sv]! + sum[p]!;
    sum[v] = st.m[sv]! + sum[p]!;
  }
  return x;
}

/**
 * Children pushed in order and popped last first: a pre-order that visits the rightmost
 * subtree first. Reversed, it is a post-order that finishes each left sibling's subtree
 * before the right one — what the first walk needs. Sets each node's parent, position
 * and ancestor.
 */
export function walkOrder(st: TidyState, root: number): { order: Int32Array; count: number } {
  const order = new Int32Array(st.parent.length);
  let count = 0;
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop()!;
    order[count++] = v;
    st.a[v] = v;
    const kids = st.children[v];
    if (!kids) continue;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      st.parent[k] = v;
      st.index[k] = i;
      stack.push(k);
    }
  }
  return { order, count };
}

/**
 * The breadth of every node's centre (index: node), `root` at 0. Nodes are `0 … size - 1`;
 * `children[v]` lists v's children in order (missing or empty: a leaf). Nodes not reached
 * from `root` keep 0.
 */
export function tidyTree(root: number, children: ReadonlyArray<readonly number[] | undefined>, size: number, separation: Separation): Float64Array {
  const st = createTidyState(size, children as Array<readonly number[] | undefined>, separation, null);
  const { order, count } = walkOrder(st, root);
  for (let k = count - 1; k >= 0; k--) firstWalkStep(st, order[k]!);
  // The second walk wants parents first: the pre-order itself.
  return secondWalk(st, order, count, st.parent, new Float64Array(size), new Float64Array(size), (v) => v);
}

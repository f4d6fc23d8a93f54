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
 * Names follow d3's (and the paper's): `z` prelim, `m` mod, `c` change, `s` shift,
 * `t` thread, `a` ancestor, `A` default ancestor of a node's children.
 */

/** The distance between the centres of two neighbours at one depth, `left` before `right`. */
export type Separation = (left: number, right: number, siblings: boolean) => number;

/**
 * The breadth of every node's centre (index: node), `root` at 0. Nodes are `0 … size - 1`;
 * `children[v]` lists v's children in order (missing or empty: a leaf). Nodes not reached
 * from `root` keep 0.
 */
export function tidyTree(root: number, children: ReadonlyArray<readonly number[] | undefined>, size: number, separation: Separation): Float64Array {
  const parent = new Int32Array(size).fill(-1);
  const index = new Int32Array(size);
  const z = new Float64Array(size);
  const m = new Float64Array(size);
  const c = new Float64Array(size);
  const s = new Float64Array(size);
  const t = new Int32Array(size).fill(-1);
  const a = new Int32Array(size);
  const A = new Int32Array(size).fill(-1);

  // Children pushed in order and popped last first: a pre-order that visits the rightmost
  // subtree first. Reversed, it is a post-order that finishes each left sibling's subtree
  // before the right one — what the first walk needs.
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
    c[wp]! -= change;
    s[wp]! += shift;
    c[wm]! += change;
    z[wp]! += shift;
    m[wp]! += shift;
  };

  const executeShifts = (kids: readonly number[]) => {
    let shift = 0;
    let change = 0;
    for (let i = kids.length - 1; i >= 0; i--) {
      const w = kids[i]!;
      z[w]! += shift;
      m[w]! += shift;
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
      a[vop] = v;
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
      t[vop] = vim;
      m[vop]! += sim - sop;
    }
    if (vip >= 0 && nextLeft(vom) < 0) {
      t[vom] = vip;
      m[vom]! += sip - som;
      ancestor = v;
    }
    return ancestor;
  };

  // First walk, children before parents: each node's prelim, midway over its children.
  for (let k = count - 1; k >= 0; k--) {
    const v = order[k]!;
    const p = parent[v]!;
    const w = p >= 0 && index[v]! > 0 ? children[p]![index[v]! - 1]! : -1;
    const kids = children[v];
    if (kids && kids.length > 0) {
      executeShifts(kids);
      const midpoint = (z[kids[0]!]! + z[kids[kids.length - 1]!]!) / 2;
      if (w >= 0) {
        z[v] = z[w]! + separation(w, v, true);
        m[v] = z[v]! - midpoint;
      } else z[v] = midpoint;
    } else if (w >= 0) z[v] = z[w]! + separation(w, v, true);
    if (p >= 0) A[p] = apportion(v, w, A[p]! >= 0 ? A[p]! : first(p));
  }

  // Second walk, parents first: sum the modifiers down each path, the root at 0.
  const x = new Float64Array(size);
  m[root]! -= z[root]!;
  for (let k = 1; k < count; k++) {
    const v = order[k]!;
    const p = parent[v]!;
    x[v] = z[v]! + m[p]!;
    m[v]! += m[p]!;
  }
  return x;
}

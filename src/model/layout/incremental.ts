/**
 * Step 3 of the layout, incrementally: the breadth axis of a changed layout tree, re-walking
 * only what a collapse or an expand invalidated.
 *
 * The tidy tree is subtree-local: the first walk's step for node v (`step` in `tidyLog.ts`) reads
 * and writes only v's subtree, its left siblings' subtrees and its parent's default
 * ancestor. So when the children of some nodes change (a collapse, an expand) or their
 * extents do (a collapse hides a manager's assistants), the steps whose inputs changed are
 * exactly those of the changed nodes' ancestors ("dirty") and of every right sibling of a
 * dirty node; every other step would compute what it computed last time. Those steps are
 * undone from the write log, newest first, the changed subtrees are reset, and the steps
 * are replayed in the order a full first walk would run them. Every value the replay reads
 * is then the value a full walk would have read at that point, so the result is the same,
 * bit for bit (`tests/unit/layout/incremental.test.ts` checks it against fresh layouts).
 *
 * Why undoing is exact: of the steps that write one node's fields, those a change
 * invalidates always come last in the walk (they are its ancestors' and their right
 * siblings', which the post-order runs after everything below and to the left), and a
 * replay appends them to the log in that same order, so this holds run after run.
 *
 * State is kept per role, not per outline position (which a collapse shifts): node ids are
 * the role's slot in the model, `N + slot` for the compact block of a manager, `2N` for the
 * virtual root.
 */
import { secondWalk, tidyState, type TidyState, type WriteSink } from './tidyLog';
import type { Geometry, LayoutTree } from './tree';

/**
 * Writes of the first walk, oldest first, as (array, index, value before): enough to undo
 * any suffix of steps. Array and index share one integer (an index stays below 2^28).
 */
class WriteLog implements WriteSink {
  length = 0;
  private at: Int32Array;
  private old: Float64Array;

  /** Room for `capacity` writes before growing (a full walk makes about five per node). */
  constructor(capacity = 4096) {
    this.at = new Int32Array(capacity);
    this.old = new Float64Array(capacity);
  }

  push(code: number, index: number, old: number) {
    if (this.length === this.at.length) this.grow();
    this.at[this.length] = (code << 28) | index;
    this.old[this.length++] = old;
  }

  /** Puts back what the writes `from … to - 1` overwrote, newest first. */
  undo(st: TidyState, from: number, to: number) {
    const { at, old } = this;
    for (let k = to - 1; k >= from; k--) {
      const code = at[k]! >>> 28;
      const i = at[k]! & 0xfffffff;
      st.arrays[code]![i] = old[k]!;
    }
  }

  private grow() {
    const at = new Int32Array(this.at.length * 2);
    const old = new Float64Array(this.at.length * 2);
    at.set(this.at);
    old.set(this.old);
    this.at = at;
    this.old = old;
  }
}

/** Back to a node never walked: what a fresh state holds. */
function resetNode(st: TidyState, v: number) {
  const [z, m, c, s, t, a, A] = st.arrays;
  z[v] = m[v] = c[v] = s[v] = 0;
  t[v] = A[v] = -1;
  a[v] = v;
}

/** The kept first walk of one model under one set of options. */
export interface BreadthCache {
  /** Roles in the model. */
  readonly N: number;
  st: TidyState | null;
  /** The kept walk's writes (also `st.log`). */
  log: WriteLog | null;
  /** Children per node id, of the tree last laid out (stale for nodes since hidden). */
  kids: Array<number[] | undefined>;
  readonly before: Float64Array;
  readonly after: Float64Array;
  readonly isRoot: Uint8Array;
  /** Each node's step, as a range of the write log. */
  readonly stepStart: Int32Array;
  readonly stepEnd: Int32Array;
  /** Per run marks (`epoch`): dirty, fresh (reset and walked from scratch). */
  readonly dirty: Int32Array;
  readonly fresh: Int32Array;
  epoch: number;
  /** Log entries of the steps in use: the rest is replaced history. */
  live: number;
  /** Scratch for each layout (node ids, parents, the walk order, mod sums): a layout of 100,000 roles makes garbage enough. */
  readonly scratch: { readonly id: Int32Array; readonly parentOf: Int32Array; readonly order: Int32Array; readonly sum: Float64Array };
}

export function createBreadthCache(roles: number): BreadthCache {
  const size = 2 * roles + 1;
  return {
    N: roles,
    st: null,
    log: null,
    kids: [],
    before: new Float64Array(size),
    after: new Float64Array(size),
    isRoot: new Uint8Array(size),
    stepStart: new Int32Array(size).fill(-1),
    stepEnd: new Int32Array(size).fill(-1),
    dirty: new Int32Array(size),
    fresh: new Int32Array(size),
    epoch: 0,
    live: 0,
    scratch: { id: new Int32Array(size), parentOf: new Int32Array(size), order: new Int32Array(size), sum: new Float64Array(size) },
  };
}

/**
 * The breadth of every tree node's centre (index: tree node), as `breadthOf` computes it
 * from scratch, reusing the cache's last walk. `slot[i]`: the model slot of outline item i.
 */
export function breadthFrom(cache: BreadthCache, t: LayoutTree, g: Geometry, slot: Int32Array): Float64Array {
  const { n, root } = t;
  const { N } = cache;
  const { id, parentOf, order, sum } = cache.scratch;
  for (let i = 0; i < n; i++) {
    id[i] = slot[i]!;
    id[n + i] = N + slot[i]!;
  }
  id[root] = 2 * N;
  // Replaced steps pile up in the log; past a few times the live ones, start over.
  const stale = cache.st !== null && cache.log!.length > 3 * cache.live + 65536;
  if (cache.st === null || stale) walkAll(cache, t, g, id);
  else rewalk(cache, t, id);

  let count = 0;
  const stack = [root];
  while (stack.length > 0) {
    const v = stack.pop()!;
    order[count++] = v;
    const kids = t.kids[v];
    if (!kids) continue;
    for (const k of kids) {
      parentOf[k] = v;
      stack.push(k);
    }
  }
  return secondWalk(cache.st!, order, count, parentOf, new Float64Array(root + 1), sum, id);
}

function syncNode(cache: BreadthCache, t: LayoutTree, v: number, id: Int32Array): boolean {
  const s = id[v]!;
  const moved = cache.before[s] !== t.before[v] || cache.after[s] !== t.after[v];
  cache.before[s] = t.before[v]!;
  cache.after[s] = t.after[v]!;
  cache.isRoot[s] = v < t.n && t.items[v]!.parentId === null ? 1 : 0;
  return moved;
}

function mapped(kids: readonly number[] | undefined, id: Int32Array): number[] | undefined {
  if (!kids || kids.length === 0) return undefined;
  const out = new Array<number>(kids.length);
  for (let i = 0; i < kids.length; i++) out[i] = id[kids[i]!]!;
  return out;
}

function sameKids(kids: readonly number[] | undefined, old: readonly number[] | undefined, id: Int32Array): boolean {
  const length = kids?.length ?? 0;
  if (length !== (old?.length ?? 0)) return false;
  for (let i = 0; i < length; i++) if (id[kids![i]!] !== old![i]) return false;
  return true;
}

function step(cache: BreadthCache, s: number) {
  const log = cache.log!;
  const start = log.length;
  cache.st!.step(s);
  cache.stepStart[s] = start;
  cache.stepEnd[s] = log.length;
  cache.live += log.length - start;
}

/** The first layout (or a fresh start): every node walked, every write logged. */
function walkAll(cache: BreadthCache, t: LayoutTree, g: Geometry, id: Int32Array) {
  const { N, before, after, isRoot } = cache;
  const { gs, gt } = g;
  const kids: Array<number[] | undefined> = new Array(2 * N + 1).fill(undefined);
  // The tree's nodes: roles that are not attached, the blocks, the root.
  for (let v = 0; v <= t.root; v++) {
    const own = t.kids[v];
    if (!own) continue;
    kids[id[v]!] = mapped(own, id);
    for (const k of own) syncNode(cache, t, k, id);
  }
  syncNode(cache, t, t.root, id);
  cache.kids = kids;
  // Called for every pair of neighbours at every level: no allocation in here.
  const separation = (left: number, right: number, siblings: boolean) => after[left]! + before[right]! + (siblings && (left >= N || !isRoot[left]) ? gs : gt);
  const log = (cache.log = new WriteLog(6 * t.n + 1024));
  const st = (cache.st = tidyState(2 * N + 1, kids, separation, log));
  cache.live = 0;
  cache.stepStart.fill(-1);
  const { order, count } = st.walkOrder(2 * N);
  for (let k = count - 1; k >= 0; k--) step(cache, order[k]!);
}

/** Undo the steps a change invalidated, reset the changed subtrees, replay. */
function rewalk(cache: BreadthCache, t: LayoutTree, id: Int32Array) {
  const st = cache.st!;
  const epoch = ++cache.epoch;
  const { dirty, kids } = cache;

  // Changed: a node whose children differ (its subtree is walked afresh) or, children the
  // same, whose extents differ. Below a node whose children are the same, nothing is new.
  const changed: number[] = [];
  const reshaped: number[] = [];
  const stack = [t.root];
  while (stack.length > 0) {
    const v = stack.pop()!;
    const moved = syncNode(cache, t, v, id);
    if (!sameKids(t.kids[v], kids[id[v]!], id)) reshaped.push(v);
    else {
      if (moved) changed.push(id[v]!);
      const own = t.kids[v];
      if (own) for (const k of own) stack.push(k);
    }
  }
  for (const v of reshaped) changed.push(id[v]!);
  if (changed.length === 0) return;

  // Dirty: the changed nodes and their ancestors (parents never change: the tree's shape
  // is the model's, a change only shows or hides children).
  const dirtyList: number[] = [];
  for (const s of changed) {
    for (let u = s; u >= 0 && dirty[u] !== epoch; u = st.parent[u]!) {
      dirty[u] = epoch;
      dirtyList.push(u);
    }
  }
  const redo: number[] = [];
  for (const d of dirtyList) {
    redo.push(d);
    const own = kids[d];
    if (!own) continue;
    let after = false;
    for (const k of own) {
      if (dirty[k] === epoch) after = true;
      else if (after) redo.push(k);
    }
  }
  // Steps hold disjoint ranges of the log: newest first is by start, descending.
  redo.sort((p, q) => cache.stepStart[q]! - cache.stepStart[p]!);
  for (const s of redo) {
    const start = cache.stepStart[s]!;
    if (start < 0) continue;
    cache.log!.undo(st, start, cache.stepEnd[s]!);
    cache.live -= cache.stepEnd[s]! - start;
    cache.stepStart[s] = -1;
  }
  for (const v of reshaped) resetSubtree(cache, t, v, id, epoch);
  replay(cache, epoch);
}

/** A changed node's new subtree: its children, extents and walk state as a fresh walk starts them. */
function resetSubtree(cache: BreadthCache, t: LayoutTree, top: number, id: Int32Array, epoch: number) {
  const st = cache.st!;
  // The old subtree's steps are history now (every node of the last tree has a live step).
  const old = [...(cache.kids[id[top]!] ?? [])];
  while (old.length > 0) {
    const s = old.pop()!;
    if (cache.stepStart[s]! < 0) continue;
    cache.live -= cache.stepEnd[s]! - cache.stepStart[s]!;
    cache.stepStart[s] = -1;
    for (const k of cache.kids[s] ?? []) old.push(k);
  }
  const stack = [top];
  while (stack.length > 0) {
    const v = stack.pop()!;
    const s = id[v]!;
    syncNode(cache, t, v, id);
    cache.fresh[s] = epoch;
    resetNode(st, s);
    const own = t.kids[v];
    cache.kids[s] = mapped(own, id);
    if (!own) continue;
    for (let i = 0; i < own.length; i++) {
      st.parent[id[own[i]!]!] = s;
      st.index[id[own[i]!]!] = i;
      stack.push(own[i]!);
    }
  }
}

/**
 * The invalidated steps in the first walk's order (children left to right, then the
 * parent): fresh subtrees whole, dirty nodes, and the right siblings of dirty nodes (whose
 * own subtrees are untouched, so only their step is replayed). Collected as a pre-order
 * that visits the rightmost child first and run backwards, as `tidyTree` does.
 */
function replay(cache: BreadthCache, epoch: number) {
  const { kids, dirty, fresh } = cache;
  const order: number[] = [];
  // A negative entry (~s): replay s's step, not the steps below it.
  const stack = [2 * cache.N];
  while (stack.length > 0) {
    const e = stack.pop()!;
    const s = e < 0 ? ~e : e;
    order.push(s);
    const own = kids[s];
    if (e < 0 || !own) continue;
    if (fresh[s] === epoch) {
      for (const k of own) stack.push(k);
      continue;
    }
    let after = false;
    for (const k of own) {
      if (dirty[k] === epoch || fresh[k] === epoch) {
        after = true;
        stack.push(k);
      } else if (after) stack.push(~k);
    }
  }
  for (let k = order.length - 1; k >= 0; k--) step(cache, order[k]!);
}

/**
 * Ticking a tree in which only the leaves are units of work: a checklist's duties
 * and a workflow's steps alike. No React here.
 *
 * Leaves are the truth. A parent is done exactly when every leaf below it is, so its
 * box is derived (tri-state) and ticking it ticks them all. An incoming parent id
 * stands for all of its leaves. The outgoing list is canonical: every done node in
 * document order (parents included, so a host can ask "is smn-4 done?" of either),
 * then the incoming ids no node has, kept as given because they may belong to items
 * the host has hidden or to another tree sharing one list.
 *
 * Ids are the state: when data repeats an id, every node carrying it moves together.
 */

/** One box's state, as `aria-checked` spells it. */
export type CheckedState = 'true' | 'false' | 'mixed';

export interface CheckedNode {
  readonly id: string;
  readonly children: readonly CheckedNode[];
  /** The leaves at or below this node: itself when it has no children. Never empty. */
  readonly leafIds: readonly string[];
}

export interface CheckedSet {
  readonly leaves: ReadonlySet<string>;
  /** Incoming ids that name no node, deduplicated, in their original order. */
  readonly unknown: readonly string[];
}

export interface CheckedProgress {
  readonly done: number;
  readonly total: number;
  /** Every leaf is done; a branch without leaves has nothing left to do, so it is complete. */
  readonly complete: boolean;
}

/** The `leafIds` a node gets from its children, for tree builders. */
export function leafIdsOf(id: string, children: readonly CheckedNode[]): readonly string[] {
  return children.length === 0 ? [id] : children.flatMap((child) => child.leafIds);
}

/** Reads a host's list of ids (defensively: it may be anything) against the tree. */
export function readChecked(roots: readonly CheckedNode[], ids: unknown): CheckedSet {
  const given = new Set<string>();
  if (Array.isArray(ids)) for (const id of ids) if (typeof id === 'string') given.add(id);
  const leaves = new Set<string>();
  const known = new Set<string>();
  const visit = (node: CheckedNode) => {
    known.add(node.id);
    if (given.has(node.id)) for (const leaf of node.leafIds) leaves.add(leaf);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  return { leaves, unknown: [...given].filter((id) => !known.has(id)) };
}

export function countChecked(leafIds: readonly string[], leaves: ReadonlySet<string>): number {
  let done = 0;
  for (const id of leafIds) if (leaves.has(id)) done++;
  return done;
}

/** Done when every leaf is; an empty list is not ticked (there is no box to tick). */
export function checkedState(leafIds: readonly string[], leaves: ReadonlySet<string>): CheckedState {
  const done = countChecked(leafIds, leaves);
  if (done === 0) return 'false';
  return done === leafIds.length ? 'true' : 'mixed';
}

export function progressOf(leafIds: readonly string[], leaves: ReadonlySet<string>): CheckedProgress {
  const done = countChecked(leafIds, leaves);
  return { done, total: leafIds.length, complete: done === leafIds.length };
}

/** A copy of `leaves` with every one of `leafIds` ticked (`checked`) or cleared. */
export function setLeaves(leaves: ReadonlySet<string>, leafIds: readonly string[], checked: boolean): Set<string> {
  const next = new Set(leaves);
  for (const id of leafIds) {
    if (checked) next.add(id);
    else next.delete(id);
  }
  return next;
}

/**
 * Ticks every one of `leafIds`, or clears them when all are ticked already: a mixed
 * box therefore ticks, as a native indeterminate checkbox turns checked.
 */
export function toggleLeaves(leaves: ReadonlySet<string>, leafIds: readonly string[]): Set<string> {
  const allDone = leafIds.length > 0 && countChecked(leafIds, leaves) === leafIds.length;
  return setLeaves(leaves, leafIds, !allDone);
}

/** The canonical outgoing list (see the top of this file). */
export function writeChecked(roots: readonly CheckedNode[], leaves: ReadonlySet<string>, unknown: readonly string[]): string[] {
  const ids = new Set<string>();
  const visit = (node: CheckedNode) => {
    if (node.leafIds.every((id) => leaves.has(id))) ids.add(node.id);
    node.children.forEach(visit);
  };
  roots.forEach(visit);
  for (const id of unknown) ids.add(id);
  return [...ids];
}

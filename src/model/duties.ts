/**
 * A role's responsibilities as a tree of duties: what the checklist ticks and what
 * RoleCard counts. No React here.
 *
 * Input is read defensively: a role that never went through `parseRole` may have
 * groups without items, duties without text or repeated ids. What can be shown is
 * kept (a duty without text keeps its place and its children), what cannot be
 * tracked is dropped (a duty without an id, or a later duty repeating an earlier
 * id, with its subtree), and the problems themselves are reported by `parseRole`.
 */
import { isRecord, nonBlank } from '../internal/guards';
import { leafIdsOf, type CheckedNode } from './checkedTree';

export interface DutyNode extends CheckedNode {
  /** The responsibility id, unique within the tree. */
  readonly id: string;
  /** `undefined` when the data has no usable text: rendered with a placeholder. */
  readonly text: string | undefined;
  /** 0 for a group's top-level duties. */
  readonly depth: number;
  /** Document order over every duty of the role, for stable DOM ids. */
  readonly index: number;
  readonly children: readonly DutyNode[];
}

export interface DutyGroup {
  /** The accordion value: the group id, made unique when the data repeats one (`id~2`). */
  readonly key: string;
  readonly title: string | undefined;
  readonly items: readonly DutyNode[];
  readonly leafIds: readonly string[];
}

export interface DutyTree {
  readonly groups: readonly DutyGroup[];
  /** Every group's top-level duties, in order: the roots `checkedTree` walks. */
  readonly roots: readonly DutyNode[];
  readonly byId: ReadonlyMap<string, DutyNode>;
  readonly leafIds: readonly string[];
}

/** Deeper than any job description; stops a self-containing object from recursing forever. */
const MAX_DEPTH = 32;

/** `base`, or `base~2`, `base~3`… when `taken` has it already; the result is added to `taken`. */
export function uniqueKey(base: string, taken: Set<string>): string {
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}~${n}`;
  taken.add(key);
  return key;
}

export function buildDutyTree(responsibilities: unknown): DutyTree {
  const byId = new Map<string, DutyNode>();

  const readItems = (items: unknown, depth: number): DutyNode[] => {
    if (!Array.isArray(items) || depth > MAX_DEPTH) return [];
    const nodes: DutyNode[] = [];
    for (const item of items) {
      if (!isRecord(item)) continue;
      const id = nonBlank(item.id);
      if (id === undefined || byId.has(id)) continue;
      // Register before the children so a child repeating its parent's id is the duplicate.
      const node: { -readonly [K in keyof DutyNode]: DutyNode[K] } = { id, text: nonBlank(item.text), depth, index: byId.size, children: [], leafIds: [] };
      byId.set(id, node);
      node.children = readItems(item.children, depth + 1);
      node.leafIds = leafIdsOf(id, node.children);
      nodes.push(node);
    }
    return nodes;
  };

  const groups: DutyGroup[] = [];
  const groupKeys = new Set<string>();
  if (Array.isArray(responsibilities)) {
    responsibilities.forEach((group, g) => {
      if (!isRecord(group)) return;
      const items = readItems(group.items, 0);
      const key = uniqueKey(nonBlank(group.id) ?? `group-${g + 1}`, groupKeys);
      groups.push({ key, title: nonBlank(group.title), items, leafIds: items.flatMap((item) => item.leafIds) });
    });
  }

  return { groups, roots: groups.flatMap((group) => group.items), byId, leafIds: groups.flatMap((group) => group.leafIds) };
}

/** Leaves in a role's responsibilities: the "12" of "12 duties". */
export function countDuties(responsibilities: unknown): number {
  return buildDutyTree(responsibilities).leafIds.length;
}

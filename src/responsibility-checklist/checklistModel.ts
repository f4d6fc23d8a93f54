/**
 * The checklist's view of a role: responsibility groups as a tree of duties, the
 * assessments hung on them, and the pure functions that derive checked, filtered
 * and penalty state from a list of checked ids. No React here.
 *
 * Input is read defensively: a role that never went through `parseRole` may have
 * groups without items, duties without text or repeated ids. What can be shown is
 * kept (a duty without text keeps its place and its children), what cannot be
 * tracked is dropped (a duty without an id, or a later duty repeating an earlier
 * id, with its subtree), and the problems themselves are reported by `parseRole`.
 */
import type { CheckboxState } from '../internal/Checkbox';
import { isRecord, nonBlank } from '../internal/guards';
import type { Penalty } from '../model/schema';

/* -------------------------------------------------------------------------------------------------
 * Tree
 * -----------------------------------------------------------------------------------------------*/

/** One box's state; the checkbox the checklist draws takes it as is. */
export type CheckedState = CheckboxState;

export interface DutyNode {
  /** The responsibility id, unique within the tree. */
  readonly id: string;
  /** `undefined` when the data has no usable text: rendered with a placeholder. */
  readonly text: string | undefined;
  /** 0 for a group's top-level duties. */
  readonly depth: number;
  /** Document order over every duty of the role, for stable DOM ids. */
  readonly index: number;
  readonly children: readonly DutyNode[];
  /**
   * The duties that are ticked one by one: this duty when it has no children,
   * otherwise the leaves below it. A parent is done exactly when all of these are.
   */
  readonly leafIds: readonly string[];
}

export interface GroupNode {
  /** The accordion value: the group id, made unique when the data repeats one (`id~2`). */
  readonly key: string;
  readonly title: string | undefined;
  readonly items: readonly DutyNode[];
  readonly leafIds: readonly string[];
}

export interface ChecklistTree {
  readonly groups: readonly GroupNode[];
  readonly byId: ReadonlyMap<string, DutyNode>;
  /** Every duty (parents too) in document order. */
  readonly order: readonly DutyNode[];
  readonly leafIds: readonly string[];
}

/** Deeper than any job description; stops a self-containing object from recursing forever. */
const MAX_DEPTH = 32;


export function buildChecklistTree(responsibilities: unknown): ChecklistTree {
  const byId = new Map<string, DutyNode>();
  const order: DutyNode[] = [];
  const groupKeys = new Set<string>();

  const readItems = (items: unknown, depth: number): DutyNode[] => {
    if (!Array.isArray(items) || depth > MAX_DEPTH) return [];
    const nodes: DutyNode[] = [];
    for (const item of items) {
      if (!isRecord(item)) continue;
      const id = nonBlank(item.id);
      if (id === undefined || byId.has(id)) continue;
      // Register before the children so a child repeating its parent's id is the duplicate.
      const node: { -readonly [K in keyof DutyNode]: DutyNode[K] } = {
        id,
        text: nonBlank(item.text),
        depth,
        index: order.length,
        children: [],
        leafIds: [],
      };
      byId.set(id, node);
      order.push(node);
      node.children = readItems(item.children, depth + 1);
      node.leafIds = node.children.length === 0 ? [id] : node.children.flatMap((child) => child.leafIds);
      nodes.push(node);
    }
    return nodes;
  };

  const groups: GroupNode[] = [];
  if (Array.isArray(responsibilities)) {
    responsibilities.forEach((group, g) => {
      if (!isRecord(group)) return;
      const items = readItems(group.items, 0);
      const base = nonBlank(group.id) ?? `group-${g + 1}`;
      let key = base;
      for (let n = 2; groupKeys.has(key); n++) key = `${base}~${n}`;
      groupKeys.add(key);
      groups.push({ key, title: nonBlank(group.title), items, leafIds: items.flatMap((item) => item.leafIds) });
    });
  }

  return { groups, byId, order, leafIds: groups.flatMap((group) => group.leafIds) };
}

/* -------------------------------------------------------------------------------------------------
 * Checked state
 *
 * Leaves are the truth. A parent id in the incoming list stands for all of its
 * leaves; the outgoing list names every checked leaf and every parent whose leaves
 * are all checked, so a host can ask "is smn-4 done?" of either. Ids the tree does
 * not know are passed through untouched: they may belong to duties the host has
 * hidden, and dropping them would lose the host's data.
 * -----------------------------------------------------------------------------------------------*/

export interface CheckedSet {
  readonly leaves: ReadonlySet<string>;
  /** Incoming ids that name no duty of this role, in their original order. */
  readonly unknown: readonly string[];
}

export function readChecked(ids: readonly string[] | undefined, tree: ChecklistTree): CheckedSet {
  const leaves = new Set<string>();
  const unknown: string[] = [];
  for (const id of Array.isArray(ids) ? ids : []) {
    const node = typeof id === 'string' ? tree.byId.get(id) : undefined;
    if (node) for (const leaf of node.leafIds) leaves.add(leaf);
    else if (typeof id === 'string') unknown.push(id);
  }
  return { leaves, unknown };
}

export function stateOf(leafIds: readonly string[], leaves: ReadonlySet<string>): CheckedState {
  let done = 0;
  for (const id of leafIds) if (leaves.has(id)) done++;
  if (done === 0) return 'false';
  return done === leafIds.length ? 'true' : 'mixed';
}

export function countDone(leafIds: readonly string[], leaves: ReadonlySet<string>): number {
  let done = 0;
  for (const id of leafIds) if (leaves.has(id)) done++;
  return done;
}

/**
 * Ticks every leaf in `leafIds`, or clears them all when they are already all
 * ticked (a mixed box therefore ticks: the common tri-state convention).
 */
export function toggleLeaves(checked: CheckedSet, leafIds: readonly string[], tree: ChecklistTree): string[] {
  const next = new Set(checked.leaves);
  const clear = leafIds.length > 0 && leafIds.every((id) => next.has(id));
  for (const id of leafIds) {
    if (clear) next.delete(id);
    else next.add(id);
  }
  return writeChecked(next, checked.unknown, tree);
}

export function writeChecked(leaves: ReadonlySet<string>, unknown: readonly string[], tree: ChecklistTree): string[] {
  const ids: string[] = [];
  for (const node of tree.order) if (node.leafIds.every((id) => leaves.has(id))) ids.push(node.id);
  return ids.concat(unknown);
}

/* -------------------------------------------------------------------------------------------------
 * Filter
 * -----------------------------------------------------------------------------------------------*/

/**
 * A case-insensitive matcher for the query, or `undefined` when there is nothing to
 * match. One regex serves both matching and highlighting (`split` with a capture
 * group), so what is highlighted is exactly what matched, whatever the script.
 */
export function makeMatcher(query: string): RegExp | undefined {
  const trimmed = query.trim();
  if (!trimmed) return undefined;
  // Only syntax characters may be escaped under the `u` flag.
  return new RegExp(`(${trimmed.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')})`, 'iu');
}

export interface FilterResult {
  /** Duties to render: those that match, their ancestors (for context) and their descendants. */
  readonly visible: ReadonlySet<string>;
  /** Groups with at least one visible duty, or whose title matches. */
  readonly groupKeys: ReadonlySet<string>;
  /** Visible leaves: the "3" of "Showing 3 of 40". */
  readonly shownLeaves: number;
}

export function filterTree(tree: ChecklistTree, matcher: RegExp): FilterResult {
  const visible = new Set<string>();
  const groupKeys = new Set<string>();
  const showAll = (node: DutyNode) => {
    visible.add(node.id);
    node.children.forEach(showAll);
  };
  // Returns whether the node or anything below it is shown.
  const visit = (node: DutyNode): boolean => {
    if (node.text !== undefined && matcher.test(node.text)) {
      showAll(node);
      return true;
    }
    let any = false;
    for (const child of node.children) if (visit(child)) any = true;
    if (any) visible.add(node.id);
    return any;
  };
  for (const group of tree.groups) {
    if (group.title !== undefined && matcher.test(group.title)) {
      group.items.forEach(showAll);
      groupKeys.add(group.key);
      continue;
    }
    let any = false;
    for (const item of group.items) if (visit(item)) any = true;
    if (any) groupKeys.add(group.key);
  }
  let shownLeaves = 0;
  for (const id of tree.leafIds) if (visible.has(id)) shownLeaves++;
  return { visible, groupKeys, shownLeaves };
}

/* -------------------------------------------------------------------------------------------------
 * Assessments
 * -----------------------------------------------------------------------------------------------*/

export interface RuleNode {
  /** The assessment id (made unique like group keys) for DOM ids and React keys. */
  readonly key: string;
  readonly text: string | undefined;
  /** Only a penalty whose amount and currency can be formatted. */
  readonly penalty: Penalty | undefined;
  /** The known duties it checks; unknown ids are dropped (and reported by `parseRole`). */
  readonly dutyIds: readonly string[];
  /** Leaves below those duties: the rule is met when all of them are checked. */
  readonly leafIds: readonly string[];
}

export interface RuleIndex {
  readonly byDuty: ReadonlyMap<string, readonly RuleNode[]>;
  /** Rules tied to no known duty: shown apart, never counted as at risk. */
  readonly unlinked: readonly RuleNode[];
  readonly linked: readonly RuleNode[];
  /** Whether a linked rule carries a penalty, i.e. whether a penalty summary means anything. */
  readonly hasPenalties: boolean;
}

const PERIODS = new Set(['occurrence', 'day', 'week', 'month', 'quarter', 'year']);

function readPenalty(value: unknown): Penalty | undefined {
  if (!isRecord(value)) return undefined;
  const { amount, currency, per } = value;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) return undefined;
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) return undefined;
  return { amount, currency, per: typeof per === 'string' && PERIODS.has(per) ? (per as Penalty['per']) : 'occurrence' };
}

export function buildRules(assessments: unknown, tree: ChecklistTree): RuleIndex {
  const byDuty = new Map<string, RuleNode[]>();
  const unlinked: RuleNode[] = [];
  const linked: RuleNode[] = [];
  const keys = new Set<string>();
  let hasPenalties = false;
  if (Array.isArray(assessments)) {
    assessments.forEach((assessment, a) => {
      if (!isRecord(assessment)) return;
      const base = nonBlank(assessment.id) ?? `assessment-${a + 1}`;
      let key = base;
      for (let n = 2; keys.has(key); n++) key = `${base}~${n}`;
      keys.add(key);
      const refs = Array.isArray(assessment.responsibilityIds) ? assessment.responsibilityIds : [];
      const dutyIds = [...new Set(refs.filter((id): id is string => typeof id === 'string' && tree.byId.has(id)))];
      const text = nonBlank(assessment.text);
      const penalty = readPenalty(assessment.penalty);
      if (text === undefined && penalty === undefined) return; // nothing to show
      const rule: RuleNode = { key, text, penalty, dutyIds, leafIds: [...new Set(dutyIds.flatMap((id) => tree.byId.get(id)!.leafIds))] };
      if (dutyIds.length === 0) {
        unlinked.push(rule);
        return;
      }
      linked.push(rule);
      if (penalty) hasPenalties = true;
      for (const id of dutyIds) {
        const list = byDuty.get(id);
        if (list) list.push(rule);
        else byDuty.set(id, [rule]);
      }
    });
  }
  return { byDuty, unlinked, linked, hasPenalties };
}

export function isRuleMet(rule: RuleNode, leaves: ReadonlySet<string>): boolean {
  return rule.leafIds.every((id) => leaves.has(id));
}

/**
 * Penalties of the linked rules not yet met, summed per currency in the order the
 * currencies first appear. Different periods are added as they stand ("at risk" is
 * one occurrence of each); the per-rule text says which period each one is.
 */
export function penaltiesAtRisk(rules: RuleIndex, leaves: ReadonlySet<string>): Array<{ currency: string; amount: number }> {
  const totals = new Map<string, number>();
  for (const rule of rules.linked) {
    if (!rule.penalty || isRuleMet(rule, leaves)) continue;
    totals.set(rule.penalty.currency, (totals.get(rule.penalty.currency) ?? 0) + rule.penalty.amount);
  }
  return [...totals].map(([currency, amount]) => ({ currency, amount }));
}

/** Leaves in a role's responsibilities: the "12" of "12 duties". Used by RoleCard too. */
export function countDuties(responsibilities: unknown): number {
  return buildChecklistTree(responsibilities).leafIds.length;
}

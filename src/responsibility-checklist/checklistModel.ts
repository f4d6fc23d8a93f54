/**
 * The checklist's own derivations over a role's duty tree (`model/duties.ts`): the
 * filter, and the assessments hung on duties with the penalties they put at risk.
 * Checked state itself is `model/checkedTree.ts`, shared with the WorkflowStepper.
 * No React here.
 */
import { isRecord, nonBlank } from '../internal/guards';
import { countChecked } from '../model/checkedTree';
import { uniqueKey, type DutyNode, type DutyTree } from '../model/duties';
import type { Penalty } from '../model/schema';

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

export function filterTree(tree: DutyTree, matcher: RegExp): FilterResult {
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

export function buildRules(assessments: unknown, tree: DutyTree): RuleIndex {
  const byDuty = new Map<string, RuleNode[]>();
  const unlinked: RuleNode[] = [];
  const linked: RuleNode[] = [];
  const keys = new Set<string>();
  let hasPenalties = false;
  if (Array.isArray(assessments)) {
    assessments.forEach((assessment, a) => {
      if (!isRecord(assessment)) return;
      const key = uniqueKey(nonBlank(assessment.id) ?? `assessment-${a + 1}`, keys);
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
  return countChecked(rule.leafIds, leaves) === rule.leafIds.length;
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

import { useCallback, useMemo, useRef } from 'react';
import { makeIssue, previewValue, type OrgIssue } from '../model/issues';
import { parseWorkflow } from '../model/parseOrg';
import type { Workflow } from '../model/schema';
import { useControllableState } from '../internal/useControllableState';
import {
  buildWorkflowModel,
  doneLeafIds,
  firstIncompleteIndex,
  initialPhaseIndex,
  isPhaseReachable,
  nextPhaseIndex,
  phaseIndexOf,
  phaseProgress,
  previousPhaseIndex,
  setStepCompleted,
  type Gate,
  type PhaseProgress,
  type StepNode,
  type WorkflowModel,
} from './workflowState';

export interface UseWorkflowStateOptions {
  workflow: Workflow | null | undefined;
  activePhaseId?: string | undefined;
  defaultActivePhaseId?: string | undefined;
  onActivePhaseChange?: ((phaseId: string) => void) | undefined;
  completedStepIds?: readonly string[] | undefined;
  defaultCompletedStepIds?: readonly string[] | undefined;
  onCompletedStepsChange?: ((stepIds: string[]) => void) | undefined;
  linear?: boolean | undefined;
}

export interface WorkflowState {
  /** `null` when there is nothing to draw (no workflow, or not even a list of phases). */
  model: WorkflowModel | null;
  /** Problems in the data: from `parseWorkflow`, plus an `activePhaseId` no phase has. */
  issues: readonly OrgIssue[];
  /** Index of the current phase; -1 only when there are no phases. */
  activeIndex: number;
  /** One entry per phase, in order. */
  progress: readonly PhaseProgress[];
  /** Leaf steps done (see `doneLeafIds`). */
  done: ReadonlySet<string>;
  /** First phase with work left (`phases.length` when all are done). */
  frontier: number;
  allComplete: boolean;
  isReachable: (index: number) => boolean;
  previousIndex: number;
  nextIndex: number;
  goToPhase: (index: number) => void;
  setStepDone: (node: StepNode, completed: boolean) => void;
}

const NO_IDS: readonly string[] = [];
const NO_ISSUES: readonly OrgIssue[] = [];

/**
 * The walk-through's state: which steps are done and which phase is current, both
 * controllable, plus everything derived from them (progress, linear gating, where
 * Back and Next lead). Rendering lives in `WorkflowStepper.tsx`.
 */
export function useWorkflowState(options: UseWorkflowStateOptions): WorkflowState {
  const { workflow, activePhaseId, defaultActivePhaseId, onActivePhaseChange, completedStepIds, defaultCompletedStepIds, onCompletedStepsChange, linear = false } = options;

  // No workflow is a normal state (a role without one), not a problem to report.
  const parsed = useMemo(() => (workflow == null ? null : parseWorkflow(workflow)), [workflow]);
  const model = useMemo(() => buildWorkflowModel(workflow), [workflow]);

  const [completed, setCompleted] = useControllableState<readonly string[]>({
    prop: completedStepIds,
    defaultProp: defaultCompletedStepIds ?? NO_IDS,
    // The hook only ever hands back arrays it has just built.
    onChange: onCompletedStepsChange as ((ids: readonly string[]) => void) | undefined,
    name: 'WorkflowStepper completedStepIds',
  });

  const done = useMemo(() => (model ? doneLeafIds(model, completed) : new Set<string>()), [model, completed]);
  const progress = useMemo(() => model?.phases.map((phase) => phaseProgress(phase, done)) ?? [], [model, done]);
  const frontier = firstIncompleteIndex(progress);

  const [active, setActive] = useControllableState<string | undefined>({
    prop: activePhaseId,
    // Read once, on mount: start where the work is.
    defaultProp: defaultActivePhaseId ?? model?.phases[initialPhaseIndex(progress)]?.id,
    onChange: (id) => {
      if (id !== undefined) onActivePhaseChange?.(id);
    },
    name: 'WorkflowStepper activePhaseId',
  });

  // A workflow that arrives after mount (fetched) had no phase to start on: start, once,
  // where its work is — then stay there while steps are ticked, until the user moves.
  const lateStart = useRef<string | undefined>(undefined);
  if (active === undefined && model && phaseIndexOf(model, lateStart.current) === -1) {
    lateStart.current = model.phases[initialPhaseIndex(progress)]?.id;
  }
  const current = active ?? lateStart.current;

  const phaseCount = model?.phases.length ?? 0;
  const found = model ? phaseIndexOf(model, current) : -1;
  // An id no phase has (bad data, or a stale one after the workflow changed): show the first phase.
  const activeIndex = phaseCount === 0 ? -1 : found === -1 ? 0 : found;

  // Report an unknown id only while it is the host's: the controlled prop, or the default not yet moved from.
  const unknownActive =
    phaseCount > 0 && found === -1 && active !== undefined && (activePhaseId !== undefined || active === defaultActivePhaseId) ? active : undefined;
  const issues = useMemo(() => {
    const list: OrgIssue[] = parsed && !parsed.ok ? [...parsed.issues] : [];
    if (unknownActive !== undefined) {
      const prop = activePhaseId !== undefined ? 'activePhaseId' : 'defaultActivePhaseId';
      list.push(makeIssue('unknown_reference', [prop], `no phase has the id ${previewValue(unknownActive)}; showing the first phase`));
    }
    return list.length > 0 ? list : NO_ISSUES;
  }, [parsed, unknownActive, activePhaseId]);

  const gate: Gate = { linear, activeIndex, frontier };
  const isReachable = useCallback((index: number) => isPhaseReachable(index, { linear, activeIndex, frontier }), [linear, activeIndex, frontier]);

  const goToPhase = useCallback(
    (index: number) => {
      const phase = model?.phases[index];
      if (!phase || index === activeIndex || !isPhaseReachable(index, { linear, activeIndex, frontier })) return;
      setActive(phase.id);
    },
    [model, activeIndex, linear, frontier, setActive],
  );

  const setStepDone = useCallback(
    (node: StepNode, value: boolean) => {
      if (!model) return;
      setCompleted((previous) => setStepCompleted(model, previous, node, value));
    },
    [model, setCompleted],
  );

  return {
    model,
    issues,
    activeIndex,
    progress,
    done,
    frontier,
    allComplete: phaseCount > 0 && frontier === phaseCount,
    isReachable,
    previousIndex: previousPhaseIndex(gate),
    nextIndex: nextPhaseIndex(gate, phaseCount),
    goToPhase,
    setStepDone,
  };
}

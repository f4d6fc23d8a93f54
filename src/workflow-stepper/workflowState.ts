/**
 * What a workflow walk-through knows, as pure functions of the model and two ids:
 * which steps are done and which phase is current. No React; the hook in
 * `useWorkflowState.ts` wires these to controllable state.
 *
 * Completion is stored per step id (`completedStepIds`), but only *leaf* steps are
 * units of work: a parent step ("Set up an information system" → 1)…4)) is done
 * exactly when all its sub-steps are. The rules for that, and for the canonical list
 * handed back, are the checklist's too: `model/checkedTree.ts`.
 */
import { isRecord } from '../internal/guards';
import { leafIdsOf, progressOf, readChecked, setLeaves, writeChecked, type CheckedNode, type CheckedProgress } from '../model/checkedTree';
import { LIMITS, type Workflow, type WorkflowPhase, type WorkflowStep } from '../model/schema';

/* -------------------------------------------------------------------------------------------------
 * Model: the workflow as the stepper draws it
 * -----------------------------------------------------------------------------------------------*/

export interface StepNode extends CheckedNode {
  /** The model's step, as given (what `renderStep` receives). */
  readonly step: WorkflowStep;
  readonly text: string;
  /** Index path such as `1.0.3`: unique even when step ids are not. */
  readonly key: string;
  /** 0 for a phase's own steps, 1 for their sub-steps, … */
  readonly depth: number;
  /** 1-based place among its siblings. */
  readonly position: number;
  readonly children: readonly StepNode[];
}

export interface PhaseNode {
  /** The model's phase, as given. */
  readonly phase: WorkflowPhase;
  readonly id: string;
  readonly title: string;
  readonly summary: string | undefined;
  readonly index: number;
  readonly steps: readonly StepNode[];
  /** Every leaf step of the phase, in order; its length is the phase's step count. */
  readonly leafIds: readonly string[];
}

export interface WorkflowModel {
  readonly id: string;
  readonly title: string;
  readonly phases: readonly PhaseNode[];
}

const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Builds the drawable model from anything. A valid `Workflow` comes through as is;
 * broken data (already reported by `parseWorkflow`) is patched just enough to draw:
 * missing ids get stable stand-ins, non-objects are skipped, nesting stops at the
 * model's limit. Returns `null` when there is nothing to draw at all.
 */
export function buildWorkflowModel(input: Workflow | null | undefined | unknown): WorkflowModel | null {
  if (!isRecord(input)) return null;
  let phasesInput: unknown;
  try {
    phasesInput = input.phases;
  } catch {
    return null;
  }
  if (!Array.isArray(phasesInput)) return null;

  const phases: PhaseNode[] = [];
  phasesInput.forEach((raw: unknown, rawIndex) => {
    if (!isRecord(raw)) return;
    const index = phases.length;
    const id = typeof raw.id === 'string' && raw.id !== '' ? raw.id : `#phase-${rawIndex}`;
    const steps = buildSteps(raw.steps, 0, `${index}`, id);
    phases.push({
      phase: raw as unknown as WorkflowPhase,
      id,
      title: asText(raw.title),
      summary: typeof raw.summary === 'string' && raw.summary.trim() !== '' ? raw.summary : undefined,
      index,
      steps,
      leafIds: steps.flatMap((s) => s.leafIds),
    });
  });
  return { id: asText(input.id), title: asText(input.title), phases };
}

function buildSteps(input: unknown, depth: number, parentKey: string, phaseId: string): StepNode[] {
  if (!Array.isArray(input) || depth > LIMITS.nesting) return [];
  const nodes: StepNode[] = [];
  input.forEach((raw: unknown, rawIndex) => {
    if (!isRecord(raw)) return;
    const key = `${parentKey}.${nodes.length}`;
    const id = typeof raw.id === 'string' && raw.id !== '' ? raw.id : `#step-${phaseId}-${key}-${rawIndex}`;
    const children = buildSteps(raw.children, depth + 1, key, phaseId);
    nodes.push({
      step: raw as unknown as WorkflowStep,
      id,
      text: asText(raw.text),
      key,
      depth,
      position: nodes.length + 1,
      children,
      leafIds: leafIdsOf(id, children),
    });
  });
  return nodes;
}

/* -------------------------------------------------------------------------------------------------
 * Completion
 * -----------------------------------------------------------------------------------------------*/

/** Every phase's own steps, in order: the roots `checkedTree` walks. */
function rootsOf(model: WorkflowModel): readonly StepNode[] {
  return model.phases.flatMap((phase) => phase.steps);
}

/** The leaf steps that are done: listed themselves, or under a listed parent. */
export function doneLeafIds(model: WorkflowModel, completedIds: readonly string[]): ReadonlySet<string> {
  return readChecked(rootsOf(model), completedIds).leaves;
}

export type PhaseProgress = CheckedProgress;

export function phaseProgress(phase: PhaseNode, done: ReadonlySet<string>): PhaseProgress {
  return progressOf(phase.leafIds, done);
}

/**
 * Ticks or unticks a step (a parent: all its sub-steps) and returns the new,
 * canonical `completedStepIds`.
 */
export function setStepCompleted(model: WorkflowModel, completedIds: readonly string[], node: StepNode, completed: boolean): string[] {
  const roots = rootsOf(model);
  const { leaves, unknown } = readChecked(roots, completedIds);
  return writeChecked(roots, setLeaves(leaves, node.leafIds, completed), unknown);
}

/* -------------------------------------------------------------------------------------------------
 * Phases: which is current, which may be opened, where Back and Next go
 * -----------------------------------------------------------------------------------------------*/

export type WorkflowPhaseState = 'complete' | 'current' | 'upcoming';

/** Index of the first phase with work left, or `phases.length` when everything is done. */
export function firstIncompleteIndex(progress: readonly PhaseProgress[]): number {
  const index = progress.findIndex((p) => !p.complete);
  return index === -1 ? progress.length : index;
}

/** Where a walk-through starts when the host does not say: the first phase with work left. */
export function initialPhaseIndex(progress: readonly PhaseProgress[]): number {
  return Math.max(0, Math.min(firstIncompleteIndex(progress), progress.length - 1));
}

/** The phase's index, or -1 when no phase has the id (the first of duplicates wins). */
export function phaseIndexOf(model: WorkflowModel, id: string | undefined): number {
  if (id === undefined) return -1;
  return model.phases.findIndex((phase) => phase.id === id);
}

export interface Gate {
  readonly linear: boolean;
  readonly activeIndex: number;
  /** From `firstIncompleteIndex`. */
  readonly frontier: number;
}

/**
 * Whether a phase may be made current. Free mode: any. Linear mode: those up to
 * and including the first unfinished one, plus whichever is current now (a host
 * in control may have put the walk-through anywhere).
 */
export function isPhaseReachable(index: number, gate: Gate): boolean {
  return !gate.linear || index <= gate.frontier || index === gate.activeIndex;
}

export function phaseState(index: number, activeIndex: number, progress: PhaseProgress): WorkflowPhaseState {
  if (index === activeIndex) return 'current';
  return progress.complete ? 'complete' : 'upcoming';
}

/** Back goes to the nearest earlier phase that may be opened; -1 when there is none. */
export function previousPhaseIndex(gate: Gate): number {
  for (let i = gate.activeIndex - 1; i >= 0; i--) if (isPhaseReachable(i, gate)) return i;
  return -1;
}

/** Next goes to the following phase if it may be opened; -1 otherwise. */
export function nextPhaseIndex(gate: Gate, phaseCount: number): number {
  const next = gate.activeIndex + 1;
  return next < phaseCount && isPhaseReachable(next, gate) ? next : -1;
}

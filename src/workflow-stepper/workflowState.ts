/**
 * What a workflow walk-through knows, as pure functions of the model and two ids:
 * which steps are done and which phase is current. No React; the hook in
 * `useWorkflowState.ts` wires these to controllable state.
 *
 * Completion is stored per step id (`completedStepIds`), but only *leaf* steps are
 * units of work. A parent step ("Set up an information system" → 1)…4)) is done
 * exactly when all its sub-steps are, so its checkbox is derived (tri-state) and
 * ticking it ticks all of them. Hosts may still pass a parent's id: it counts as
 * all of that parent's sub-steps being done. What we hand back is canonical: every
 * done step in document order (parents included, so a host can ask "is analyze-1
 * done?"), followed by ids we do not know, which are kept untouched because a host
 * may keep one list for several workflows.
 */
import { LIMITS, type Workflow, type WorkflowPhase, type WorkflowStep } from '../model/schema';

/* -------------------------------------------------------------------------------------------------
 * Model: the workflow as the stepper draws it
 * -----------------------------------------------------------------------------------------------*/

export interface StepNode {
  /** The model's step, as given (what `renderStep` receives). */
  readonly step: WorkflowStep;
  readonly id: string;
  readonly text: string;
  /** Index path such as `1.0.3`: unique even when step ids are not. */
  readonly key: string;
  /** 0 for a phase's own steps, 1 for their sub-steps, … */
  readonly depth: number;
  /** 1-based place among its siblings. */
  readonly position: number;
  readonly children: readonly StepNode[];
  /** Ids of the leaf steps at or below this one (itself when it has no sub-steps). */
  readonly leafIds: readonly string[];
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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const asText = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * Builds the drawable model from anything. A valid `Workflow` comes through as is;
 * broken data (already reported by `parseWorkflow`) is patched just enough to draw:
 * missing ids get stable stand-ins, non-objects are skipped, nesting stops at the
 * model's limit. Returns `null` when there is nothing to draw at all.
 */
export function buildWorkflowModel(input: Workflow | null | undefined | unknown): WorkflowModel | null {
  if (!isObject(input)) return null;
  let phasesInput: unknown;
  try {
    phasesInput = input.phases;
  } catch {
    return null;
  }
  if (!Array.isArray(phasesInput)) return null;

  const phases: PhaseNode[] = [];
  phasesInput.forEach((raw: unknown, rawIndex) => {
    if (!isObject(raw)) return;
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
    if (!isObject(raw)) return;
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
      leafIds: children.length > 0 ? children.flatMap((c) => c.leafIds) : [id],
    });
  });
  return nodes;
}

/* -------------------------------------------------------------------------------------------------
 * Completion
 * -----------------------------------------------------------------------------------------------*/

/** The leaf steps that are done: listed themselves, or under a listed parent. */
export function doneLeafIds(model: WorkflowModel, completedIds: readonly string[]): Set<string> {
  const given = new Set(completedIds);
  const done = new Set<string>();
  const walk = (nodes: readonly StepNode[], inherited: boolean) => {
    for (const node of nodes) {
      const on = inherited || given.has(node.id);
      if (node.children.length > 0) walk(node.children, on);
      else if (on) done.add(node.id);
    }
  };
  for (const phase of model.phases) walk(phase.steps, false);
  return done;
}

/** `true`, `false`, or `'mixed'` when only some of a parent's sub-steps are done. */
export function stepChecked(node: StepNode, done: ReadonlySet<string>): boolean | 'mixed' {
  let count = 0;
  for (const id of node.leafIds) if (done.has(id)) count++;
  if (count === 0) return false;
  return count === node.leafIds.length ? true : 'mixed';
}

export interface PhaseProgress {
  readonly done: number;
  readonly total: number;
  /** All steps done. A phase without steps has nothing left to do, so it is complete. */
  readonly complete: boolean;
}

export function phaseProgress(phase: PhaseNode, done: ReadonlySet<string>): PhaseProgress {
  let count = 0;
  for (const id of phase.leafIds) if (done.has(id)) count++;
  return { done: count, total: phase.leafIds.length, complete: count === phase.leafIds.length };
}

/**
 * Ticks or unticks a step (a parent: all its sub-steps) and returns the new,
 * canonical `completedStepIds`. Ids are the state, so a duplicated id moves with
 * every step that carries it.
 */
export function setStepCompleted(model: WorkflowModel, completedIds: readonly string[], node: StepNode, completed: boolean): string[] {
  const done = doneLeafIds(model, completedIds);
  for (const id of node.leafIds) {
    if (completed) done.add(id);
    else done.delete(id);
  }
  return canonicalCompletedIds(model, done, completedIds);
}

function canonicalCompletedIds(model: WorkflowModel, done: ReadonlySet<string>, previous: readonly string[]): string[] {
  const out: string[] = [];
  const listed = new Set<string>();
  const known = new Set<string>();
  const walk = (nodes: readonly StepNode[]) => {
    for (const node of nodes) {
      known.add(node.id);
      if (!listed.has(node.id) && node.leafIds.every((id) => done.has(id))) {
        listed.add(node.id);
        out.push(node.id);
      }
      walk(node.children);
    }
  };
  for (const phase of model.phases) walk(phase.steps);
  for (const id of previous) {
    if (!known.has(id) && !listed.has(id)) {
      listed.add(id);
      out.push(id);
    }
  }
  return out;
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

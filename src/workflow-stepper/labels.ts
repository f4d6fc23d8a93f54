import { plural } from '../internal/plural';

/**
 * Every string `WorkflowStepper` shows or announces, in English. Override some or
 * all of them with the `labels` prop, or for every stepper at once with
 * `<RolekitProvider labels={{ workflowStepper: { … } }}>`.
 *
 * Functions receive numbers already formatted for the locale (`countText`) next to
 * the raw number (`count`) so a translation can pick a plural form from the latter.
 * Simplified Chinese ships as `zhCN` in `rolekit/locales/zh-CN`.
 */
/**
 * `1.` for steps, `1)` for sub-steps, `a)` below that: the numbering of a printed
 * outline, which both shipped languages use (other locales may pass their own).
 */
export function outlineMarker(position: number, depth: number, positionText: string): string {
  if (depth === 0) return `${positionText}.`;
  if (depth === 1) return `${positionText})`;
  // a) … z), then aa) …: deep levels are rare, but never run out.
  let letters = '';
  for (let n = position; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(97 + ((n - 1) % 26)) + letters;
  return `${letters})`;
}

export interface WorkflowStepperLabels {
  /** Name of the root group when the workflow has no title. */
  workflow: string;
  /** Accessible name of the ordered list of phases. */
  phases: string;
  /** Prefix read before a phase's title inside its control, e.g. "Phase 2". */
  phaseNumber: (numberText: string) => string;
  /** The visible position of the current phase, e.g. "Phase 2 of 4". */
  phaseOf: (currentText: string, totalText: string) => string;
  /** A phase's size, e.g. "11 steps". */
  stepCount: (count: number, countText: string) => string;
  /** Progress, e.g. "3 of 13 steps done". */
  stepsDone: (done: number, total: number, doneText: string, totalText: string) => string;
  /** Status text of a phase whose steps are all done. */
  statusComplete: string;
  /** Status text of the phase being worked on (the one with `aria-current="step"`). */
  statusCurrent: string;
  /** Status text of a later phase with some steps done. */
  statusInProgress: string;
  /** Status text of a phase with no steps done. */
  statusNotStarted: string;
  /** Why a phase cannot be opened in linear mode, naming the first unfinished phase. */
  lockedUntil: (phaseNumberText: string, phaseTitle: string) => string;
  /** Marker before a step, by depth: "1." at the top, "1)" below, "a)" deeper. */
  stepMarker: (position: number, depth: number, positionText: string) => string;
  back: string;
  next: string;
  /** The forward button on the last phase when the host passes `onFinish`. */
  finish: string;
  /** Why Next is unavailable in linear mode while the current phase is unfinished. */
  nextNeedsCurrentPhase: string;
  /** Why Finish is unavailable. */
  finishNeedsAllSteps: string;
  /** Why Next is unavailable on the last phase (no `onFinish`). */
  lastPhase: string;
  /** Shown when every step of every phase is done. */
  allComplete: string;
  /** Disclosure that shows a locked phase's steps, read only. */
  previewSteps: string;
  hidePreview: string;
  /** Heading of the read-only preview, e.g. "Preview of phase 3: Solve the problem". */
  previewOf: (phaseNumberText: string, phaseTitle: string) => string;
  /** Note under a preview. */
  previewNote: string;
  /** Empty state: the workflow has no phases. */
  noPhases: string;
  /** Empty state of one phase. */
  noSteps: string;
  /** Announced (politely) when the current phase changes. */
  announcePhase: (phaseOfText: string, phaseTitle: string) => string;
  /** Announced when the last open step of a phase is ticked. */
  announcePhaseComplete: (phaseTitle: string) => string;
  /** The error box's sentence when the workflow cannot be read at all. Plain words: the issues are under `errorDetails`. */
  invalidWorkflow: string;
  /** The disclosure, closed at first, that lists the issues (written for developers) in the error box. */
  errorDetails: string;
  moreIssues: (count: number, countText: string) => string;
}

export const workflowStepperLabels: WorkflowStepperLabels = {
  workflow: 'Workflow',
  phases: 'Phases',
  phaseNumber: (n) => `Phase ${n}`,
  phaseOf: (current, total) => `Phase ${current} of ${total}`,
  stepCount: (count, text) => (count === 0 ? 'No steps' : `${text} ${plural('en', count, { one: 'step', other: 'steps' })}`),
  stepsDone: (_done, total, doneText, totalText) => `${doneText} of ${totalText} ${plural('en', total, { one: 'step', other: 'steps' })} done`,
  statusComplete: 'Completed',
  statusCurrent: 'Current',
  statusInProgress: 'In progress',
  statusNotStarted: 'Not started',
  lockedUntil: (n) => `Complete phase ${n} first`,
  stepMarker: outlineMarker,
  back: 'Back',
  next: 'Next',
  finish: 'Finish',
  nextNeedsCurrentPhase: 'Complete every step in this phase to continue.',
  finishNeedsAllSteps: 'Complete every step to finish.',
  lastPhase: 'This is the last phase.',
  allComplete: 'All phases complete',
  previewSteps: 'Preview steps',
  hidePreview: 'Hide preview',
  previewOf: (n, title) => `Preview of phase ${n}: ${title}`,
  previewNote: 'Read only until the earlier phases are complete.',
  noPhases: 'This workflow has no phases yet.',
  noSteps: 'This phase has no steps.',
  announcePhase: (phaseOf, title) => `${phaseOf}: ${title}`,
  announcePhaseComplete: (title) => `${title}: all steps done`,
  invalidWorkflow: 'This workflow could not be shown.',
  errorDetails: 'Details',
  moreIssues: (_n, text) => `…and ${text} more`,
};

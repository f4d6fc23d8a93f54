/**
 * A phase's control in the row or column of phases: a button where the phase may be
 * opened, text saying why where it may not (linear mode).
 */
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { CheckIcon, LockIcon } from './icons';
import type { WorkflowStepperLabels } from './labels';
import type { PhaseNode, PhaseProgress, WorkflowPhaseState } from './workflowState';

export interface PhaseTriggerProps {
  phase: PhaseNode;
  progress: PhaseProgress;
  state: WorkflowPhaseState;
  reachable: boolean;
  lockedReason: string | undefined;
  labels: WorkflowStepperLabels;
  num: (n: number) => string;
  tabIndex: number;
  onActivate: () => void;
}

export function PhaseTrigger({ phase, progress, state, reachable, lockedReason, labels, num, tabIndex, onActivate }: PhaseTriggerProps) {
  const numberText = num(phase.index + 1);
  const status =
    state === 'current'
      ? labels.statusCurrent
      : state === 'complete'
        ? labels.statusComplete
        : progress.done > 0
          ? labels.statusInProgress
          : labels.statusNotStarted;
  const content = (
    <>
      <span className="rk-workflow-stepper-indicator" data-slot="workflow-stepper-indicator" aria-hidden="true">
        {progress.complete ? <CheckIcon className="rk-workflow-stepper-indicator-icon" /> : numberText}
      </span>
      <span className="rk-workflow-stepper-phase-text" data-slot="workflow-stepper-phase-text">
        <span className="rk-workflow-stepper-phase-title" data-slot="workflow-stepper-phase-title">
          <VisuallyHidden>{labels.phaseNumber(numberText)}, </VisuallyHidden>
          <bdi>{phase.title}</bdi>
        </span>
        <span className="rk-workflow-stepper-phase-meta" data-slot="workflow-stepper-phase-meta">
          <bdi className="rk-workflow-stepper-phase-count" data-slot="workflow-stepper-phase-count">{labels.stepCount(progress.total, num(progress.total))}</bdi>
          <VisuallyHidden>, </VisuallyHidden>
          {lockedReason ? (
            <span className="rk-workflow-stepper-phase-status" data-slot="workflow-stepper-phase-hint">
              <LockIcon className="rk-workflow-stepper-hint-icon" />
              {lockedReason}
            </span>
          ) : (
            <span className="rk-workflow-stepper-phase-status" data-slot="workflow-stepper-phase-status">
              {state === 'complete' && <CheckIcon className="rk-workflow-stepper-hint-icon" />}
              {status}
            </span>
          )}
          {state === 'current' && progress.complete && (
            // The current phase can be finished too; say so in words, not only with the check mark.
            <>
              <VisuallyHidden>, </VisuallyHidden>
              <span className="rk-workflow-stepper-phase-status" data-slot="workflow-stepper-phase-done">
                <CheckIcon className="rk-workflow-stepper-hint-icon" />
                {labels.statusComplete}
              </span>
            </>
          )}
        </span>
      </span>
    </>
  );

  if (!reachable) {
    return (
      <div className="rk-workflow-stepper-phase-trigger" data-slot="workflow-stepper-phase-label" data-state={state}>
        {content}
      </div>
    );
  }
  return (
    <button
      type="button"
      className="rk-workflow-stepper-phase-trigger"
      data-slot="workflow-stepper-phase-trigger"
      data-state={state}
      aria-current={state === 'current' ? 'step' : undefined}
      tabIndex={tabIndex}
      onClick={onActivate}
    >
      {content}
    </button>
  );
}

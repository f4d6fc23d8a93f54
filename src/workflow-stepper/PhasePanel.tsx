/**
 * The open phase (its position, heading, steps and Back / Next) and the read-only
 * preview of a locked one. Both render under the row of phases (horizontal) or
 * inside the phase's list item (vertical); the stepper decides where.
 */
import { createElement, type MouseEvent, type Ref } from 'react';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { CheckIcon } from './icons';
import type { WorkflowStepperLabels } from './labels';
import { StepList, type RenderStep } from './StepList';
import type { WorkflowState } from './useWorkflowState';
import type { PhaseNode } from './workflowState';

interface SharedProps {
  state: WorkflowState;
  labels: WorkflowStepperLabels;
  num: (n: number) => string;
  /** Prefix for the ids of the step checkboxes. */
  baseId: string;
  renderStep: RenderStep | undefined;
}

export interface PhasePanelProps extends SharedProps {
  phase: PhaseNode;
  phaseCount: number;
  headingId: string;
  /** Horizontal only: vertically, the phase's control is its heading already. */
  headingLevel: number | undefined;
  navHintId: string;
  onFinish: (() => void) | undefined;
  onNavigate: (which: 'back' | 'next', target: number) => (event: MouseEvent<HTMLButtonElement>) => void;
  backRef: Ref<HTMLButtonElement>;
  nextRef: Ref<HTMLButtonElement>;
}

export function PhasePanel(props: PhasePanelProps) {
  const { phase, phaseCount, state, labels, num, baseId, headingId, headingLevel, navHintId, onFinish, onNavigate, backRef, nextRef, renderStep } = props;
  const progress = state.progress[phase.index]!;
  const isLast = phase.index === phaseCount - 1;
  const showFinish = isLast && onFinish !== undefined;
  const forwardAvailable = showFinish ? state.allComplete : state.nextIndex !== -1;
  const forwardHint = forwardHintOf(state, labels, num, showFinish, isLast);

  return (
    <div className="rk-workflow-stepper-panel" data-slot="workflow-stepper-panel" role="group" aria-labelledby={headingId}>
      <p className="rk-workflow-stepper-position" data-slot="workflow-stepper-position">
        <span className="rk-workflow-stepper-eyebrow" data-slot="workflow-stepper-eyebrow">{labels.phaseOf(num(phase.index + 1), num(phaseCount))}</span>
        {progress.total > 0 && (
          <>
            <VisuallyHidden>, </VisuallyHidden>
            <bdi className="rk-workflow-stepper-phase-progress" data-slot="workflow-stepper-phase-progress">{labels.stepsDone(progress.done, progress.total, num(progress.done), num(progress.total))}</bdi>
          </>
        )}
      </p>
      {headingLevel !== undefined &&
        createElement(`h${headingLevel}`, { id: headingId, className: 'rk-workflow-stepper-heading', 'data-slot': 'workflow-stepper-heading' }, <bdi>{phase.title}</bdi>)}
      {phase.summary && (
        <p className="rk-workflow-stepper-summary" data-slot="workflow-stepper-summary">
          <bdi>{phase.summary}</bdi>
        </p>
      )}
      <PhaseSteps phase={phase} state={state} labels={labels} num={num} baseId={`${baseId}-step`} readOnly={false} renderStep={renderStep} />
      <div className="rk-workflow-stepper-nav" data-slot="workflow-stepper-nav">
        <button
          ref={backRef}
          type="button"
          className="rk-workflow-stepper-button"
          data-slot="workflow-stepper-back"
          data-variant="secondary"
          aria-disabled={state.previousIndex === -1 || undefined}
          onClick={onNavigate('back', state.previousIndex)}
        >
          {labels.back}
        </button>
        {state.allComplete ? (
          <p className="rk-workflow-stepper-nav-hint" data-slot="workflow-stepper-all-complete" data-tone="success">
            <CheckIcon className="rk-workflow-stepper-hint-icon" />
            {labels.allComplete}
          </p>
        ) : (
          forwardHint && (
            <p id={navHintId} className="rk-workflow-stepper-nav-hint" data-slot="workflow-stepper-nav-hint">
              {forwardHint}
            </p>
          )
        )}
        <button
          ref={nextRef}
          type="button"
          className="rk-workflow-stepper-button"
          data-slot={showFinish ? 'workflow-stepper-finish' : 'workflow-stepper-next'}
          data-variant="primary"
          // aria-disabled, not disabled: the button keeps focus and stays findable, and its reason is read with it.
          aria-disabled={!forwardAvailable || undefined}
          aria-describedby={forwardHint && !state.allComplete ? navHintId : undefined}
          onClick={
            showFinish
              ? () => {
                  if (state.allComplete) onFinish?.();
                }
              : onNavigate('next', state.nextIndex)
          }
        >
          {showFinish ? labels.finish : labels.next}
        </button>
      </div>
    </div>
  );
}

/** Why Next (or Finish) cannot be used, or `undefined` when it can. */
function forwardHintOf(state: WorkflowState, labels: WorkflowStepperLabels, num: (n: number) => string, showFinish: boolean, isLast: boolean): string | undefined {
  if (showFinish) return state.allComplete ? undefined : labels.finishNeedsAllSteps;
  if (isLast) return labels.lastPhase;
  if (state.nextIndex !== -1) return undefined;
  // Linear and blocked: by this phase, or (when a host put us past it) by an earlier one.
  const blocker = state.model?.phases[state.frontier];
  return state.frontier === state.activeIndex || !blocker ? labels.nextNeedsCurrentPhase : labels.lockedUntil(num(state.frontier + 1), blocker.title);
}

export interface PhasePreviewProps extends SharedProps {
  phase: PhaseNode;
  id: string;
  /** Horizontal: the preview sits apart from its phase, so it repeats the phase's name. */
  showTitle: boolean;
}

export function PhasePreview({ phase, id, showTitle, labels, num, ...shared }: PhasePreviewProps) {
  const name = labels.previewOf(num(phase.index + 1), phase.title);
  return (
    <div id={id} className="rk-workflow-stepper-preview" data-slot="workflow-stepper-preview" role="group" aria-label={name}>
      {showTitle && (
        <p className="rk-workflow-stepper-preview-title" data-slot="workflow-stepper-preview-title" aria-hidden="true">
          {name}
        </p>
      )}
      <p className="rk-workflow-stepper-preview-note" data-slot="workflow-stepper-preview-note">{labels.previewNote}</p>
      <PhaseSteps phase={phase} labels={labels} num={num} {...shared} baseId={`${shared.baseId}-preview-step`} readOnly />
    </div>
  );
}

/** The phase's steps, or a note that it has none. */
function PhaseSteps({ phase, baseId, readOnly, ...shared }: SharedProps & { phase: PhaseNode; readOnly: boolean }) {
  if (phase.steps.length === 0) {
    return (
      <p className="rk-workflow-stepper-empty" data-slot="workflow-stepper-empty">
        {shared.labels.noSteps}
      </p>
    );
  }
  return <StepList phase={phase} nodes={phase.steps} idPrefix={baseId} readOnly={readOnly} {...shared} />;
}

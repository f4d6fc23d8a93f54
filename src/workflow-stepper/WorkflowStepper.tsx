'use client';
/**
 * WorkflowStepper: a role's process (phases → numbered steps → sub-steps) that a
 * person can walk through, ticking steps and moving from phase to phase.
 *
 * There is no WAI-ARIA pattern for this, so the structure is plain HTML that reads
 * well in any screen reader: an ordered list of phases, each a list item; the
 * current phase's control carries `aria-current="step"`; its steps are an ordered
 * list of native checkboxes (nested lists for sub-steps). Phase controls are
 * buttons only where moving there is allowed; arrow keys move between them
 * (roving tabindex, one Tab stop), Enter/Space opens. Phase changes are announced
 * through a polite status region.
 *
 * "Current" and "shown" are the same thing: the open phase is the current one.
 * In linear mode a phase after the first unfinished one cannot be made current,
 * so its control is text explaining why, not a button. Its steps can still be read
 * through a separate "Preview steps" disclosure, which shows them read-only.
 *
 * Titles and step texts are data, often in another script than the interface
 * (English steps in a Hebrew portal), so each is wrapped in <bdi> to isolate its
 * direction without changing the alignment of the block around it.
 */
import {
  createElement,
  forwardRef,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
} from 'react';
import type { OrgIssue } from '../model/issues';
import type { Workflow, WorkflowPhase, WorkflowStep } from '../model/schema';
import { cx } from '../internal/cx';
import { formatNumber } from '../internal/format';
import { IssueAlert } from '../internal/IssueAlert';
import { useLabels, useLocale } from '../internal/locale';
import { useReportIssues } from '../internal/useReportIssues';
import { Checkbox, type CheckboxState } from '../internal/Checkbox';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { workflowStepperLabels, type WorkflowStepperLabels } from './labels';
import { useAutoOrientation, type WorkflowStepperOrientation } from './useAutoOrientation';
import { useWorkflowState, type WorkflowState } from './useWorkflowState';
import { phaseState, stepChecked, type PhaseNode, type StepNode, type WorkflowPhaseState } from './workflowState';

const useIsomorphicLayoutEffect = typeof window !== 'undefined' ? useLayoutEffect : useEffect;

/* -------------------------------------------------------------------------------------------------
 * Types
 * -----------------------------------------------------------------------------------------------*/

/** What `renderStep` gets to know about the step it is rendering for. */
export interface WorkflowStepState {
  /** The phase the step belongs to. */
  phase: WorkflowPhase;
  /** 0-based index of that phase. */
  phaseIndex: number;
  /** 0 for a phase's own steps, 1 for sub-steps, … */
  depth: number;
  /** The marker shown before the step, e.g. `2.` or `3)`. */
  marker: string;
  /** Done; for a step with sub-steps, all of them are. */
  completed: boolean;
  /** Some, but not all, of the step's sub-steps are done. */
  partial: boolean;
  /** Rendered in a read-only preview of a locked phase (linear mode). */
  readOnly: boolean;
  /** Ticks or unticks the step (a parent: all its sub-steps), e.g. when the host's form is sent. No-op when `readOnly`. */
  setCompleted: (completed: boolean) => void;
}

export interface WorkflowStepperProps extends Omit<ComponentPropsWithoutRef<'div'>, 'role' | 'children' | 'onError'> {
  /** The workflow to walk through, usually `role.workflow`. None, or one without phases, shows an empty state. */
  workflow: Workflow | null | undefined;

  /** The current (open) phase's id. Controlled: pair with `onActivePhaseChange`. */
  activePhaseId?: string;
  /**
   * The phase open at first when uncontrolled.
   * @default the first phase with unfinished steps (the last phase when all are done)
   */
  defaultActivePhaseId?: string;
  /** Called with the phase id whenever the user opens another phase. */
  onActivePhaseChange?: (phaseId: string) => void;

  /**
   * Ids of the steps that are done. Controlled: pair with `onCompletedStepsChange`. A parent
   * step's id counts as all of its sub-steps being done.
   */
  completedStepIds?: readonly string[];
  /** The steps done at first when uncontrolled.  @default [] */
  defaultCompletedStepIds?: readonly string[];
  /**
   * Called with every done step id, in document order (parents whose sub-steps are all done
   * included), then any ids that are not in this workflow, kept as given.
   */
  onCompletedStepsChange?: (stepIds: string[]) => void;

  /**
   * Linear mode: a phase cannot be made current until every earlier phase is complete. Locked
   * phases say why, and their steps can be previewed read-only.
   * @default false
   */
  linear?: boolean;
  /**
   * `horizontal`: phases in a row, the current phase's steps below. `vertical`: phases in a
   * column, the current phase's steps inline under it. `auto`: horizontal when the stepper is at
   * least `autoBreakpoint` px wide (and each phase gets 112 px), vertical otherwise; the server
   * renders vertical.
   * @default 'auto'
   */
  orientation?: WorkflowStepperOrientation | 'auto';
  /** Width in CSS px from which `orientation="auto"` lays phases out in a row.  @default 640 */
  autoBreakpoint?: number;

  /** Extra content under a step (a form, a link to a report). Rendered inside the step's list item. */
  renderStep?: (step: WorkflowStep, state: WorkflowStepState) => ReactNode;
  /** Adds a Finish button on the last phase, available once every step is done. */
  onFinish?: () => void;

  /** Level of the workflow's title; the current phase's heading is one below.  @default 2 */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Built-in strings, merged over the English defaults and any `RolekitProvider` labels. */
  labels?: Partial<WorkflowStepperLabels>;
  /** BCP 47 locale for numbers.  @default the `RolekitProvider` locale, else the browser's */
  locale?: string;
  /** Called after render with problems in the data (duplicate ids, unknown `activePhaseId`, …). */
  onError?: (issues: readonly OrgIssue[]) => void;
  /**
   * Draws the error state in place of rolekit's box (a plain sentence, the issues in a
   * closed "Details" disclosure), with the issues that box would list. Whatever it returns
   * is rendered, `null` included.
   */
  renderError?: (issues: readonly OrgIssue[]) => ReactNode;
  /** `'none'` shows no error state at all, not even `renderError`'s; `onError` still gets the issues.  @default 'alert' */
  errorDisplay?: 'alert' | 'none';
}

const NAME = 'WorkflowStepper';
const TRIGGER_SELECTOR = 'button[data-slot="workflow-stepper-phase-trigger"]';

/* -------------------------------------------------------------------------------------------------
 * WorkflowStepper
 * -----------------------------------------------------------------------------------------------*/

export const WorkflowStepper = forwardRef<HTMLDivElement, WorkflowStepperProps>(function WorkflowStepper(props, forwardedRef) {
  const {
    workflow,
    activePhaseId,
    defaultActivePhaseId,
    onActivePhaseChange,
    completedStepIds,
    defaultCompletedStepIds,
    onCompletedStepsChange,
    linear = false,
    orientation: orientationProp = 'auto',
    autoBreakpoint = 640,
    renderStep,
    onFinish,
    headingLevel = 2,
    labels: labelsProp,
    locale: localeProp,
    onError,
    renderError,
    errorDisplay,
    className,
    ...rest
  } = props;

  const labels = useLabels('workflowStepper', workflowStepperLabels, labelsProp);
  const contextLocale = useLocale();
  const locale = localeProp ?? contextLocale;
  const num = (n: number) => formatNumber(n, locale);

  const state = useWorkflowState({
    workflow,
    activePhaseId,
    defaultActivePhaseId,
    onActivePhaseChange,
    completedStepIds,
    defaultCompletedStepIds,
    onCompletedStepsChange,
    linear,
  });
  const { model, issues, activeIndex, progress } = state;
  useReportIssues(NAME, issues, onError);

  const rootRef = useRef<HTMLDivElement | null>(null);
  const setRootRef = useCallback(
    (node: HTMLDivElement | null) => {
      rootRef.current = node;
      assignRef(forwardedRef, node);
    },
    [forwardedRef],
  );
  const phaseCount = model?.phases.length ?? 0;
  const orientation = useAutoOrientation(rootRef, orientationProp, autoBreakpoint, phaseCount);

  const baseId = useId();
  const titleId = `${baseId}-title`;
  const headingId = `${baseId}-heading`;
  const navHintId = `${baseId}-nav-hint`;
  const previewId = `${baseId}-preview`;

  const [previewIndex, setPreviewIndex] = useState(-1);

  /* ----- announcements: phase changes, and the current phase becoming complete ----- */
  const [announcement, setAnnouncement] = useState('');
  const activePhase = model?.phases[activeIndex];
  const activeProgress = progress[activeIndex];
  const activeComplete = activeProgress?.complete ?? false;
  const last = useRef({ phaseId: activePhase?.id, complete: activeComplete });
  useEffect(() => {
    const previous = last.current;
    last.current = { phaseId: activePhase?.id, complete: activeComplete };
    if (!activePhase) return;
    if (previous.phaseId !== activePhase.id) {
      setAnnouncement(labels.announcePhase(labels.phaseOf(num(activeIndex + 1), num(phaseCount)), activePhase.title));
    } else if (!previous.complete && activeComplete) {
      setAnnouncement(labels.announcePhaseComplete(activePhase.title));
    }
    // `labels`/`num` only shape the words; a change of phase or completion is what is announced.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activePhase?.id, activeComplete]);

  /* ----- focus after Back / Next ----- */
  // Horizontal: the panel stays put, so the pressed button keeps focus. Vertical: the panel
  // moves under the new phase, so focus goes to that phase's control, where reading resumes.
  const backRef = useRef<HTMLButtonElement | null>(null);
  const nextRef = useRef<HTMLButtonElement | null>(null);
  const phaseListRef = useRef<HTMLOListElement | null>(null);
  const pendingFocus = useRef<'back' | 'next' | null>(null);
  useIsomorphicLayoutEffect(() => {
    const which = pendingFocus.current;
    pendingFocus.current = null;
    if (!which) return;
    if (orientation === 'vertical') {
      phaseListRef.current?.querySelector<HTMLButtonElement>(`${TRIGGER_SELECTOR}[aria-current="step"]`)?.focus();
    } else {
      (which === 'back' ? backRef : nextRef).current?.focus();
    }
  }, [activeIndex]);

  // A row of many phases scrolls sideways: keep the current one in sight. Only the list
  // scrolls (never the page), so a stepper below the fold stays where it is.
  useEffect(() => {
    const list = phaseListRef.current;
    const item = list?.children[activeIndex] as HTMLElement | undefined;
    if (orientation !== 'horizontal' || !list || !item || list.scrollWidth <= list.clientWidth) return;
    const box = list.getBoundingClientRect();
    const at = item.getBoundingClientRect();
    const delta = at.left < box.left ? at.left - box.left : at.right > box.right ? at.right - box.right : 0;
    if (delta !== 0) list.scrollBy({ left: delta });
  }, [activeIndex, orientation]);

  const onNavigate = (which: 'back' | 'next', target: number) => (event: MouseEvent<HTMLButtonElement>) => {
    if (target === -1) return;
    if (event.currentTarget.ownerDocument.activeElement === event.currentTarget) pendingFocus.current = which;
    state.goToPhase(target);
  };

  /* ----- keyboard between phase controls ----- */
  const onPhaseKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const target = event.target as HTMLElement;
    if (!target.matches(TRIGGER_SELECTOR) || event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>(TRIGGER_SELECTOR));
    const at = buttons.indexOf(target as HTMLButtonElement);
    const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
    let to: number;
    switch (event.key) {
      case 'ArrowDown':
        to = at + 1;
        break;
      case 'ArrowUp':
        to = at - 1;
        break;
      case 'ArrowRight':
        to = rtl ? at - 1 : at + 1;
        break;
      case 'ArrowLeft':
        to = rtl ? at + 1 : at - 1;
        break;
      case 'Home':
        to = 0;
        break;
      case 'End':
        to = buttons.length - 1;
        break;
      default:
        return;
    }
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
  };

  /* ----- rendering ----- */
  const titleText = model?.title.trim() ? model.title : '';
  // A host's own name for the group wins over the workflow's title.
  const hostNamed = rest['aria-label'] !== undefined || rest['aria-labelledby'] !== undefined;
  const rootProps = {
    role: 'group',
    'aria-labelledby': hostNamed || !titleText ? undefined : titleId,
    'aria-label': hostNamed || titleText ? undefined : labels.workflow,
    ...rest,
    ref: setRootRef,
    className: cx('rk-root', 'rk-workflow-stepper', className),
    'data-slot': 'workflow-stepper',
    'data-orientation': orientation,
    'data-linear': linear ? '' : undefined,
    'data-complete': state.allComplete ? '' : undefined,
    'data-empty': phaseCount === 0 ? '' : undefined,
  };
  const TitleTag = `h${headingLevel}` as const;
  const phaseHeadingLevel = Math.min(headingLevel + 1, 6);

  if (!model || phaseCount === 0) {
    return (
      <div {...rootProps}>
        {titleText && createElement(TitleTag, { id: titleId, className: 'rk-workflow-stepper-title', 'data-slot': 'workflow-stepper-title' }, <bdi>{titleText}</bdi>)}
        {!model && issues.length > 0 ? (
          <IssueAlert
            title={labels.invalidWorkflow} details={labels.errorDetails} issues={issues} moreLabel={labels.moreIssues} locale={locale}
            renderError={renderError} errorDisplay={errorDisplay}
          />
        ) : (
          <p className="rk-workflow-stepper-empty" data-slot="workflow-stepper-empty">
            {labels.noPhases}
          </p>
        )}
      </div>
    );
  }

  const totalSteps = progress.reduce((sum, p) => sum + p.total, 0);
  const doneSteps = progress.reduce((sum, p) => sum + p.done, 0);
  const isLast = activeIndex === phaseCount - 1;
  const showFinish = isLast && onFinish !== undefined;
  const forwardAvailable = showFinish ? state.allComplete : state.nextIndex !== -1;
  let forwardHint: string | undefined;
  if (showFinish) forwardHint = state.allComplete ? undefined : labels.finishNeedsAllSteps;
  else if (isLast) forwardHint = labels.lastPhase;
  else if (state.nextIndex === -1) {
    // Linear and blocked: by this phase, or (when a host put us past it) by an earlier one.
    const blocker = model.phases[state.frontier];
    forwardHint = state.frontier === activeIndex || !blocker ? labels.nextNeedsCurrentPhase : labels.lockedUntil(num(state.frontier + 1), blocker.title);
  }
  const previewPhase = previewIndex >= 0 && !state.isReachable(previewIndex) ? model.phases[previewIndex] : undefined;
  const isHorizontal = orientation === 'horizontal';

  const panel = activePhase && activeProgress && (
    <div className="rk-workflow-stepper-panel" data-slot="workflow-stepper-panel" role="group" aria-labelledby={headingId}>
      <p className="rk-workflow-stepper-position" data-slot="workflow-stepper-position">
        <span className="rk-workflow-stepper-eyebrow">{labels.phaseOf(num(activeIndex + 1), num(phaseCount))}</span>
        {activeProgress.total > 0 && (
          <>
            <VisuallyHidden>, </VisuallyHidden>
            <bdi className="rk-workflow-stepper-phase-progress">{labels.stepsDone(activeProgress.done, activeProgress.total, num(activeProgress.done), num(activeProgress.total))}</bdi>
          </>
        )}
      </p>
      {isHorizontal &&
        createElement(
          `h${phaseHeadingLevel}`,
          { id: headingId, className: 'rk-workflow-stepper-heading', 'data-slot': 'workflow-stepper-heading' },
          <bdi>{activePhase.title}</bdi>,
        )}
      {activePhase.summary && (
        <p className="rk-workflow-stepper-summary">
          <bdi>{activePhase.summary}</bdi>
        </p>
      )}
      {activePhase.steps.length > 0 ? (
        <StepList phase={activePhase} nodes={activePhase.steps} state={state} labels={labels} num={num} idPrefix={`${baseId}-step`} readOnly={false} renderStep={renderStep} />
      ) : (
        <p className="rk-workflow-stepper-empty" data-slot="workflow-stepper-empty">
          {labels.noSteps}
        </p>
      )}
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

  const preview = (phase: PhaseNode) => (
    <div id={previewId} className="rk-workflow-stepper-preview" data-slot="workflow-stepper-preview" role="group" aria-label={labels.previewOf(num(phase.index + 1), phase.title)}>
      {isHorizontal && (
        <p className="rk-workflow-stepper-preview-title" aria-hidden="true">
          {labels.previewOf(num(phase.index + 1), phase.title)}
        </p>
      )}
      <p className="rk-workflow-stepper-preview-note">{labels.previewNote}</p>
      {phase.steps.length > 0 ? (
        <StepList phase={phase} nodes={phase.steps} state={state} labels={labels} num={num} idPrefix={`${baseId}-preview-step`} readOnly renderStep={renderStep} />
      ) : (
        <p className="rk-workflow-stepper-empty">{labels.noSteps}</p>
      )}
    </div>
  );

  return (
    <div {...rootProps}>
      <div className="rk-workflow-stepper-header" data-slot="workflow-stepper-header">
        {titleText && createElement(TitleTag, { id: titleId, className: 'rk-workflow-stepper-title', 'data-slot': 'workflow-stepper-title' }, <bdi>{titleText}</bdi>)}
        <p className="rk-workflow-stepper-overall" data-slot="workflow-stepper-overall">
          <bdi>{labels.stepsDone(doneSteps, totalSteps, num(doneSteps), num(totalSteps))}</bdi>
        </p>
        <div className="rk-workflow-stepper-meter" aria-hidden="true">
          <div className="rk-workflow-stepper-meter-fill" style={{ inlineSize: `${totalSteps === 0 ? 100 : (doneSteps / totalSteps) * 100}%` }} />
        </div>
      </div>

      <ol ref={phaseListRef} className="rk-workflow-stepper-phases" data-slot="workflow-stepper-phases" aria-label={labels.phases} onKeyDown={onPhaseKeyDown}>
        {model.phases.map((phase, index) => {
          const phaseProgress = progress[index]!;
          const phaseStateValue: WorkflowPhaseState = phaseState(index, activeIndex, phaseProgress);
          const reachable = state.isReachable(index);
          const isCurrent = index === activeIndex;
          const previewOpen = previewPhase === phase;
          return (
            <li
              key={`${index}:${phase.id}`}
              className="rk-workflow-stepper-phase"
              data-slot="workflow-stepper-phase"
              data-state={phaseStateValue}
              data-complete={phaseProgress.complete ? '' : undefined}
              data-locked={reachable ? undefined : ''}
              data-previous-complete={index > 0 && progress[index - 1]!.complete ? '' : undefined}
            >
              <div
                className="rk-workflow-stepper-phase-header"
                // Vertical: the current phase's control is its heading (like an accordion header);
                // the role moves rather than the element, so a focused control is never remounted.
                {...(isCurrent && !isHorizontal ? { role: 'heading', 'aria-level': phaseHeadingLevel, id: headingId } : {})}
              >
                <PhaseTrigger
                  phase={phase}
                  progress={phaseProgress}
                  state={phaseStateValue}
                  reachable={reachable}
                  lockedReason={reachable ? undefined : labels.lockedUntil(num(state.frontier + 1), model.phases[state.frontier]?.title ?? '')}
                  labels={labels}
                  num={num}
                  tabIndex={isCurrent ? 0 : -1}
                  onActivate={() => state.goToPhase(index)}
                />
                {!reachable && (
                  <button
                    type="button"
                    className="rk-workflow-stepper-preview-toggle"
                    data-slot="workflow-stepper-preview-toggle"
                    aria-expanded={previewOpen}
                    aria-controls={previewOpen ? previewId : undefined}
                    onClick={() => setPreviewIndex(previewOpen ? -1 : index)}
                  >
                    <ChevronIcon className="rk-workflow-stepper-toggle-icon" />
                    {previewOpen ? labels.hidePreview : labels.previewSteps}
                  </button>
                )}
              </div>
              {!isHorizontal && isCurrent && panel}
              {!isHorizontal && previewOpen && preview(phase)}
            </li>
          );
        })}
      </ol>

      {isHorizontal && panel}
      {isHorizontal && previewPhase && preview(previewPhase)}

      <VisuallyHidden as="div" role="status" data-slot="workflow-stepper-announcer">
        {announcement}
      </VisuallyHidden>
    </div>
  );
});
WorkflowStepper.displayName = NAME;

/* -------------------------------------------------------------------------------------------------
 * PhaseTrigger: a button where the phase may be opened, text saying why where it may not
 * -----------------------------------------------------------------------------------------------*/

interface PhaseTriggerProps {
  phase: PhaseNode;
  progress: { done: number; total: number; complete: boolean };
  state: WorkflowPhaseState;
  reachable: boolean;
  lockedReason: string | undefined;
  labels: WorkflowStepperLabels;
  num: (n: number) => string;
  tabIndex: number;
  onActivate: () => void;
}

function PhaseTrigger({ phase, progress, state, reachable, lockedReason, labels, num, tabIndex, onActivate }: PhaseTriggerProps) {
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
      <span className="rk-workflow-stepper-phase-text">
        <span className="rk-workflow-stepper-phase-title" data-slot="workflow-stepper-phase-title">
          <VisuallyHidden>{labels.phaseNumber(numberText)}, </VisuallyHidden>
          <bdi>{phase.title}</bdi>
        </span>
        <span className="rk-workflow-stepper-phase-meta">
          <bdi className="rk-workflow-stepper-phase-count">{labels.stepCount(progress.total, num(progress.total))}</bdi>
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

/* -------------------------------------------------------------------------------------------------
 * StepList: nested ordered lists of checkboxes
 * -----------------------------------------------------------------------------------------------*/

interface StepListProps {
  phase: PhaseNode;
  nodes: readonly StepNode[];
  state: WorkflowState;
  labels: WorkflowStepperLabels;
  num: (n: number) => string;
  idPrefix: string;
  readOnly: boolean;
  renderStep: WorkflowStepperProps['renderStep'];
}

function StepList(props: StepListProps) {
  const { nodes } = props;
  return (
    <ol
      className="rk-workflow-stepper-steps"
      data-slot="workflow-stepper-steps"
      data-depth={nodes[0]?.depth ?? 0}
      // Markers are right-aligned in a column as wide as the longest number, like a printed list.
      data-marker-digits={Math.min(String(nodes.length).length, 3)}
    >
      {nodes.map((node) => (
        <StepItem key={node.key} node={node} {...props} />
      ))}
    </ol>
  );
}

function StepItem({ node, ...props }: StepListProps & { node: StepNode }) {
  const { phase, state, labels, num, idPrefix, readOnly, renderStep } = props;
  const checked = stepChecked(node, state.done);
  const inputId = `${idPrefix}-${node.key}`;
  const marker = labels.stepMarker(node.position, node.depth, num(node.position));
  const setCompleted = (value: boolean) => {
    if (!readOnly) state.setStepDone(node, value);
  };
  // Only wrap what the host actually returned: an empty wrapper would still take space.
  const extra = renderStep?.(node.step, {
    phase: phase.phase,
    phaseIndex: phase.index,
    depth: node.depth,
    marker,
    completed: checked === true,
    partial: checked === 'mixed',
    readOnly,
    setCompleted,
  });
  return (
    <li
      className="rk-workflow-stepper-step"
      data-slot="workflow-stepper-step"
      data-checked={String(checked)}
      data-parent={node.children.length > 0 ? '' : undefined}
      data-read-only={readOnly ? '' : undefined}
    >
      <div className="rk-workflow-stepper-step-row">
        <Checkbox
          slot="workflow-stepper-checkbox"
          id={inputId}
          state={String(checked) as CheckboxState}
          disabled={readOnly}
          // A mixed box completes every sub-step, as a native indeterminate box turns checked.
          onToggle={() => setCompleted(checked !== true)}
        />
        <label htmlFor={inputId} className="rk-workflow-stepper-step-label">
          <span className="rk-workflow-stepper-marker" data-slot="workflow-stepper-marker">
            {marker}
          </span>
          <span className="rk-workflow-stepper-step-text" data-slot="workflow-stepper-step-text">
            <bdi>{node.text}</bdi>
          </span>
        </label>
      </div>
      {extra != null && extra !== false && extra !== '' && (
        <div className="rk-workflow-stepper-step-content" data-slot="workflow-stepper-step-content">
          {extra}
        </div>
      )}
      {node.children.length > 0 && <StepList {...props} nodes={node.children} />}
    </li>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Icons (decorative: the words next to them carry the meaning)
 * -----------------------------------------------------------------------------------------------*/

function CheckIcon({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function LockIcon({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="3.5" y="7" width="9" height="6.5" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 015 0v2" fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}

function ChevronIcon({ className }: { className?: string }) {
  return (
    <svg className={className} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path d="M6 4l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

function assignRef<T>(ref: Ref<T> | undefined, value: T) {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T }).current = value;
}

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
  useId,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import type { OrgIssue } from '../model/issues';
import type { Workflow } from '../model/schema';
import { Announcer, useAnnouncer, type Announcement } from '../internal/announcer';
import { cx } from '../internal/cx';
import { formatNumber } from '../internal/format';
import { IssueAlert } from '../internal/IssueAlert';
import { useLabels, useLocale } from '../internal/locale';
import { useComposedRefs } from '../internal/useComposedRefs';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect';
import { useReportIssues } from '../internal/useReportIssues';
import { activeElementOf } from '../internal/activeElement';
import { ChevronIcon } from './icons';
import { workflowStepperLabels, type WorkflowStepperLabels } from './labels';
import { PhasePanel, PhasePreview } from './PhasePanel';
import { PhaseTrigger } from './PhaseTrigger';
import type { RenderStep } from './StepList';
import { useAutoOrientation, type WorkflowStepperOrientation } from './useAutoOrientation';
import { usePhaseRail } from './usePhaseRail';
import { useWorkflowState, type WorkflowState } from './useWorkflowState';
import { phaseState, type PhaseNode } from './workflowState';

export type { WorkflowStepState } from './StepList';

/* -------------------------------------------------------------------------------------------------
 * Props
 * -----------------------------------------------------------------------------------------------*/

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
  renderStep?: RenderStep;
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

  const state = useWorkflowState({ workflow, activePhaseId, defaultActivePhaseId, onActivePhaseChange, completedStepIds, defaultCompletedStepIds, onCompletedStepsChange, linear });
  const { model, issues, activeIndex, progress } = state;
  useReportIssues(NAME, issues, onError);

  const rootRef = useRef<HTMLDivElement | null>(null);
  const setRootRef = useComposedRefs(rootRef, forwardedRef);
  const phaseCount = model?.phases.length ?? 0;
  const orientation = useAutoOrientation(rootRef, orientationProp, autoBreakpoint, phaseCount);
  const isHorizontal = orientation === 'horizontal';

  const baseId = useId();
  const ids = { title: `${baseId}-title`, heading: `${baseId}-heading`, navHint: `${baseId}-nav-hint`, preview: `${baseId}-preview` };
  const [previewIndex, setPreviewIndex] = useState(-1);
  const announcement = usePhaseAnnouncement(state, labels, num);
  const phaseListRef = useRef<HTMLOListElement | null>(null);
  const { backRef, nextRef, onNavigate } = useFocusAfterMove(state, isHorizontal, phaseListRef);
  const overflow = usePhaseRail(phaseListRef, isHorizontal, activeIndex, phaseCount);

  const titleText = model?.title.trim() ? model.title : '';
  // A host's own name for the group wins over the workflow's title.
  const hostNamed = rest['aria-label'] !== undefined || rest['aria-labelledby'] !== undefined;
  const rootProps = {
    role: 'group',
    'aria-labelledby': hostNamed || !titleText ? undefined : ids.title,
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
  const title = titleText && createElement(`h${headingLevel}`, { id: ids.title, className: 'rk-workflow-stepper-title', 'data-slot': 'workflow-stepper-title' }, <bdi>{titleText}</bdi>);

  if (!model || phaseCount === 0) {
    return (
      <div {...rootProps}>
        {title}
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

  const shared = { state, labels, num, baseId, renderStep };
  const activePhase = model.phases[activeIndex];
  const panel = activePhase && (
    <PhasePanel
      {...shared}
      phase={activePhase}
      phaseCount={phaseCount}
      headingId={ids.heading}
      headingLevel={isHorizontal ? Math.min(headingLevel + 1, 6) : undefined}
      navHintId={ids.navHint}
      onFinish={onFinish}
      onNavigate={onNavigate}
      backRef={backRef}
      nextRef={nextRef}
    />
  );
  const previewPhase = previewIndex >= 0 && !state.isReachable(previewIndex) ? model.phases[previewIndex] : undefined;
  const preview = previewPhase && <PhasePreview {...shared} phase={previewPhase} id={ids.preview} showTitle={isHorizontal} />;

  return (
    <div {...rootProps}>
      <Header title={title} progress={progress} labels={labels} num={num} />

      <ol
        ref={phaseListRef}
        className="rk-workflow-stepper-phases"
        data-slot="workflow-stepper-phases"
        data-overflow-start={overflow.start ? '' : undefined}
        data-overflow-end={overflow.end ? '' : undefined}
        aria-label={labels.phases}
        onKeyDown={onPhaseKeyDown}
      >
        {model.phases.map((phase, index) => (
          <PhaseItem
            key={`${index}:${phase.id}`}
            phase={phase}
            state={state}
            labels={labels}
            num={num}
            heading={!isHorizontal && index === activeIndex ? { id: ids.heading, level: Math.min(headingLevel + 1, 6) } : undefined}
            preview={{ id: ids.preview, open: previewPhase === phase, toggle: () => setPreviewIndex(previewPhase === phase ? -1 : index) }}
          >
            {!isHorizontal && index === activeIndex && panel}
            {!isHorizontal && previewPhase === phase && preview}
          </PhaseItem>
        ))}
      </ol>

      {isHorizontal && panel}
      {isHorizontal && preview}

      <Announcer message={announcement} data-slot="workflow-stepper-announcer" />
    </div>
  );
});
WorkflowStepper.displayName = NAME;

/* -------------------------------------------------------------------------------------------------
 * Header: the workflow's title and its overall progress
 * -----------------------------------------------------------------------------------------------*/

interface HeaderProps {
  title: ReactNode;
  progress: WorkflowState['progress'];
  labels: WorkflowStepperLabels;
  num: (n: number) => string;
}

function Header({ title, progress, labels, num }: HeaderProps) {
  const total = progress.reduce((sum, p) => sum + p.total, 0);
  const done = progress.reduce((sum, p) => sum + p.done, 0);
  return (
    <div className="rk-workflow-stepper-header" data-slot="workflow-stepper-header">
      {title}
      <p className="rk-workflow-stepper-overall" data-slot="workflow-stepper-overall">
        <bdi>{labels.stepsDone(done, total, num(done), num(total))}</bdi>
      </p>
      <div className="rk-workflow-stepper-meter" data-slot="workflow-stepper-meter" aria-hidden="true">
        <div className="rk-workflow-stepper-meter-fill" data-slot="workflow-stepper-meter-fill" style={{ inlineSize: `${total === 0 ? 100 : (done / total) * 100}%` }} />
      </div>
    </div>
  );
}

/* -------------------------------------------------------------------------------------------------
 * PhaseItem: one phase of the row or column, with what opens inside it (vertical)
 * -----------------------------------------------------------------------------------------------*/

interface PhaseItemProps {
  phase: PhaseNode;
  state: WorkflowState;
  labels: WorkflowStepperLabels;
  num: (n: number) => string;
  /** Set on the current phase of a column: its control is the panel's heading. */
  heading: { id: string; level: number } | undefined;
  preview: { id: string; open: boolean; toggle: () => void };
  children: ReactNode;
}

function PhaseItem({ phase, state, labels, num, heading, preview, children }: PhaseItemProps) {
  const { index } = phase;
  const progress = state.progress[index]!;
  const phaseStateValue = phaseState(index, state.activeIndex, progress);
  const reachable = state.isReachable(index);
  const blocker = state.model?.phases[state.frontier];
  return (
    <li
      className="rk-workflow-stepper-phase"
      data-slot="workflow-stepper-phase"
      part="phase"
      data-state={phaseStateValue}
      data-complete={progress.complete ? '' : undefined}
      data-locked={reachable ? undefined : ''}
      data-previous-complete={index > 0 && state.progress[index - 1]!.complete ? '' : undefined}
    >
      <div
        className="rk-workflow-stepper-phase-header" data-slot="workflow-stepper-phase-header"
        // Vertical: the current phase's control is its heading (like an accordion header);
        // the role moves rather than the element, so a focused control is never remounted.
        {...(heading ? { role: 'heading', 'aria-level': heading.level, id: heading.id } : {})}
      >
        <PhaseTrigger
          phase={phase}
          progress={progress}
          state={phaseStateValue}
          reachable={reachable}
          lockedReason={reachable ? undefined : labels.lockedUntil(num(state.frontier + 1), blocker?.title ?? '')}
          labels={labels}
          num={num}
          tabIndex={index === state.activeIndex ? 0 : -1}
          onActivate={() => state.goToPhase(index)}
        />
        {!reachable && (
          <button
            type="button"
            className="rk-workflow-stepper-preview-toggle"
            data-slot="workflow-stepper-preview-toggle"
            aria-expanded={preview.open}
            aria-controls={preview.open ? preview.id : undefined}
            onClick={preview.toggle}
          >
            <ChevronIcon className="rk-workflow-stepper-toggle-icon" />
            {preview.open ? labels.hidePreview : labels.previewSteps}
          </button>
        )}
      </div>
      {children}
    </li>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Behaviour: announcements, focus after Back / Next, arrow keys between phases
 * -----------------------------------------------------------------------------------------------*/

/** Phase changes, and the current phase becoming complete, for the polite status region. */
function usePhaseAnnouncement(state: WorkflowState, labels: WorkflowStepperLabels, num: (n: number) => string): Announcement {
  const phase = state.model?.phases[state.activeIndex];
  const complete = state.progress[state.activeIndex]?.complete ?? false;
  // `labels`/`num` only shape the words; a change of phase or completion is what is announced.
  return useAnnouncer([phase?.id, complete] as const, ([previousId, wasComplete]) => {
    if (!phase) return undefined;
    if (previousId !== phase.id) return labels.announcePhase(labels.phaseOf(num(state.activeIndex + 1), num(state.progress.length)), phase.title);
    if (!wasComplete && complete) return labels.announcePhaseComplete(phase.title);
    return undefined;
  });
}

/**
 * Horizontal: the panel stays put, so the pressed button keeps focus. Vertical: the panel
 * moves under the new phase, so focus goes to that phase's control, where reading resumes.
 */
function useFocusAfterMove(state: WorkflowState, isHorizontal: boolean, phaseListRef: RefObject<HTMLOListElement | null>) {
  const backRef = useRef<HTMLButtonElement | null>(null);
  const nextRef = useRef<HTMLButtonElement | null>(null);
  const pendingFocus = useRef<'back' | 'next' | null>(null);
  useIsomorphicLayoutEffect(() => {
    const which = pendingFocus.current;
    pendingFocus.current = null;
    if (!which) return;
    if (isHorizontal) (which === 'back' ? backRef : nextRef).current?.focus();
    else phaseListRef.current?.querySelector<HTMLButtonElement>(`${TRIGGER_SELECTOR}[aria-current="step"]`)?.focus();
    // After a move only: an orientation change must not spend a focus still pending for one.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs per move; orientation is read as it is then, phaseListRef is a ref object
  }, [state.activeIndex]);

  const onNavigate = (which: 'back' | 'next', target: number) => (event: MouseEvent<HTMLButtonElement>) => {
    if (target === -1) return;
    if (activeElementOf(event.currentTarget) === event.currentTarget) pendingFocus.current = which;
    state.goToPhase(target);
  };
  return { backRef, nextRef, onNavigate };
}

/** Roving focus between phase controls: arrows (mirrored right to left), Home and End. */
function onPhaseKeyDown(event: KeyboardEvent<HTMLOListElement>) {
  const target = event.target as HTMLElement;
  if (!target.matches(TRIGGER_SELECTOR) || event.altKey || event.ctrlKey || event.metaKey) return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>(TRIGGER_SELECTOR));
  const at = buttons.indexOf(target as HTMLButtonElement);
  const rtl = getComputedStyle(event.currentTarget).direction === 'rtl';
  const moves: Record<string, number> = {
    ArrowDown: at + 1,
    ArrowUp: at - 1,
    ArrowRight: rtl ? at - 1 : at + 1,
    ArrowLeft: rtl ? at + 1 : at - 1,
    Home: 0,
    End: buttons.length - 1,
  };
  const to = moves[event.key];
  if (to === undefined) return;
  event.preventDefault();
  buttons[Math.max(0, Math.min(buttons.length - 1, to))]?.focus();
}

import { workflowStepperLabelsZhCN } from '../src/locales/zh-CN';
import { useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { WorkflowStepper, type WorkflowStepperLabels } from '../src';
import type { Workflow, WorkflowStep } from '../src';
import { salesOrg } from '../src/examples/salesOrg';
import { salesOrgZh } from '../src/examples/salesOrgZh';

/* -------------------------------------------------------------------------------------------------
 * Data
 * -----------------------------------------------------------------------------------------------*/

const assistantDirector = salesOrg.roles.find((role) => role.id === 'assistant-sales-director')!;
/** The seed's four-phase method: find → analyse → solve → summarise and promote. */
const workflow = assistantDirector.workflow!;
const zhWorkflow = salesOrgZh.roles.find((role) => role.workflow)!.workflow!;

const findPhaseIds = workflow.phases[0]!.steps.map((step) => step.id);

/** 12 phases, 0 to 50 steps each: the ends of what the model allows a stepper to meet. */
const twelvePhases: Workflow = {
  id: 'onboarding-year',
  title: 'First year of a new regional sales manager',
  phases: Array.from({ length: 12 }, (_, p) => {
    const count = [3, 5, 0, 8, 2, 50, 4, 6, 1, 7, 3, 4][p]!;
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    return {
      id: `month-${p + 1}`,
      title: months[p]!,
      steps: Array.from({ length: count }, (_, s): WorkflowStep => ({ id: `month-${p + 1}-step-${s + 1}`, text: `Review item ${s + 1} of the ${months[p]} plan with the regional team.` })),
    };
  }),
};

const withEmptyPhase: Workflow = {
  id: 'tender',
  title: 'Tender response',
  phases: [
    { id: 'tender-read', title: 'Read the tender', steps: [{ id: 'tr-1', text: 'Read the full tender document and note the deadline.' }, { id: 'tr-2', text: 'List every required certificate.' }] },
    { id: 'tender-wait', title: 'Wait for clarifications', summary: 'Nothing to tick here: the buyer answers questions in their own time.', steps: [] },
    { id: 'tender-submit', title: 'Submit', steps: [{ id: 'ts-1', text: 'Seal and deliver the bid before the deadline.' }] },
  ],
};

const longChinese: Workflow = {
  ...zhWorkflow,
  id: 'zh-long',
  title: '重点区域市场问题发现、分析、解决与经验推广的完整工作流程（适用于总监助理及各区域经理）',
  phases: zhWorkflow.phases.map((phase, i) =>
    i === 1
      ? {
          ...phase,
          title: '组织各区域经理、经销商代表和财务人员共同分析问题的根本原因',
          steps: [
            ...phase.steps,
            {
              id: 'zh-analyze-3',
              text: '对照年度营销计划，逐项核对各区域在人员配置、广告投放、促销活动、渠道建设和库存管理方面的实际执行情况，形成书面分析报告并在部门例会上讨论，明确责任人和整改期限。',
            },
          ],
        }
      : phase,
  ),
};

// The shipped Chinese labels (rolekit/locales/zh-CN), as a host would use them.
const zhLabels = workflowStepperLabelsZhCN;

/** An RTL interface (Hebrew) showing data that was never translated: the usual case in a portal. */
const heLabels: Partial<WorkflowStepperLabels> = {
  workflow: 'תהליך עבודה',
  phases: 'שלבים',
  phaseNumber: (n) => `שלב ${n}`,
  phaseOf: (current, total) => `שלב ${current} מתוך ${total}`,
  stepCount: (count, text) => (count === 0 ? 'אין צעדים' : count === 1 ? 'צעד אחד' : `${text} צעדים`),
  stepsDone: (_done, _total, doneText, totalText) => `הושלמו ${doneText} מתוך ${totalText} צעדים`,
  statusComplete: 'הושלם',
  statusCurrent: 'נוכחי',
  statusInProgress: 'בתהליך',
  statusNotStarted: 'טרם התחיל',
  lockedUntil: (n) => `יש להשלים קודם את שלב ${n}`,
  back: 'הקודם',
  next: 'הבא',
  finish: 'סיום',
  nextNeedsCurrentPhase: 'יש להשלים את כל הצעדים בשלב זה כדי להמשיך.',
  lastPhase: 'זהו השלב האחרון.',
  allComplete: 'כל השלבים הושלמו',
  previewSteps: 'תצוגה מקדימה של הצעדים',
  hidePreview: 'הסתרת התצוגה המקדימה',
  previewOf: (n, title) => `תצוגה מקדימה של שלב ${n}: ${title}`,
  previewNote: 'לקריאה בלבד עד להשלמת השלבים הקודמים.',
  announcePhase: (phaseOf, title) => `${phaseOf}: ${title}`,
};

/* -------------------------------------------------------------------------------------------------
 * Meta
 * -----------------------------------------------------------------------------------------------*/

const meta = {
  title: 'Components/WorkflowStepper',
  component: WorkflowStepper,
  args: {
    workflow,
    onActivePhaseChange: fn(),
    onCompletedStepsChange: fn(),
    onError: fn(),
  },
  parameters: {
    docs: {
      description: {
        component:
          "Walks a person through a role's workflow: phases in order, each with its numbered steps (and sub-steps) to tick. " +
          'The current phase is open and marked `aria-current="step"`; arrow keys move between phase controls, Home/End to the ends; ' +
          'Space ticks a step. `linear` locks later phases until earlier ones are complete.',
      },
    },
  },
} satisfies Meta<typeof WorkflowStepper>;

export default meta;
type Story = StoryObj<typeof meta>;

const canvasOf = (element: HTMLElement) => within(element);

/* -------------------------------------------------------------------------------------------------
 * The sample org's workflow
 * -----------------------------------------------------------------------------------------------*/

/** `<WorkflowStepper workflow={role.workflow} />`, nothing else: the first phase is current. */
export const Uncontrolled: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = canvasOf(canvasElement);
    await expect(canvas.getByRole('button', { name: /Find the problem/ })).toHaveAttribute('aria-current', 'step');
    await expect(canvas.getByText('Phase 1 of 4')).toBeVisible();
    await userEvent.click(canvas.getByRole('checkbox', { name: /Review and rate how each dealer/ }));
    await expect(args.onCompletedStepsChange).toHaveBeenLastCalledWith(['find-2']);
    await expect(canvas.getByText('1 of 11 steps done')).toBeVisible();
  },
};

/** The host owns both pieces of state and shows them beside the stepper. */
export const Controlled: Story = {
  render: function Render(args) {
    const [phaseId, setPhaseId] = useState('phase-analyze');
    const [done, setDone] = useState<string[]>([...findPhaseIds, 'analyze-1-1', 'analyze-1-2']);
    return (
      <div style={{ display: 'grid', gap: '1rem' }}>
        <WorkflowStepper
          {...args}
          activePhaseId={phaseId}
          completedStepIds={done}
          onActivePhaseChange={(id) => {
            setPhaseId(id);
            args.onActivePhaseChange?.(id);
          }}
          onCompletedStepsChange={(ids) => {
            setDone(ids);
            args.onCompletedStepsChange?.(ids);
          }}
        />
        <p data-testid="host-state" style={{ margin: 0, fontFamily: 'ui-monospace, monospace', fontSize: 13 }}>
          activePhaseId: {phaseId} · completedStepIds: {done.length}
        </p>
      </div>
    );
  },
  play: async ({ canvasElement, args }) => {
    const canvas = canvasOf(canvasElement);
    await expect(canvas.getByRole('button', { name: /Analyze the problem/ })).toHaveAttribute('aria-current', 'step');
    // The parent step is half done: a mixed checkbox.
    await expect((canvas.getByRole('checkbox', { name: /Set up an information system/ }) as HTMLInputElement).indeterminate).toBe(true);
    await userEvent.click(canvas.getByRole('button', { name: /Solve the problem/ }));
    await expect(args.onActivePhaseChange).toHaveBeenCalledWith('phase-solve');
    await expect(canvas.getByTestId('host-state')).toHaveTextContent('activePhaseId: phase-solve');
  },
};

/** Linear: later phases stay locked until the earlier ones are done; their steps can be previewed. */
export const Linear: Story = {
  args: { linear: true, defaultCompletedStepIds: findPhaseIds.slice(0, 9) },
  play: async ({ canvasElement }) => {
    const canvas = canvasOf(canvasElement);
    await expect(canvas.queryByRole('button', { name: /Analyze the problem/ })).toBeNull();
    await expect(canvas.getAllByText('Complete phase 1 first')).toHaveLength(3);
    const next = canvas.getByRole('button', { name: 'Next' });
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await expect(next).toHaveAccessibleDescription('Complete every step in this phase to continue.');
    await userEvent.click(canvas.getByRole('checkbox', { name: /Collect up-to-date information/ }));
    await userEvent.click(canvas.getByRole('checkbox', { name: /Work out what each market needs/ }));
    await expect(next).not.toHaveAttribute('aria-disabled');
    await userEvent.click(next);
    await expect(canvas.getByRole('button', { name: /Analyze the problem/ })).toHaveAttribute('aria-current', 'step');
  },
};

/** Linear, with a locked phase's steps open to read. */
export const LinearPreview: Story = {
  args: { linear: true, orientation: 'horizontal' },
  play: async ({ canvasElement }) => {
    const canvas = canvasOf(canvasElement);
    const toggles = canvas.getAllByRole('button', { name: 'Preview steps' });
    await userEvent.click(toggles[1]!);
    const preview = canvas.getByRole('group', { name: 'Preview of phase 3: Solve the problem' });
    await expect(within(preview).getByRole('checkbox', { name: /Carry out the plan/ })).toBeDisabled();
  },
};

/** Free mode (the default): any phase can be opened. */
export const Free: Story = {
  args: { linear: false },
  play: async ({ canvasElement }) => {
    const canvas = canvasOf(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Summarize and promote/ }));
    await expect(canvas.getByText('Phase 4 of 4')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Next' })).toHaveAccessibleDescription('This is the last phase.');
  },
};

export const Vertical: Story = {
  args: { orientation: 'vertical', defaultCompletedStepIds: findPhaseIds, defaultActivePhaseId: 'phase-analyze' },
};

export const Horizontal: Story = {
  args: { orientation: 'horizontal', defaultCompletedStepIds: findPhaseIds, defaultActivePhaseId: 'phase-analyze' },
};

/**
 * `orientation="auto"` follows the space the stepper is given, not the window. Neither panel is
 * wider than the page: on a phone both get the page's width, and both are columns.
 */
export const Auto: Story = {
  args: { orientation: 'auto', defaultCompletedStepIds: findPhaseIds },
  render: (args) => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '2rem', alignItems: 'flex-start' }}>
      <div style={{ flex: '0 1 360px', minInlineSize: 0 }} data-testid="narrow">
        <WorkflowStepper {...args} aria-label="In a 360 px side panel" />
      </div>
      <div style={{ flex: '1 1 720px', minInlineSize: 0 }} data-testid="wide">
        <WorkflowStepper {...args} aria-label="In a wide page" />
      </div>
    </div>
  ),
  play: async ({ canvasElement }) => {
    const canvas = canvasOf(canvasElement);
    await expect(canvas.getByTestId('narrow').firstElementChild).toHaveAttribute('data-orientation', 'vertical');
    // A row from the default 640 px breakpoint: on a page that narrow, the wide panel is a column too.
    // Waited for: when Storybook renders a story while its root is still hidden (a slow
    // switch between stories), the stepper measures 0 px and corrects itself on the resize.
    const wide = canvas.getByTestId('wide');
    await waitFor(() => expect(wide.firstElementChild).toHaveAttribute('data-orientation', wide.getBoundingClientRect().width >= 640 ? 'horizontal' : 'vertical'));
  },
};

/** With `onFinish`, the last phase offers Finish once every step is done. */
export const WithFinish: Story = {
  args: {
    onFinish: fn(),
    defaultActivePhaseId: 'phase-promote',
    defaultCompletedStepIds: workflow.phases.flatMap((phase) => phase.steps.map((step) => step.id)),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = canvasOf(canvasElement);
    await expect(canvas.getByText('All phases complete')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Finish' }));
    await expect(args.onFinish).toHaveBeenCalledTimes(1);
  },
};

/** `renderStep` attaches the host's own content to a step. */
export const RenderStep: Story = {
  args: {
    orientation: 'horizontal',
    defaultActivePhaseId: 'phase-solve',
    renderStep: (step, state) =>
      step.id === 'solve-3' ? (
        <p style={{ margin: 0, fontSize: '0.75rem' }}>
          <a href="https://example.com/plans/objectives">Open the objectives template</a>
          {state.completed ? ' · filed' : ''}
        </p>
      ) : null,
  },
};

/* -------------------------------------------------------------------------------------------------
 * Size and shape
 * -----------------------------------------------------------------------------------------------*/

/** Twelve phases (one with 50 steps, one with none): the row scrolls rather than squeezes. */
export const TwelvePhases: Story = {
  args: {
    workflow: twelvePhases,
    orientation: 'horizontal',
    defaultActivePhaseId: 'month-6',
    defaultCompletedStepIds: twelvePhases.phases.slice(0, 5).flatMap((phase) => phase.steps.map((step) => step.id)),
  },
};

export const TwelvePhasesVertical: Story = {
  args: { ...TwelvePhases.args, orientation: 'vertical', defaultActivePhaseId: 'month-2', linear: true },
};

/** A phase with no steps says so, and never blocks linear mode. */
export const EmptyPhase: Story = {
  args: { workflow: withEmptyPhase, linear: true, defaultActivePhaseId: 'tender-wait', defaultCompletedStepIds: ['tr-1', 'tr-2'] },
  play: async ({ canvasElement }) => {
    const canvas = canvasOf(canvasElement);
    await expect(canvas.getByText('This phase has no steps.')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Next' })).not.toHaveAttribute('aria-disabled');
  },
};

/** No phases: an empty state, not an error. */
export const NoPhases: Story = {
  args: { workflow: { id: 'draft', title: 'Draft workflow', phases: [] } },
  play: async ({ canvasElement, args }) => {
    await expect(canvasOf(canvasElement).getByText('This workflow has no phases yet.')).toBeVisible();
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/* -------------------------------------------------------------------------------------------------
 * Bad data
 * -----------------------------------------------------------------------------------------------*/

/** Duplicate step ids and an unknown `activePhaseId`: the first phase shows, `onError` hears about both. */
export const BadData: Story = {
  args: {
    activePhaseId: 'no-such-phase',
    workflow: {
      ...workflow,
      phases: [{ ...workflow.phases[0]!, steps: [...workflow.phases[0]!.steps, { id: 'find-1', text: 'A second step that reuses the id find-1.' }] }, ...workflow.phases.slice(1)],
    },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = canvasOf(canvasElement);
    await expect(canvas.getByRole('button', { name: /Find the problem/ })).toHaveAttribute('aria-current', 'step');
    // onError comes from an effect: Vitest's act() has run it before play, the built
    // Storybook has not (as for the RoleCard story). Wait, as a host's code would.
    await waitFor(() => expect(args.onError).toHaveBeenCalled());
    const codes = (args.onError as ReturnType<typeof fn>).mock.calls[0]![0].map((issue: { code: string }) => issue.code);
    await expect(codes).toEqual(['duplicate_id', 'unknown_reference']);
  },
};

/** Data that is not a workflow at all: the error box, no crash. */
export const Unreadable: Story = {
  args: { workflow: { id: 'broken', title: 'Broken', phases: 'first, then second' } as unknown as Workflow },
  play: async ({ canvasElement }) => {
    await expect(canvasOf(canvasElement).getByRole('alert')).toHaveTextContent(/^This workflow could not be shown\./);
  },
};

/* -------------------------------------------------------------------------------------------------
 * Language, direction, theme
 * -----------------------------------------------------------------------------------------------*/

/** Long Simplified Chinese titles and steps wrap cleanly; labels translated through the `labels` prop. */
export const LongChinese: Story = {
  globals: { locale: 'zh-CN' },
  args: { workflow: longChinese, labels: zhLabels, orientation: 'horizontal', defaultActivePhaseId: 'zh-phase-analyze', defaultCompletedStepIds: ['zh-find-1', 'zh-find-2', 'zh-find-3', 'zh-find-4', 'zh-analyze-1'] },
};

export const LongChineseVertical: Story = {
  globals: { locale: 'zh-CN' },
  args: { ...LongChinese.args, orientation: 'vertical', linear: true },
};

/**
 * Right to left, with Hebrew labels over English data: the row, the connecting lines and the arrow keys
 * mirror, and each English title or step keeps its own direction.
 */
export const RTL: Story = {
  globals: { dir: 'rtl' },
  args: { orientation: 'horizontal', labels: heLabels, defaultCompletedStepIds: findPhaseIds, defaultActivePhaseId: 'phase-analyze' },
  play: async ({ canvasElement }) => {
    const canvas = canvasOf(canvasElement);
    canvas.getByRole('button', { name: /Analyze the problem/ }).focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByRole('button', { name: /Solve the problem/ })).toHaveFocus();
  },
};

export const RTLVertical: Story = {
  globals: { dir: 'rtl' },
  args: { orientation: 'vertical', linear: true, labels: heLabels, defaultCompletedStepIds: findPhaseIds, defaultActivePhaseId: 'phase-analyze' },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { orientation: 'horizontal', linear: true, defaultCompletedStepIds: [...findPhaseIds, 'analyze-1'], defaultActivePhaseId: 'phase-analyze' },
};

export const DarkVertical: Story = {
  globals: { theme: 'dark' },
  args: { orientation: 'vertical', linear: true, defaultCompletedStepIds: [...findPhaseIds, 'analyze-1'], defaultActivePhaseId: 'phase-analyze' },
};

import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RolekitProvider, WorkflowStepper, type WorkflowStepperProps } from '../../../src';
import { defaultWorkflow } from '../../../src/examples/defaultWorkflow';
import type { Workflow } from '../../../src/model/schema';
import { expectNoAxeViolations } from '../../support/axe';
import { errorBox } from '../../support/errorBox';

const findIds = defaultWorkflow.phases[0]!.steps.map((s) => s.id);
const allIds = defaultWorkflow.phases.flatMap((p) => p.steps.flatMap((s) => [s.id, ...(s.children ?? []).map((c) => c.id)]));

const phaseList = () => screen.getByRole('list', { name: 'Phases' });
const phaseItems = () => within(phaseList()).getAllByRole('listitem').filter((li) => li.parentElement === phaseList());
const currentControls = (container: HTMLElement) => container.querySelectorAll('[aria-current="step"]');
const phaseButton = (name: RegExp) => screen.getByRole('button', { name });
const checkbox = (name: RegExp) => screen.getByRole<HTMLInputElement>('checkbox', { name });
const status = () => screen.getByRole('status');

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

describe('WorkflowStepper', () => {
  describe('given the default workflow, uncontrolled', () => {
    it('lists the four phases in order, each with its number, title, step count and state in words', () => {
      renderStepper({ orientation: 'horizontal' });
      expect(phaseItems().map((li) => li.textContent)).toEqual([
        '1Phase 1, Find the problem11 steps, Current',
        '2Phase 2, Analyze the problem13 steps, Not started',
        '3Phase 3, Solve the problem7 steps, Not started',
        '4Phase 4, Summarize and promote6 steps, Not started',
      ]);
    });

    it('marks exactly one phase control aria-current="step"', () => {
      const { container } = renderStepper();
      expect(currentControls(container)).toHaveLength(1);
      expect(phaseButton(/Find the problem/)).toHaveAttribute('aria-current', 'step');
    });

    it('says "Phase 1 of 4" and gives the current phase a heading', () => {
      renderStepper({ orientation: 'horizontal' });
      expect(screen.getByText('Phase 1 of 4')).toBeInTheDocument();
      expect(screen.getByRole('heading', { level: 3, name: 'Find the problem' })).toBeInTheDocument();
    });

    it('shows the current phase steps as an ordered list of checkboxes', () => {
      renderStepper();
      const panel = screen.getByRole('group', { name: /Find the problem/ });
      expect(within(panel).getAllByRole('checkbox')).toHaveLength(11);
      expect(panel.querySelector('ol')).not.toBeNull();
    });

    it('starts at the first phase with work left', () => {
      renderStepper({ defaultCompletedStepIds: findIds });
      expect(phaseButton(/Analyze the problem/)).toHaveAttribute('aria-current', 'step');
    });

    it('starts at the first phase with work left when the workflow arrives after mount, and stays there as steps are ticked', async () => {
      const { rerender } = render(<WorkflowStepper workflow={undefined} defaultCompletedStepIds={findIds.slice(0, -1)} />);
      rerender(<WorkflowStepper workflow={defaultWorkflow} defaultCompletedStepIds={findIds.slice(0, -1)} />);
      expect(phaseButton(/Find the problem/)).toHaveAttribute('aria-current', 'step');
      // Finishing the phase does not move the user on by itself.
      await userEvent.click(checkbox(new RegExp(defaultWorkflow.phases[0]!.steps.at(-1)!.text.slice(0, 20))));
      expect(phaseButton(/Find the problem/)).toHaveAttribute('aria-current', 'step');
    });

    it('starts a late workflow past the phases already done', () => {
      const { rerender } = render(<WorkflowStepper workflow={null} defaultCompletedStepIds={findIds} />);
      rerender(<WorkflowStepper workflow={defaultWorkflow} defaultCompletedStepIds={findIds} />);
      expect(phaseButton(/Analyze the problem/)).toHaveAttribute('aria-current', 'step');
    });

    it('announces nothing on first render', () => {
      renderStepper();
      expect(status()).toBeEmptyDOMElement();
    });

    describe('on ticking a step', () => {
      it('reports the done ids and updates the count', async () => {
        const onCompletedStepsChange = vi.fn();
        renderStepper({ onCompletedStepsChange });
        await userEvent.click(checkbox(/Review and rate how each dealer/));
        expect(onCompletedStepsChange).toHaveBeenLastCalledWith(['find-2']);
        expect(screen.getByText('1 of 11 steps done')).toBeInTheDocument();
      });
    });

    describe('on ticking the last open step of the current phase', () => {
      it('says the phase is complete, in words, and announces it', async () => {
        renderStepper({ defaultCompletedStepIds: findIds.slice(0, 10), defaultActivePhaseId: 'phase-find' });
        await userEvent.click(checkbox(/Work out what each market needs/));
        expect(phaseItems()[0]).toHaveAttribute('data-complete');
        expect(status()).toHaveTextContent('Find the problem: all steps done');
      });
    });

    describe('given a step with sub-steps', () => {
      it('numbers them 1., 2. at the top and 1), 2) below', () => {
        renderStepper({ defaultActivePhaseId: 'phase-analyze' });
        expect(checkbox(/Set up an information system/).labels![0]).toHaveTextContent(/^1\.\s*Set up/);
        expect(checkbox(/Study the department's own sales reports/).labels![0]).toHaveTextContent(/^2\)\s*Study/);
      });

      it('ticks every sub-step when the parent is ticked', async () => {
        renderStepper({ defaultActivePhaseId: 'phase-analyze' });
        await userEvent.click(checkbox(/Set up an information system/));
        expect(checkbox(/Visit the market to see conditions/)).toBeChecked();
        expect(screen.getByText('4 of 13 steps done')).toBeInTheDocument();
      });

      it('shows the parent as mixed when only some sub-steps are done', async () => {
        renderStepper({ defaultActivePhaseId: 'phase-analyze', defaultCompletedStepIds: ['analyze-1'] });
        await userEvent.click(checkbox(/Study the department's own sales reports/));
        expect(checkbox(/Set up an information system/).indeterminate).toBe(true);
        expect(checkbox(/Set up an information system/).closest('li')).toHaveAttribute('data-checked', 'mixed');
      });
    });

    describe('on opening another phase (free mode)', () => {
      it('makes it current and reports its id', async () => {
        const onActivePhaseChange = vi.fn();
        const { container } = renderStepper({ onActivePhaseChange });
        await userEvent.click(phaseButton(/Summarize and promote/));
        expect(onActivePhaseChange).toHaveBeenCalledWith('phase-promote');
        expect(phaseButton(/Summarize and promote/)).toHaveAttribute('aria-current', 'step');
        expect(currentControls(container)).toHaveLength(1);
      });

      it('announces the new phase', async () => {
        renderStepper();
        await userEvent.click(phaseButton(/Solve the problem/));
        expect(status()).toHaveTextContent('Phase 3 of 4: Solve the problem');
      });

      it('still passes axe', async () => {
        const { container } = renderStepper();
        await userEvent.click(phaseButton(/Analyze the problem/));
        await userEvent.click(checkbox(/Set up an information system/));
        await expectNoAxeViolations(container);
      });
    });

    describe('on Next and Back', () => {
      it('moves one phase forward, then back', async () => {
        renderStepper();
        await userEvent.click(screen.getByRole('button', { name: 'Next' }));
        expect(phaseButton(/Analyze the problem/)).toHaveAttribute('aria-current', 'step');
        await userEvent.click(screen.getByRole('button', { name: 'Back' }));
        expect(phaseButton(/Find the problem/)).toHaveAttribute('aria-current', 'step');
      });

      it('offers no Back on the first phase', () => {
        renderStepper();
        expect(screen.getByRole('button', { name: 'Back' })).toHaveAttribute('aria-disabled', 'true');
      });
    });

    describe('on the last phase', () => {
      it('disables Next and says why', () => {
        renderStepper({ defaultActivePhaseId: 'phase-promote' });
        const next = screen.getByRole('button', { name: 'Next' });
        expect(next).toHaveAttribute('aria-disabled', 'true');
        expect(next).toHaveAccessibleDescription('This is the last phase.');
      });
    });
  });

  describe('with onFinish', () => {
    it('offers Finish on the last phase, unavailable until every step is done', async () => {
      const onFinish = vi.fn();
      renderStepper({ onFinish, defaultActivePhaseId: 'phase-promote' });
      const finish = screen.getByRole('button', { name: 'Finish' });
      expect(finish).toHaveAccessibleDescription('Complete every step to finish.');
      await userEvent.click(finish);
      expect(onFinish).not.toHaveBeenCalled();
    });

    it('calls onFinish once everything is done', async () => {
      const onFinish = vi.fn();
      renderStepper({ onFinish, defaultCompletedStepIds: allIds });
      expect(screen.getByText('All phases complete')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Finish' }));
      expect(onFinish).toHaveBeenCalledTimes(1);
    });
  });

  describe('controlled', () => {
    it('shows the phase the host says, and only reports clicks', async () => {
      const onActivePhaseChange = vi.fn();
      renderStepper({ activePhaseId: 'phase-solve', onActivePhaseChange });
      await userEvent.click(phaseButton(/Find the problem/));
      expect(onActivePhaseChange).toHaveBeenCalledWith('phase-find');
      expect(phaseButton(/Solve the problem/)).toHaveAttribute('aria-current', 'step');
    });

    it('shows the steps the host says are done', () => {
      renderStepper({ completedStepIds: ['find-3'] });
      expect(checkbox(/core products are placed/)).toBeChecked();
      expect(checkbox(/Review and rate/)).not.toBeChecked();
    });

    it('follows the host when it updates', async () => {
      render(<HostControlled />);
      await userEvent.click(checkbox(/Review and rate how each dealer/));
      expect(screen.getByTestId('host')).toHaveTextContent('find-2');
      await userEvent.click(screen.getByRole('button', { name: 'Next' }));
      expect(screen.getByTestId('host')).toHaveTextContent('phase-analyze');
      expect(phaseButton(/Analyze the problem/)).toHaveAttribute('aria-current', 'step');
    });
  });

  describe('in linear mode', () => {
    it('renders later phases as text that says why they are locked, not as buttons', () => {
      renderStepper({ linear: true });
      expect(screen.queryByRole('button', { name: /Analyze the problem/ })).toBeNull();
      expect(phaseItems()[1]).toHaveTextContent('Complete phase 1 first');
      expect(phaseItems()[1]).toHaveAttribute('data-locked');
    });

    it('disables Next until the phase is complete, and says why', async () => {
      renderStepper({ linear: true });
      const next = screen.getByRole('button', { name: 'Next' });
      expect(next).toHaveAccessibleDescription('Complete every step in this phase to continue.');
      await userEvent.click(next);
      expect(phaseButton(/Find the problem/)).toHaveAttribute('aria-current', 'step');
    });

    it('unlocks the next phase when the current one is complete', async () => {
      renderStepper({ linear: true, defaultCompletedStepIds: findIds.slice(1), defaultActivePhaseId: 'phase-find' });
      await userEvent.click(checkbox(/Check how each salesperson/));
      await userEvent.click(screen.getByRole('button', { name: 'Next' }));
      expect(phaseButton(/Analyze the problem/)).toHaveAttribute('aria-current', 'step');
    });

    it('lets completed earlier phases be reopened', async () => {
      renderStepper({ linear: true, defaultCompletedStepIds: findIds });
      await userEvent.click(phaseButton(/Find the problem/));
      expect(phaseButton(/Find the problem/)).toHaveAttribute('aria-current', 'step');
    });

    it('locks later phases again when an earlier step is unticked', async () => {
      renderStepper({ linear: true, defaultCompletedStepIds: findIds, defaultActivePhaseId: 'phase-find' });
      expect(phaseButton(/Analyze the problem/)).toBeInTheDocument();
      await userEvent.click(checkbox(/Check how each salesperson/));
      expect(screen.queryByRole('button', { name: /Analyze the problem/ })).toBeNull();
    });

    describe('on "Preview steps" of a locked phase', () => {
      it('shows its steps read-only, without making it current', async () => {
        renderStepper({ linear: true });
        const toggle = within(phaseItems()[2]!).getByRole('button', { name: 'Preview steps' });
        await userEvent.click(toggle);
        expect(toggle).toHaveAttribute('aria-expanded', 'true');
        const preview = screen.getByRole('group', { name: 'Preview of phase 3: Solve the problem' });
        expect(within(preview).getAllByRole('checkbox').every((box) => (box as HTMLInputElement).disabled)).toBe(true);
        expect(phaseButton(/Find the problem/)).toHaveAttribute('aria-current', 'step');
      });

      it('passes axe with the preview open', async () => {
        const { container } = renderStepper({ linear: true });
        await userEvent.click(within(phaseItems()[1]!).getByRole('button', { name: 'Preview steps' }));
        await expectNoAxeViolations(container);
      });
    });
  });

  describe('renderStep', () => {
    it('adds the host content under each step, with its state', async () => {
      renderStepper({
        renderStep: (step, state) =>
          step.id === 'find-1' ? (
            <button type="button" onClick={() => state.setCompleted(true)}>
              Mark {state.marker} done from the host {state.completed ? '(done)' : ''}
            </button>
          ) : null,
      });
      await userEvent.click(screen.getByRole('button', { name: /Mark 1\. done from the host/ }));
      expect(checkbox(/Check how each salesperson/)).toBeChecked();
      expect(screen.getByRole('button', { name: /Mark 1\. done from the host \(done\)/ })).toBeInTheDocument();
    });
  });

  describe('orientation', () => {
    it('renders the requested orientation as data-orientation', () => {
      const { container } = renderStepper({ orientation: 'horizontal' });
      expect(container.firstElementChild).toHaveAttribute('data-orientation', 'horizontal');
    });

    it('falls back to vertical for "auto" where nothing can be measured', () => {
      const { container } = renderStepper();
      expect(container.firstElementChild).toHaveAttribute('data-orientation', 'vertical');
    });
  });

  describe('labels and locale', () => {
    it('takes labels from the prop over the provider over the defaults', () => {
      render(
        <RolekitProvider labels={{ workflowStepper: { next: 'Continue', back: 'Previous' } }}>
          <WorkflowStepper workflow={defaultWorkflow} labels={{ next: 'Onward' }} />
        </RolekitProvider>,
      );
      expect(screen.getByRole('button', { name: 'Onward' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Previous' })).toBeInTheDocument();
    });

    it('formats numbers for the locale', () => {
      renderStepper({ locale: 'ar-EG', orientation: 'horizontal' });
      expect(screen.getByText('Phase ١ of ٤')).toBeInTheDocument();
    });
  });

  describe('as a component', () => {
    it('is a group named by the workflow title', () => {
      renderStepper();
      expect(screen.getByRole('group', { name: 'Market problem-solving cycle' })).toBeInTheDocument();
    });
  });

  describe('bad data', () => {
    describe('given no workflow', () => {
      it('shows an empty state and reports nothing', () => {
        const onError = vi.fn();
        renderStepper({ workflow: undefined, onError });
        expect(screen.getByText('This workflow has no phases yet.')).toBeInTheDocument();
        expect(onError).not.toHaveBeenCalled();
      });
    });

    describe('given a workflow without phases', () => {
      it('shows its title and an empty state', async () => {
        const { container } = renderStepper({ workflow: { id: 'w', title: 'Draft', phases: [] } });
        expect(screen.getByRole('heading', { name: 'Draft' })).toBeInTheDocument();
        expect(screen.getByText('This workflow has no phases yet.')).toBeInTheDocument();
        expect(currentControls(container)).toHaveLength(0);
        await expectNoAxeViolations(container);
      });
    });

    describe('given duplicate step ids', () => {
      const duplicated: Workflow = {
        ...defaultWorkflow,
        phases: [{ ...defaultWorkflow.phases[0]!, steps: [...defaultWorkflow.phases[0]!.steps, { id: 'find-1', text: 'A second find-1.' }] }, ...defaultWorkflow.phases.slice(1)],
      };

      it('renders the first phase with every step', () => {
        renderStepper({ workflow: duplicated });
        expect(phaseButton(/Find the problem/)).toHaveAttribute('aria-current', 'step');
        expect(checkbox(/A second find-1/)).toBeInTheDocument();
      });

      it('reports a duplicate_id through onError and warns', () => {
        const onError = vi.fn();
        renderStepper({ workflow: duplicated, onError });
        expect(onError.mock.calls[0]![0].map((issue: { code: string }) => issue.code)).toEqual(['duplicate_id']);
        expect(warn).toHaveBeenCalledWith(expect.stringContaining('duplicate step id "find-1"'));
      });
    });

    describe('given an activePhaseId no phase has', () => {
      it('renders the first phase and reports unknown_reference', () => {
        const onError = vi.fn();
        renderStepper({ activePhaseId: 'phase-missing', onError });
        expect(phaseButton(/Find the problem/)).toHaveAttribute('aria-current', 'step');
        expect(onError).toHaveBeenCalledWith([expect.objectContaining({ code: 'unknown_reference', path: ['activePhaseId'] })]);
      });

      it('still moves on with Next', async () => {
        const onActivePhaseChange = vi.fn();
        renderStepper({ activePhaseId: 'phase-missing', onActivePhaseChange });
        await userEvent.click(screen.getByRole('button', { name: 'Next' }));
        expect(onActivePhaseChange).toHaveBeenCalledWith('phase-analyze');
      });
    });

    describe('given something that is not a workflow', () => {
      const notAWorkflow = { phases: 12 } as unknown as Workflow;
      const message = /^phases: /;

      it('says in a sentence that the workflow could not be shown, instead of crashing', () => {
        renderStepper({ workflow: notAWorkflow });
        expect(screen.getByRole('alert')).toHaveTextContent(/^This workflow could not be shown\./);
      });

      it('keeps the issues in a closed Details disclosure', () => {
        renderStepper({ workflow: notAWorkflow });
        const { summary, details } = errorBox();
        expect(summary).toBeVisible();
        expect(details).not.toHaveAttribute('open');
        expect(within(details).getAllByText(message)[0]).not.toBeVisible();
      });

      it('lists the issues once Details is clicked', async () => {
        renderStepper({ workflow: notAWorkflow });
        const { summary, details } = errorBox();
        await userEvent.click(summary);
        expect(details).toHaveAttribute('open');
        expect(within(details).getAllByText(message)[0]).toBeVisible();
      });

      it('passes axe with the details closed and open', async () => {
        const { container } = renderStepper({ workflow: notAWorkflow });
        await expectNoAxeViolations(container);
        await userEvent.click(errorBox().summary);
        await expectNoAxeViolations(container);
      });

      it('renders what renderError returns instead of the box, given the issues', () => {
        renderStepper({ workflow: notAWorkflow, renderError: (issues) => <p>{issues.length ? 'Workflow unavailable' : 'nothing'}</p> });
        expect(screen.queryByRole('alert')).toBeNull();
        expect(screen.getByText('Workflow unavailable')).toBeVisible();
      });

      it('shows no error box with errorDisplay="none", and still hands the issues to onError', () => {
        const onError = vi.fn();
        const { container } = renderStepper({ workflow: notAWorkflow, errorDisplay: 'none', onError });
        expect(screen.queryByRole('alert')).toBeNull();
        expect(container.querySelector('[data-slot="error"]')).toBeNull();
        expect(onError).toHaveBeenCalledWith(expect.arrayContaining([expect.objectContaining({ message: expect.stringMatching(message) })]));
      });
    });

    describe('given a step without text or id', () => {
      it('renders the rest and reports it', () => {
        const onError = vi.fn();
        const broken = { id: 'b', title: 'B', phases: [{ id: 'p', title: 'P', steps: [{ id: 's1', text: 'Fine' }, { oops: true }] }] } as unknown as Workflow;
        renderStepper({ workflow: broken, onError });
        expect(checkbox(/Fine/)).toBeInTheDocument();
        expect(onError).toHaveBeenCalled();
      });
    });
  });
});

/* -------------------------------------------------------------------------------------------------
 * Fixtures
 * -----------------------------------------------------------------------------------------------*/

function renderStepper(props: Partial<WorkflowStepperProps> = {}) {
  return render(<WorkflowStepper workflow={defaultWorkflow} {...props} />);
}

function HostControlled() {
  const [phase, setPhase] = useState('phase-find');
  const [done, setDone] = useState<string[]>([]);
  return (
    <>
      <WorkflowStepper workflow={defaultWorkflow} activePhaseId={phase} onActivePhaseChange={setPhase} completedStepIds={done} onCompletedStepsChange={setDone} />
      <p data-testid="host">
        {phase} {done.join(' ')}
      </p>
    </>
  );
}

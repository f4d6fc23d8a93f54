/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render, screen } from '@testing-library/react';
import { WorkflowStepper, type WorkflowStepperProps } from '../../../src';
import { defaultWorkflow } from '../../../src/examples/defaultWorkflow';
import type { Workflow } from '../../../src/model/schema';
import '../../../src/styles.css';
import { expectNoAxeViolations } from '../../support/axe';
import { twelvePhases } from '../../support/twelvePhases';

const findIds = defaultWorkflow.phases[0]!.steps.map((s) => s.id);
const phase = (name: RegExp) => screen.getByRole('button', { name });
const root = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-slot="workflow-stepper"]')!;

describe('WorkflowStepper in a real browser', () => {
  describe('keyboard between phase controls', () => {
    describe('given focus on the current phase', () => {
      it('moves to the next phase on ArrowRight', async () => {
        renderStepper();
        phase(/Find the problem/).focus();
        await userEvent.keyboard('{ArrowRight}');
        expect(phase(/Analyze the problem/)).toHaveFocus();
      });

      it('moves to the next phase on ArrowDown', async () => {
        renderStepper({ orientation: 'vertical' });
        phase(/Find the problem/).focus();
        await userEvent.keyboard('{ArrowDown}');
        expect(phase(/Analyze the problem/)).toHaveFocus();
      });

      it('moves focus only: the current phase stays until Enter', async () => {
        renderStepper();
        phase(/Find the problem/).focus();
        await userEvent.keyboard('{ArrowRight}');
        expect(phase(/Find the problem/)).toHaveAttribute('aria-current', 'step');
        await userEvent.keyboard('{Enter}');
        expect(phase(/Analyze the problem/)).toHaveAttribute('aria-current', 'step');
        expect(phase(/Analyze the problem/)).toHaveFocus();
      });

      it('goes to the last phase on End', async () => {
        renderStepper();
        phase(/Find the problem/).focus();
        await userEvent.keyboard('{End}');
        expect(phase(/Summarize and promote/)).toHaveFocus();
      });

      it('stays on the first phase on ArrowLeft (no wrapping)', async () => {
        renderStepper();
        phase(/Find the problem/).focus();
        await userEvent.keyboard('{ArrowLeft}');
        expect(phase(/Find the problem/)).toHaveFocus();
      });
    });

    describe('given focus on the last phase', () => {
      it('goes to the first phase on Home', async () => {
        renderStepper();
        phase(/Summarize and promote/).focus();
        await userEvent.keyboard('{Home}');
        expect(phase(/Find the problem/)).toHaveFocus();
      });

      it('moves to the previous phase on ArrowUp', async () => {
        renderStepper();
        phase(/Summarize and promote/).focus();
        await userEvent.keyboard('{ArrowUp}');
        expect(phase(/Solve the problem/)).toHaveFocus();
      });

      it('makes it current on Space', async () => {
        renderStepper();
        phase(/Summarize and promote/).focus();
        await userEvent.keyboard(' ');
        expect(phase(/Summarize and promote/)).toHaveAttribute('aria-current', 'step');
      });
    });

    describe('in linear mode', () => {
      it('skips locked phases: End stops at the first unfinished one', async () => {
        renderStepper({ linear: true, defaultCompletedStepIds: findIds, defaultActivePhaseId: 'phase-find' });
        phase(/Find the problem/).focus();
        await userEvent.keyboard('{End}');
        expect(phase(/Analyze the problem/)).toHaveFocus();
      });
    });

    describe('right to left', () => {
      it('moves to the next phase on ArrowLeft', async () => {
        render(
          <div dir="rtl">
            <WorkflowStepper workflow={defaultWorkflow} orientation="horizontal" />
          </div>,
        );
        phase(/Find the problem/).focus();
        await userEvent.keyboard('{ArrowLeft}');
        expect(phase(/Analyze the problem/)).toHaveFocus();
      });

      it('lays the first phase at the right', () => {
        render(
          <div dir="rtl" style={{ width: 900 }}>
            <WorkflowStepper workflow={defaultWorkflow} orientation="horizontal" />
          </div>,
        );
        expect(phase(/Find the problem/).getBoundingClientRect().left).toBeGreaterThan(phase(/Analyze the problem/).getBoundingClientRect().left);
      });
    });
  });

  describe('Tab order', () => {
    it('stops once on the phase list, at the current phase, then goes to its steps', async () => {
      render(
        <>
          <button type="button">Before</button>
          <WorkflowStepper workflow={defaultWorkflow} orientation="horizontal" defaultActivePhaseId="phase-solve" />
        </>,
      );
      screen.getByRole('button', { name: 'Before' }).focus();
      await userEvent.tab();
      expect(phase(/Solve the problem/)).toHaveFocus();
      await userEvent.tab();
      expect(screen.getByRole('checkbox', { name: /Fix one-off problems/ })).toHaveFocus();
    });
  });

  describe('step checkboxes', () => {
    it('toggle with Space', async () => {
      renderStepper();
      const box = screen.getByRole('checkbox', { name: /Review and rate how each dealer/ });
      box.focus();
      await userEvent.keyboard(' ');
      expect(box).toBeChecked();
      expect(screen.getByText('1 of 11 steps done')).toBeVisible();
      await userEvent.keyboard(' ');
      expect(box).not.toBeChecked();
    });
  });

  describe('Back and Next', () => {
    describe('horizontal', () => {
      it('keeps focus on Next after moving on', async () => {
        renderStepper({ orientation: 'horizontal' });
        const next = screen.getByRole('button', { name: 'Next' });
        next.focus();
        await userEvent.keyboard('{Enter}');
        expect(phase(/Analyze the problem/)).toHaveAttribute('aria-current', 'step');
        expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
      });

      it('keeps focus on Back when it reaches the first phase', async () => {
        renderStepper({ orientation: 'horizontal', defaultActivePhaseId: 'phase-analyze' });
        const back = screen.getByRole('button', { name: 'Back' });
        back.focus();
        await userEvent.keyboard('{Enter}');
        expect(back).toHaveFocus();
        expect(back).toHaveAttribute('aria-disabled', 'true');
      });
    });

    describe('vertical', () => {
      it('moves focus to the new current phase, where its steps now open', async () => {
        renderStepper({ orientation: 'vertical' });
        screen.getByRole('button', { name: 'Next' }).focus();
        await userEvent.keyboard('{Enter}');
        expect(phase(/Analyze the problem/)).toHaveFocus();
        expect(phase(/Analyze the problem/)).toHaveAttribute('aria-current', 'step');
      });

      it('makes the current phase control a heading', async () => {
        renderStepper({ orientation: 'vertical', defaultActivePhaseId: 'phase-solve' });
        expect(screen.getByRole('heading', { level: 3, name: /Solve the problem/ })).toContainElement(phase(/Solve the problem/));
      });
    });

    describe('in linear mode, with the phase unfinished', () => {
      it('keeps focus on Next and stays put', async () => {
        renderStepper({ linear: true, orientation: 'horizontal' });
        const next = screen.getByRole('button', { name: 'Next' });
        next.focus();
        await userEvent.keyboard('{Enter}');
        expect(next).toHaveFocus();
        expect(phase(/Find the problem/)).toHaveAttribute('aria-current', 'step');
        expect(screen.getByText('Complete every step in this phase to continue.')).toBeVisible();
      });
    });
  });

  describe('orientation="auto"', () => {
    it('uses a column in a 400 px container', () => {
      const { container } = render(
        <div style={{ width: 400 }}>
          <WorkflowStepper workflow={defaultWorkflow} />
        </div>,
      );
      expect(root(container)).toHaveAttribute('data-orientation', 'vertical');
    });

    it('uses a row in a 900 px container', () => {
      const { container } = render(
        <div style={{ width: 900 }}>
          <WorkflowStepper workflow={defaultWorkflow} />
        </div>,
      );
      expect(root(container)).toHaveAttribute('data-orientation', 'horizontal');
      const [first, second] = [phase(/Find the problem/), phase(/Analyze the problem/)].map((b) => b.getBoundingClientRect());
      expect(Math.abs(first!.top - second!.top)).toBeLessThan(1);
    });

    it('switches when the container is resized', async () => {
      const { container } = render(
        <div data-testid="box" style={{ width: 900 }}>
          <WorkflowStepper workflow={defaultWorkflow} />
        </div>,
      );
      screen.getByTestId('box').style.width = '500px';
      await expect.poll(() => root(container).getAttribute('data-orientation')).toBe('vertical');
      screen.getByTestId('box').style.width = '700px';
      await expect.poll(() => root(container).getAttribute('data-orientation')).toBe('horizontal');
    });

    it('respects autoBreakpoint', () => {
      const { container } = render(
        <div style={{ width: 900 }}>
          <WorkflowStepper workflow={defaultWorkflow} autoBreakpoint={1000} />
        </div>,
      );
      expect(root(container)).toHaveAttribute('data-orientation', 'vertical');
    });
  });

  describe('given twelve phases in a row', () => {
    it('scrolls the row so the current phase is in view', () => {
      render(
        <div style={{ width: 700 }}>
          <WorkflowStepper workflow={twelvePhases} orientation="horizontal" defaultActivePhaseId="p-11" />
        </div>,
      );
      const list = screen.getByRole('list', { name: 'Phases' });
      const current = phase(/Phase 11\b/).getBoundingClientRect();
      const box = list.getBoundingClientRect();
      expect(list.scrollLeft).toBeGreaterThan(0);
      expect(current.left).toBeGreaterThanOrEqual(box.left - 1);
      expect(current.right).toBeLessThanOrEqual(box.right + 1);
    });
  });

  describe('given long Chinese text in a narrow container', () => {
    it('wraps without overflowing', () => {
      const long: Workflow = {
        id: 'zh',
        title: '重点区域市场问题发现、分析、解决与经验推广的完整工作流程',
        phases: [
          {
            id: 'zh-1',
            title: '组织各区域经理、经销商代表和财务人员共同分析问题的根本原因',
            steps: [{ id: 'zh-1-1', text: '对照年度营销计划，逐项核对各区域在人员配置、广告投放、促销活动、渠道建设和库存管理方面的实际执行情况，形成书面分析报告。' }],
          },
        ],
      };
      const { container } = render(
        <div style={{ width: 320 }} lang="zh-CN">
          <WorkflowStepper workflow={long} />
        </div>,
      );
      const stepper = root(container);
      expect(stepper.scrollWidth).toBeLessThanOrEqual(stepper.clientWidth);
      const text = container.querySelector('[data-slot="workflow-stepper-step-text"]')!;
      expect(text.getBoundingClientRect().height).toBeGreaterThan(40);
    });
  });

  describe('accessibility, with colour contrast', () => {
    it('has no axe violations before and after moving through phases (light, horizontal)', async () => {
      const { container } = render(
        <div style={{ width: 960 }}>
          <WorkflowStepper workflow={defaultWorkflow} linear defaultCompletedStepIds={findIds.slice(0, 10)} />
        </div>,
      );
      await expectNoAxeViolations(container);
      await userEvent.click(screen.getByRole('checkbox', { name: /Work out what each market needs/ }));
      await userEvent.click(screen.getByRole('button', { name: 'Next' }));
      await userEvent.click(screen.getAllByRole('button', { name: 'Preview steps' })[0]!);
      await expectNoAxeViolations(container);
    });

    it('has no axe violations in the dark theme (vertical)', async () => {
      const { container } = render(
        <div data-rk-theme="dark" style={{ width: 480, background: '#0f172a' }}>
          <WorkflowStepper workflow={defaultWorkflow} linear defaultCompletedStepIds={[...findIds, 'analyze-1']} />
        </div>,
      );
      await expectNoAxeViolations(container);
      await userEvent.click(screen.getByRole('checkbox', { name: /Hold a discussion and analysis/ }));
      await expectNoAxeViolations(container);
    });
  });
});

/* -------------------------------------------------------------------------------------------------
 * Fixtures
 * -----------------------------------------------------------------------------------------------*/

function renderStepper(props: Partial<WorkflowStepperProps> = {}) {
  return render(
    <div style={{ width: 960 }}>
      <WorkflowStepper workflow={defaultWorkflow} orientation="horizontal" {...props} />
    </div>,
  );
}

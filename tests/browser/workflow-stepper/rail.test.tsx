/// <reference types="vite/client" />
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { composeStories } from '@storybook/react-vite';
import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { WorkflowStepper, type WorkflowStepperProps } from '../../../src';
import { defaultWorkflow } from '../../../src/examples/defaultWorkflow';
import type { Workflow } from '../../../src/model/schema';
import preview from '../../../.storybook/preview';
import * as stories from '../../../stories/WorkflowStepper.stories';
import '../../../src/styles.css';
import { expectNoAxeViolations } from '../../support/axe';
import { twelvePhases } from '../../support/twelvePhases';

const { Auto, TwelvePhases } = composeStories(stories, preview);

const rail = () => screen.getByRole('list', { name: 'Phases' });
const fade = (list: HTMLElement) => getComputedStyle(list).maskImage;
const currentPhase = () => rail().querySelector<HTMLElement>('[data-state="current"]')!;
/** Whether the element lies inside the rail's box and clear of any faded edge (left to right). */
const inClearView = (element: HTMLElement, list: HTMLElement) => {
  const box = list.getBoundingClientRect();
  const at = element.getBoundingClientRect();
  const inset = parseFloat(getComputedStyle(list).scrollPaddingInlineStart);
  const left = box.left + (list.hasAttribute('data-overflow-start') ? inset : 0);
  const right = box.right - (list.hasAttribute('data-overflow-end') ? inset : 0);
  return at.left >= left - 1 && at.right <= right + 1;
};
/** The scroll events that set the fade arrive a frame after scrolling. */
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

beforeEach(async () => {
  await page.viewport(1280, 800);
});

afterEach(async () => {
  await page.viewport(1280, 800);
});

describe('WorkflowStepper: the row of phases', () => {
  describe('given four phases with room to spare', () => {
    it('shows no fade at either edge', () => {
      renderRow(defaultWorkflow, 960);
      expect(rail()).not.toHaveAttribute('data-overflow-start');
      expect(rail()).not.toHaveAttribute('data-overflow-end');
      expect(fade(rail())).toBe('none');
    });
  });

  describe('given twelve phases in 600 px, on the first phase', () => {
    it('fades the end edge only, where phases are hidden', () => {
      renderRow(twelvePhases, 600);
      expect(rail()).toHaveAttribute('data-overflow-end');
      expect(rail()).not.toHaveAttribute('data-overflow-start');
      expect(fade(rail())).toMatch(/linear-gradient\(to right/);
    });

    describe('on scrolling to the far end', () => {
      it('fades the start edge instead', async () => {
        renderRow(twelvePhases, 600);
        rail().scrollLeft = rail().scrollWidth;
        await nextFrame();
        expect(rail()).toHaveAttribute('data-overflow-start');
        expect(rail()).not.toHaveAttribute('data-overflow-end');
      });
    });

    describe('on widening the container until every phase fits', () => {
      it('drops the fade', async () => {
        const { container } = renderRow(twelvePhases, 600);
        (container.firstElementChild as HTMLElement).style.width = '1600px';
        await expect.poll(() => fade(rail())).toBe('none');
      });
    });
  });

  describe('right to left, on the first phase', () => {
    it('fades the end edge, which is on the left', () => {
      render(
        <div dir="rtl" style={{ width: 600 }}>
          <WorkflowStepper workflow={twelvePhases} orientation="horizontal" />
        </div>,
      );
      expect(rail()).toHaveAttribute('data-overflow-end');
      expect(rail()).not.toHaveAttribute('data-overflow-start');
      expect(fade(rail())).toMatch(/linear-gradient\(to left/);
    });
  });

  describe('given the current phase changes', () => {
    it('scrolls the new current phase into view, clear of the fade, on Next', async () => {
      renderRow(twelvePhases, 600);
      const next = screen.getByRole('button', { name: 'Next' });
      for (let i = 0; i < 7; i++) await userEvent.click(next);
      expect(screen.getByRole('button', { name: /Month 8/ })).toHaveAttribute('aria-current', 'step');
      expect(rail().scrollLeft).toBeGreaterThan(0);
      expect(inClearView(currentPhase(), rail())).toBe(true);
    });

    it('scrolls back to a phase the host moves to', async () => {
      render(<HostOwnsPhase />);
      await userEvent.click(screen.getByRole('button', { name: 'Host: go to month 12' }));
      expect(inClearView(currentPhase(), rail())).toBe(true);
      await userEvent.click(screen.getByRole('button', { name: 'Host: go to month 1' }));
      expect(rail().scrollLeft).toBe(0);
      expect(inClearView(currentPhase(), rail())).toBe(true);
    });

    it('has no axe violations with the fade showing', async () => {
      const { container } = renderRow(twelvePhases, 600);
      await expectNoAxeViolations(container);
    });
  });

  describe('the TwelvePhases story, opened at June on a 390 px phone', () => {
    it('starts with June in view and both edges faded', async () => {
      await page.viewport(390, 844);
      render(<TwelvePhases />);
      await nextFrame();
      expect(screen.getByRole('button', { name: /June/ })).toHaveAttribute('aria-current', 'step');
      expect(inClearView(currentPhase(), rail())).toBe(true);
      expect(rail()).toHaveAttribute('data-overflow-start');
      expect(rail()).toHaveAttribute('data-overflow-end');
    });
  });
});

describe('the Auto story', () => {
  describe('at a 390 px viewport (a phone)', () => {
    it('makes the page no wider than the screen', async () => {
      await page.viewport(390, 844);
      render(<Auto />);
      await nextFrame();
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390);
    });

    it('lays both steppers out as columns', async () => {
      await page.viewport(390, 844);
      render(<Auto />);
      const steppers = document.querySelectorAll('[data-slot="workflow-stepper"]');
      expect([...steppers].map((s) => s.getAttribute('data-orientation'))).toEqual(['vertical', 'vertical']);
    });
  });

  describe('at a 1280 px viewport', () => {
    it('lays the wide panel out as a row', async () => {
      render(<Auto />);
      expect(screen.getByRole('group', { name: 'In a wide page' })).toHaveAttribute('data-orientation', 'horizontal');
    });
  });
});

/* -------------------------------------------------------------------------------------------------
 * Fixtures
 * -----------------------------------------------------------------------------------------------*/

function renderRow(workflow: Workflow, width: number, props: Partial<WorkflowStepperProps> = {}) {
  return render(
    <div style={{ width }}>
      <WorkflowStepper workflow={workflow} orientation="horizontal" {...props} />
    </div>,
  );
}

function HostOwnsPhase() {
  const [phaseId, setPhaseId] = useState('p-1');
  return (
    <div style={{ width: 600 }}>
      <button type="button" onClick={() => setPhaseId('p-12')}>
        Host: go to month 12
      </button>
      <button type="button" onClick={() => setPhaseId('p-1')}>
        Host: go to month 1
      </button>
      <WorkflowStepper workflow={twelvePhases} orientation="horizontal" activePhaseId={phaseId} onActivePhaseChange={setPhaseId} />
    </div>
  );
}

import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WorkflowStepper } from '../../src';
import { defaultWorkflow } from '../../src/examples/defaultWorkflow';
import type { Workflow } from '../../src/model/schema';

let errors: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  errors.mockRestore();
});

const count = (html: string, needle: string) => html.split(needle).length - 1;

describe('WorkflowStepper on the server', () => {
  it('runs with no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  describe('given orientation="auto"', () => {
    const html = renderToString(<WorkflowStepper workflow={defaultWorkflow} />);

    it('renders the column layout, which works at any width, until the browser measures', () => {
      expect(html).toContain('data-orientation="vertical"');
    });

    it('renders the phases as an ordered list with exactly one current phase', () => {
      expect(html).toContain('<ol');
      expect(count(html, 'aria-current="step"')).toBe(1);
      expect(count(html, 'data-slot="workflow-stepper-phase"')).toBe(4);
    });

    it('renders the current phase position and its steps as checkboxes', () => {
      expect(html).toContain('Phase 1 of 4');
      expect(count(html, 'type="checkbox"')).toBe(11);
    });

    it('logs no React errors (no layout-effect or hydration warnings)', () => {
      expect(errors).not.toHaveBeenCalled();
    });
  });

  it('renders the requested horizontal layout with the current phase heading', () => {
    const html = renderToString(<WorkflowStepper workflow={defaultWorkflow} orientation="horizontal" defaultActivePhaseId="phase-analyze" />);
    expect(html).toContain('data-orientation="horizontal"');
    expect(html).toMatch(/<h3[^>]*>(<bdi>)?Analyze the problem/);
    expect(html).toContain('Phase 2 of 4');
  });

  it('renders the steps the host marks done as checked', () => {
    const html = renderToString(<WorkflowStepper workflow={defaultWorkflow} completedStepIds={['find-1', 'find-2']} />);
    expect(count(html, 'checked=""')).toBe(2);
    expect(html).toContain('2 of 11 steps done');
  });

  it('renders the empty state for a workflow without phases', () => {
    const html = renderToString(<WorkflowStepper workflow={{ id: 'w', title: 'Draft', phases: [] }} />);
    expect(html).toContain('This workflow has no phases yet.');
  });

  it('renders an alert, not a crash, for data that is not a workflow', () => {
    const html = renderToString(<WorkflowStepper workflow={{ phases: null } as unknown as Workflow} />);
    expect(html).toContain('<div role="alert" class="rk-error" data-slot="error"><p class="rk-error-title" data-slot="error-title">This workflow could not be shown.</p>');
    expect(html).toContain('<details data-slot="error-details"><summary>Details</summary>');
  });
});

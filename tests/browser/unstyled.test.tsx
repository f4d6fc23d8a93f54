/// <reference types="vite/client" />
/**
 * The unstyled path: a host with its own design system loads no rolekit stylesheet.
 * This file imports no CSS (Vitest runs each browser test file in its own page), so
 * what is checked here is the bare markup: structure, data-* state and behaviour,
 * and that screen-reader-only text stays off screen without `.rk-visually-hidden`.
 * OrgChart positions itself with inline styles, so its drawing holds too: boxes where
 * the layout put them, inside a clipped viewport, with their connectors.
 */
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render, screen, within } from '@testing-library/react';
import { OrgChart, ResponsibilityChecklist, RoleCard, WorkflowStepper, type OrgChartProps } from '../../src';
import { salesOrg } from '../../src/examples/salesOrg';
import { expectNoAxeViolations } from '../support/axe';

const role = (id: string) => salesOrg.roles.find((r) => r.id === id)!;

/**
 * Screen-reader-only text: off screen (a 1×1 clipped box, so no letters show), yet not
 * removed from the accessibility tree (no display: none, visibility: hidden or aria-hidden).
 */
function expectVisuallyHidden(element: Element) {
  const box = element.getBoundingClientRect();
  expect(box.width, 'visually hidden width').toBeLessThanOrEqual(1);
  expect(box.height, 'visually hidden height').toBeLessThanOrEqual(1);
  expect(getComputedStyle(element).display).not.toBe('none');
  expect(getComputedStyle(element).visibility).toBe('visible');
  expect(element.closest('[aria-hidden="true"]')).toBeNull();
}

/** The element holding exactly this screen-reader text (Testing Library ignores the clipping). */
const hiddenText = (text: string | RegExp) => screen.getByText(text, { selector: '.rk-visually-hidden' });

describe('without rolekit/styles.css', () => {
  it('really has no rolekit stylesheet on the page', () => {
    render(<RoleCard role={role('sales-manager-north')} org={salesOrg} />);
    const card = screen.getByRole('article');
    // The card's padding token is only defined by the stylesheet.
    expect(getComputedStyle(card).getPropertyValue('--rk-card-padding')).toBe('');
    expect(getComputedStyle(card).paddingTop).toBe('0px');
  });

  describe('RoleCard', () => {
    it('keeps its outline: title heading, facts and sections', () => {
      render(<RoleCard role={role('sales-manager-north')} org={salesOrg} headingLevel={2} />);
      const card = screen.getByRole('article', { name: 'Sales Manager, North Region' });
      expect(within(card).getByRole('heading', { level: 2, name: 'Sales Manager, North Region' })).toBeVisible();
      expect(within(card).getByRole('heading', { level: 3, name: 'Qualifications' })).toBeVisible();
      expect(within(card).getByRole('link', { name: /thomas\.reed@example\.com/ })).toBeVisible();
    });

    it('draws its icons at icon size, not at an SVG default of 300×150', () => {
      const { container } = render(<RoleCard role={role('rep-north-tianjin')} org={salesOrg} />);
      for (const svg of container.querySelectorAll('svg')) {
        const box = svg.getBoundingClientRect();
        expect(box.width).toBeLessThanOrEqual(24);
        expect(box.height).toBeLessThanOrEqual(24);
      }
    });

    it('names a contact link "Email: …" for screen readers without showing the word', () => {
      render(<RoleCard role={role('sales-manager-north')} org={salesOrg} />);
      expect(screen.getByRole('link', { name: 'Email: thomas.reed@example.com' })).toBeVisible();
      expectVisuallyHidden(hiddenText('Email:'));
    });

    it('keeps the terms of its fact lists for screen readers only', () => {
      const { container } = render(<RoleCard role={role('sales-manager-north')} org={salesOrg} />);
      const terms = container.querySelectorAll('dt.rk-visually-hidden');
      expect(terms.length).toBeGreaterThan(0);
      for (const term of terms) expectVisuallyHidden(term);
    });

    it('marks a vacancy in words and as data-vacant', () => {
      render(<RoleCard role={role('rep-north-tianjin')} org={salesOrg} />);
      const card = screen.getByRole('article');
      expect(card).toHaveAttribute('data-vacant', '');
      expect(within(card).getByText('Vacant')).toBeVisible();
    });

    it('still calls onRoleClick from its role names', async () => {
      const onRoleClick = vi.fn();
      render(<RoleCard role={role('sales-manager-north')} org={salesOrg} onRoleClick={onRoleClick} />);
      await userEvent.click(screen.getByRole('button', { name: 'Sales Director' }));
      expect(onRoleClick).toHaveBeenCalledWith('sales-director', expect.anything());
    });

    it('has no axe violations', async () => {
      const { container } = render(<RoleCard role={role('sales-manager-north')} org={salesOrg} />);
      await expectNoAxeViolations(container);
    });
  });

  describe('ResponsibilityChecklist', () => {
    it('toggles a duty with the native checkbox, and the progress follows', async () => {
      render(<ResponsibilityChecklist role={role('sales-administrator')} />);
      const bar = screen.getByRole('progressbar');
      const duty = screen.getAllByRole('checkbox')[1]!;
      await userEvent.click(duty);
      expect(duty).toBeChecked();
      expect(duty.closest('[data-slot="checklist-item"]')).toHaveAttribute('data-checked', 'true');
      expect(bar).toHaveAttribute('aria-valuenow', '1');
    });

    it('shows the native box only: the drawn tick stays hidden', async () => {
      const { container } = render(<ResponsibilityChecklist role={role('sales-administrator')} />);
      await userEvent.click(screen.getAllByRole('checkbox')[1]!);
      for (const icon of container.querySelectorAll('.rk-checkbox-icon')) expect(getComputedStyle(icon).display).toBe('none');
    });

    it('opens a closed group from its heading button', async () => {
      render(<ResponsibilityChecklist role={role('sales-manager-north')} />);
      const triggers = screen.getAllByRole('button', { expanded: false });
      const trigger = triggers[0]!;
      const panel = trigger.closest('[data-slot="checklist-group"]')!.querySelector('[data-slot="checklist-panel"]')!;
      expect(panel).not.toBeVisible();
      await userEvent.click(trigger);
      expect(trigger).toHaveAttribute('aria-expanded', 'true');
      expect(trigger).toHaveAttribute('data-state', 'open');
      expect(panel).toBeVisible();
    });

    it('labels its filter box for screen readers without showing the label', () => {
      render(<ResponsibilityChecklist role={role('sales-administrator')} />);
      expect(screen.getByRole('searchbox', { name: 'Filter duties' })).toBeVisible();
      expectVisuallyHidden(hiddenText('Filter duties'));
    });

    it('announces progress in a live region that takes no room on screen', async () => {
      render(<ResponsibilityChecklist role={role('sales-administrator')} />);
      await userEvent.click(screen.getAllByRole('checkbox')[1]!);
      const status = screen.getByRole('status');
      expect(status).not.toBeEmptyDOMElement();
      expectVisuallyHidden(status);
    });

    it('filters as the user types', async () => {
      render(<ResponsibilityChecklist role={role('sales-administrator')} />);
      await userEvent.type(screen.getByRole('searchbox', { name: 'Filter duties' }), 'zzzz-no-such-duty');
      expect(screen.getByText(/No duties match/)).toBeVisible();
    });

    it('has no axe violations', async () => {
      const { container } = render(<ResponsibilityChecklist role={role('sales-manager-north')} />);
      await expectNoAxeViolations(container);
    });
  });

  describe('WorkflowStepper', () => {
    const workflow = role('assistant-sales-director').workflow!;

    it('moves to the next phase with Next once the phase is done', async () => {
      render(<WorkflowStepper workflow={workflow} orientation="vertical" />);
      expect(screen.getByText('Phase 1 of 4')).toBeVisible();
      for (const box of within(screen.getByRole('group', { name: /Find the problem/ })).getAllByRole('checkbox')) await userEvent.click(box);
      await userEvent.click(screen.getByRole('button', { name: 'Next' }));
      expect(screen.getByText('Phase 2 of 4')).toBeVisible();
      expect(screen.getByRole('button', { name: /Analyze the problem/ })).toHaveAttribute('aria-current', 'step');
    });

    it('reads "Phase 1, …" in a phase control\'s name without showing it', () => {
      render(<WorkflowStepper workflow={workflow} orientation="vertical" />);
      expect(screen.getByRole('button', { name: /^Phase 1, Find the problem/ })).toBeVisible();
      expectVisuallyHidden(hiddenText('Phase 1,'));
    });

    it('opens a phase from its control', async () => {
      render(<WorkflowStepper workflow={workflow} orientation="horizontal" />);
      await userEvent.click(screen.getByRole('button', { name: /Solve the problem/ }));
      expect(screen.getByText('Phase 3 of 4')).toBeVisible();
      expect(screen.getByRole('button', { name: /Solve the problem/ }).closest('li')).toHaveAttribute('data-state', 'current');
    });

    it('has no axe violations', async () => {
      const { container } = render(<WorkflowStepper workflow={workflow} />);
      await expectNoAxeViolations(container);
    });
  });

  describe('OrgChart', () => {
    // The sample org opened one level: the director and their six reports
    // (assistant, assistant director, administration, north, east, south).
    const node = (name: RegExp) => screen.getByRole('treeitem', { name });
    const director = () => node(/^Sales Director,/);
    const north = () => node(/^Sales Manager, North/);
    const visibleIds = () => screen.getAllByRole('treeitem').map((el) => el.getAttribute('data-role-id'));
    const Chart = (props: Partial<OrgChartProps>) => (
      <div style={{ width: 800 }}>
        <OrgChart org={salesOrg} aria-label="Sales" defaultExpandDepth={1} height={360} {...props} />
      </div>
    );

    it('keeps its tree: the director open, with the six reports as items one level down', () => {
      render(<Chart />);
      expect(screen.getByRole('tree', { name: 'Sales' })).toBeInTheDocument();
      expect(director()).toHaveAttribute('aria-expanded', 'true');
      expect(director()).toHaveAttribute('data-state', 'open');
      expect(visibleIds()).toEqual([
        'sales-director',
        'director-assistant',
        'assistant-sales-director',
        'sales-admin-head',
        'sales-manager-north',
        'sales-manager-east',
        'sales-manager-south',
      ]);
      expect(north()).toHaveAttribute('aria-level', '2');
    });

    it('takes focus on its active node with one Tab and gives it up with the next', async () => {
      render(
        <>
          <button type="button">before</button>
          <Chart toolbar={false} />
          <button type="button">after</button>
        </>,
      );
      screen.getByRole('button', { name: 'before' }).focus();
      await userEvent.tab();
      expect(director()).toHaveFocus();
      await userEvent.tab();
      expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    });

    it('ArrowDown moves focus to the next visible node', async () => {
      render(<Chart />);
      north().focus();
      await userEvent.keyboard('{ArrowDown}');
      expect(node(/^Sales Manager, East/)).toHaveFocus();
    });

    it('ArrowRight on an open node moves focus to its first report', async () => {
      render(<Chart />);
      director().focus();
      await userEvent.keyboard('{ArrowRight}');
      expect(node(/^Assistant to the Sales Director/)).toHaveFocus();
    });

    it('ArrowRight on a closed node opens it and shows its reports', async () => {
      render(<Chart />);
      north().focus();
      await userEvent.keyboard('{ArrowRight}');
      expect(north()).toHaveAttribute('aria-expanded', 'true');
      expect(north()).toHaveAttribute('data-state', 'open');
      expect(north()).toHaveFocus();
      expect(visibleIds()).toContain('rep-north-beijing');
    });

    it('Enter selects the focused node', async () => {
      const onActivate = vi.fn();
      render(<Chart onActivate={onActivate} />);
      north().focus();
      await userEvent.keyboard('{Enter}');
      expect(onActivate).toHaveBeenCalledWith('sales-manager-north');
      expect(north()).toHaveAttribute('aria-selected', 'true');
      expect(north()).toHaveAttribute('data-selected', '');
    });

    it('ArrowLeft on an open node collapses it, hiding its reports', async () => {
      render(<Chart />);
      director().focus();
      await userEvent.keyboard('{ArrowLeft}');
      expect(director()).toHaveAttribute('aria-expanded', 'false');
      expect(director()).toHaveAttribute('data-state', 'closed');
      expect(director()).toHaveFocus();
      expect(visibleIds()).toEqual(['sales-director']);
    });

    it('opens and closes a node from its knob with the pointer', async () => {
      render(<Chart />);
      const knob = () => north().querySelector<HTMLElement>('[data-slot="org-chart-toggle"]')!;
      await userEvent.click(knob());
      expect(north()).toHaveAttribute('aria-expanded', 'true');
      expect(visibleIds()).toContain('rep-north-beijing');
      await userEvent.click(knob());
      expect(north()).toHaveAttribute('aria-expanded', 'false');
      expect(visibleIds()).not.toContain('rep-north-beijing');
    });

    it('draws the boxes where the layout puts them, in a clipped viewport of the height asked for, with lines', async () => {
      // At 100 %, so the boxes measure the layout's pixels (the readable first view may scale them).
      const { container } = render(<Chart toolbar={false} initialView="selected" />);
      const viewport = container.querySelector<HTMLElement>('[data-slot="org-chart-viewport"]')!;
      const frame = viewport.getBoundingClientRect();
      expect(frame.height).toBe(360);
      expect(getComputedStyle(viewport).overflow).toBe('hidden');
      // The reports share one row below the director, side by side without overlapping.
      const boxes = ['sales-manager-north', 'sales-manager-east', 'sales-manager-south'].map((id) =>
        container.querySelector(`[data-role-id="${id}"]`)!.getBoundingClientRect(),
      );
      expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
      for (let k = 1; k < boxes.length; k++) expect(boxes[k]!.left).toBeGreaterThanOrEqual(boxes[k - 1]!.right);
      expect(boxes[0]!.top).toBeGreaterThan(director().getBoundingClientRect().bottom);
      expect(director().getBoundingClientRect().height).toBe(96);
      // Connectors are drawn, not clipped to the 1×1 svg.
      const lines = container.querySelector('[data-slot="org-chart-connectors"] path')!.getBoundingClientRect();
      expect(lines.width).toBeGreaterThan(200);
      // Without the stylesheet the card still reads as one phrase.
      expect(director().getAttribute('aria-label')).toMatch(/^Sales Director, [^,]+, Sales, \d+ reports$/);
    });

    it('has no axe violations, before and after a collapse', async () => {
      const { container } = render(<Chart />);
      await expectNoAxeViolations(container);
      director().focus();
      await userEvent.keyboard('{ArrowLeft}');
      await expectNoAxeViolations(container);
    });
  });
});

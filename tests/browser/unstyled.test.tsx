/// <reference types="vite/client" />
/**
 * The unstyled path: a host with its own design system loads no rolekit stylesheet.
 * This file imports no CSS (Vitest runs each browser test file in its own page), so
 * what is checked here is the bare markup: structure, data-* state and behaviour.
 * OrgChart is left out: it positions its nodes inline and is checked by its owner.
 */
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render, screen, within } from '@testing-library/react';
import { ResponsibilityChecklist, RoleCard, WorkflowStepper } from '../../src';
import { salesOrg } from '../../src/examples/salesOrg';
import { expectNoAxeViolations } from '../support/axe';

const role = (id: string) => salesOrg.roles.find((r) => r.id === id)!;

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
});

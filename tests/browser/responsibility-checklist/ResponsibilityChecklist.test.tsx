/// <reference types="vite/client" />
import '../../../src/styles.css';
import { afterEach, describe, expect, it } from 'vitest';
import { cdp, userEvent } from 'vitest/browser';
import { cleanup, render, screen } from '@testing-library/react';
import { ResponsibilityChecklist, type ResponsibilityChecklistProps, type Role } from '../../../src';
import { salesOrg, salesOrgZh } from '../../../src/examples';
import { expectNoAxeViolations } from '../../support/axe';

const role = (id: string, org = salesOrg): Role => org.roles.find((candidate) => candidate.id === id)!;
const administrator = role('sales-administrator');

afterEach(async () => {
  cleanup();
  await cdp().send('Emulation.setEmulatedMedia', { media: '' });
});

describe('ResponsibilityChecklist in a browser', () => {
  describe('with the keyboard', () => {
    it('tabs from the filter to the first group checkbox, its header, then its first duty', async () => {
      renderChecklist();
      screen.getByRole('searchbox').focus();
      await userEvent.tab();
      expect(screen.getByRole('checkbox', { name: 'Administration: all duties' })).toHaveFocus();
      await userEvent.tab();
      expect(trigger('Administration')).toHaveFocus();
      await userEvent.tab();
      expect(screen.getByRole('checkbox', { name: /day-to-day administration/ })).toHaveFocus();
    });

    it('toggles a focused duty with Space', async () => {
      renderChecklist();
      screen.getByRole('checkbox', { name: /day-to-day administration/ }).focus();
      await userEvent.keyboard('[Space]');
      expect(screen.getByRole('checkbox', { name: /day-to-day administration/ })).toBeChecked();
      expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
    });

    it('ticks a whole group with Space on its checkbox', async () => {
      renderChecklist();
      screen.getByRole('checkbox', { name: 'Sales operations: all duties' }).focus();
      await userEvent.keyboard('[Space]');
      expect(trigger('Sales operations')).toHaveTextContent('5 of 5');
    });

    it('shows a focus ring on a focused checkbox', async () => {
      renderChecklist();
      screen.getByRole('searchbox').focus();
      await userEvent.tab();
      const box = screen.getByRole('checkbox', { name: 'Administration: all duties' });
      expect(getComputedStyle(box).outlineStyle).toBe('solid');
      expect(parseFloat(getComputedStyle(box).outlineWidth)).toBeGreaterThanOrEqual(2);
    });

    describe('on a group header (APG accordion)', () => {
      it('moves to the next header on ArrowDown', async () => {
        renderChecklist();
        trigger('Administration').focus();
        await userEvent.keyboard('{ArrowDown}');
        expect(trigger('Sales operations')).toHaveFocus();
      });

      it('moves to the last header on End and the first on Home', async () => {
        renderChecklist();
        trigger('Administration').focus();
        await userEvent.keyboard('{End}');
        expect(trigger('Customers and markets')).toHaveFocus();
        await userEvent.keyboard('{Home}');
        expect(trigger('Administration')).toHaveFocus();
      });

      it('opens a closed group on Enter, leaving the others open', async () => {
        renderChecklist();
        trigger('Sales operations').focus();
        await userEvent.keyboard('{Enter}');
        expect(trigger('Sales operations')).toHaveAttribute('aria-expanded', 'true');
        expect(trigger('Administration')).toHaveAttribute('aria-expanded', 'true');
        expect(screen.getByRole('checkbox', { name: /Review standard contracts/ })).toBeVisible();
      });
    });
  });

  describe('when printed', () => {
    it('prints every group open', async () => {
      renderChecklist();
      const closedPanel = trigger('Customers and markets').closest('[data-slot="checklist-group"]')!.querySelector('[data-slot="checklist-panel"]')!;
      expect(getComputedStyle(closedPanel).display).toBe('none');
      await printMedia();
      expect(getComputedStyle(closedPanel).display).toBe('block');
      expect(screen.getByText(/Log every comment and suggestion/).getBoundingClientRect().height).toBeGreaterThan(0);
    });

    it('prints checkboxes as outlined boxes, ticked ones without a colour fill', async () => {
      renderChecklist({ defaultCheckedIds: ['sa-daily'] });
      await printMedia();
      const ticked = screen.getByRole('checkbox', { name: /day-to-day administration/ });
      const style = getComputedStyle(ticked);
      expect(style.borderTopStyle).toBe('solid');
      expect(style.borderTopColor).toBe('rgb(0, 0, 0)');
      expect(style.backgroundColor).toBe('rgba(0, 0, 0, 0)');
      const tick = ticked.parentElement!.querySelector('.rk-checkbox-check')!;
      expect(getComputedStyle(tick).stroke).toBe('rgb(0, 0, 0)');
      expect(getComputedStyle(tick).opacity).toBe('1');
    });

    it('leaves the filter box off the page', async () => {
      renderChecklist();
      const field = screen.getByRole('searchbox').parentElement!;
      await printMedia();
      expect(getComputedStyle(field).display).toBe('none');
    });
  });

  describe('layout', () => {
    it('wraps a 300-character duty inside a narrow column without overflowing', () => {
      const long = 'Prepare, check and submit the commercial section of every public tender: the price schedule, the delivery plan, the warranty terms, the certificates of each subcontractor and the signed declarations, making sure every document matches the latest template from the procurement agency for every bid.';
      const { container } = render(
        <div style={{ width: 320 }}>
          <ResponsibilityChecklist role={{ id: 'l', title: 'L', responsibilities: [{ id: 'g', title: 'G', items: [{ id: 'a', text: long }, { id: 'b', text: 'Supercalifragilisticexpialidocious'.repeat(6) }] }] }} />
        </div>,
      );
      const root = container.querySelector<HTMLElement>('.rk-checklist')!;
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
      expect(screen.getByText(/Prepare, check and submit/).getBoundingClientRect().right).toBeLessThanOrEqual(root.getBoundingClientRect().right);
    });

    it('wraps Chinese text in a narrow column', () => {
      const { container } = render(
        <div style={{ width: 240 }}>
          <ResponsibilityChecklist role={role('zh-manager-central', salesOrgZh)} />
        </div>,
      );
      const root = container.querySelector<HTMLElement>('.rk-checklist')!;
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
    });

    it('mirrors in a right-to-left page: the checkbox sits at the start (right)', () => {
      render(
        <div dir="rtl">
          <ResponsibilityChecklist role={administrator} />
        </div>,
      );
      const box = screen.getByRole('checkbox', { name: /day-to-day administration/ }).getBoundingClientRect();
      const text = screen.getByText(/day-to-day administration/).getBoundingClientRect();
      expect(box.left).toBeGreaterThan(text.right);
    });
  });

  describe('in forced colours (Windows High Contrast)', () => {
    afterEach(async () => {
      await cdp().send('Emulation.setEmulatedMedia', { features: [] });
    });

    it('marks the icon of an unmet fine like highlighted text, and a met one in plain text colour', async () => {
      await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
      const { container } = renderChecklist({ defaultCheckedIds: ['sa-records'], defaultOpenGroupIds: administrator.responsibilities!.map((group) => group.id) });
      const icon = (state: string) => getComputedStyle(container.querySelector(`[data-slot="checklist-rule"][data-state="${state}"] .rk-checklist-icon`)!);
      const risk = icon('at-risk');
      const met = icon('met');
      expect([risk.color, risk.backgroundColor]).toEqual([systemColour('MarkText'), systemColour('Mark')]);
      expect([met.color, met.backgroundColor]).toEqual([systemColour('CanvasText'), systemColour('Canvas')]);
      expect(risk.backgroundColor).not.toBe(met.backgroundColor);
    });

    it('marks the warning beside the fines at risk the same way', async () => {
      await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
      const { container } = renderChecklist();
      const warning = getComputedStyle(container.querySelector('[data-slot="checklist-penalties"][data-at-risk] .rk-checklist-icon')!);
      expect([warning.color, warning.backgroundColor]).toEqual([systemColour('MarkText'), systemColour('Mark')]);
    });
  });

  describe('accessibility, contrast included', () => {
    it('has no axe violations in the light theme, before and after interaction', async () => {
      const { container } = renderChecklist({ defaultCheckedIds: ['sa-daily', 'sa-records'], defaultQuery: 'customer' });
      await expectNoAxeViolations(container);
      screen.getByRole('checkbox', { name: 'Sales operations: all duties' }).click();
      await expectNoAxeViolations(container);
    });

    it('has no axe violations in the dark theme', async () => {
      const { container } = render(
        <div data-rk-theme="dark" style={{ background: '#0f172a', padding: 16 }}>
          <ResponsibilityChecklist role={administrator} defaultCheckedIds={['sa-daily', 'sa-records']} defaultQuery="customer" />
        </div>,
      );
      await expectNoAxeViolations(container);
    });
  });
});

/* -------------------------------------------------------------------------------------------------
 * Fixtures
 * -----------------------------------------------------------------------------------------------*/

function renderChecklist(props: Partial<ResponsibilityChecklistProps> = {}) {
  return render(<ResponsibilityChecklist role={administrator} {...props} />);
}

const trigger = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) });

/** What a system colour keyword resolves to on this machine, for comparing computed styles. */
function systemColour(keyword: string): string {
  const probe = document.body.appendChild(document.createElement('span'));
  // Exempt, or forced colours would turn the probe itself into CanvasText.
  probe.style.cssText = `forced-color-adjust: none; color: ${keyword}`;
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

async function printMedia() {
  await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
}

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import { page, userEvent } from 'vitest/browser';
import { OrgChart, type OrgChartProps } from '../../../src';
import { salesOrg } from '../../../src/examples';
import { expectNoAxeViolations } from '../../support/axe';
import '../../../src/styles.css';

function Chart({ width = 1000, dir, ...props }: Partial<OrgChartProps> & { width?: number; dir?: 'ltr' | 'rtl' }) {
  return (
    <div dir={dir} style={{ width }}>
      <button type="button">before</button>
      <OrgChart org={salesOrg} aria-label="Sales" height={420} {...props} />
      <button type="button">after</button>
    </div>
  );
}

const toolbar = () => screen.getByRole('toolbar', { name: 'Chart tools' });
const button = (name: string | RegExp) => within(toolbar()).getByRole('button', { name });
const tree = () => screen.getByRole('tree', { name: 'Sales' });
const more = () => within(toolbar()).getByRole('button', { name: 'More' });
const visibleNodes = () => screen.getAllByRole('treeitem').length;
/** Every control on the bar itself (not in the menu). */
const controls = () => [...toolbar().querySelectorAll<HTMLElement>('button:not([role]), input')];

describe('OrgChart toolbar', () => {
  describe('on a wide page', () => {
    it('is one Tab stop for its buttons, one for the search field, then the tree', async () => {
      render(<Chart />);
      screen.getByRole('button', { name: 'before' }).focus();
      await userEvent.tab();
      expect(button('Chart')).toHaveFocus();
      await userEvent.tab();
      expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveFocus();
      await userEvent.tab();
      expect(document.activeElement?.closest('[role="tree"]')).toBe(tree());
    });

    it('moves between its buttons with ArrowRight / ArrowLeft, skipping the search field', async () => {
      render(<Chart />);
      button('Chart').focus();
      await userEvent.keyboard('{ArrowRight}');
      expect(button('List')).toHaveFocus();
      await userEvent.keyboard('{ArrowRight}');
      expect(button('Zoom out')).toHaveFocus();
      await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
      expect(button('Chart')).toHaveFocus();
    });

    it('wraps at both ends', async () => {
      render(<Chart />);
      button('Chart').focus();
      await userEvent.keyboard('{ArrowLeft}');
      expect(button('Collapse all')).toHaveFocus();
      await userEvent.keyboard('{ArrowRight}');
      expect(button('Chart')).toHaveFocus();
    });

    it('goes to the first and last button with Home and End', async () => {
      render(<Chart />);
      button('Fit').focus();
      await userEvent.keyboard('{End}');
      expect(button('Collapse all')).toHaveFocus();
      await userEvent.keyboard('{Home}');
      expect(button('Chart')).toHaveFocus();
    });

    it('keeps the last button focused as its Tab stop', async () => {
      render(<Chart />);
      button('Chart').focus();
      await userEvent.keyboard('{End}');
      await userEvent.tab();
      expect(document.activeElement?.closest('[role="tree"]')).toBe(tree());
      await userEvent.tab({ shift: true });
      expect(button('Collapse all')).toHaveFocus();
      expect(controls().filter((el) => el.tabIndex === 0)).toEqual([screen.getByRole('searchbox'), button('Collapse all')]);
    });

    it('leaves the arrow keys to the search field for editing its text', async () => {
      render(<Chart />);
      const search = screen.getByRole('searchbox', { name: 'Search' });
      await userEvent.click(search);
      await userEvent.keyboard('ab{ArrowLeft}X');
      expect(search).toHaveValue('aXb');
      expect(search).toHaveFocus();
    });

    it('shows every control and no More button', () => {
      render(<Chart width={1280} />);
      expect(within(toolbar()).queryByRole('button', { name: 'More' })).toBeNull();
      expect(button('Collapse all')).toBeVisible();
    });
  });

  describe('right to left', () => {
    it('mirrors the arrows: ArrowLeft goes to the next button', async () => {
      render(<Chart dir="rtl" />);
      button('Chart').focus();
      await userEvent.keyboard('{ArrowLeft}');
      expect(button('List')).toHaveFocus();
      await userEvent.keyboard('{ArrowRight}{ArrowRight}');
      expect(button('Collapse all')).toHaveFocus();
    });
  });

  describe('on a phone (390 px)', () => {
    beforeEach(async () => {
      await page.viewport(390, 800);
    });
    afterEach(async () => {
      await page.viewport(1280, 800);
    });

    it('keeps every control on one row, no taller than 48 px', async () => {
      render(<Chart width={390} />);
      await waitFor(() => expect(more()).toBeVisible());
      // The view switch's buttons sit inside its frame (a segmented control): its frame is the control.
      const tops = controls().map((el) => (el.closest('[data-slot="org-chart-view-switch"]') ?? el).getBoundingClientRect().top);
      expect(new Set(tops.map(Math.round)), JSON.stringify(tops)).toEqual(new Set([Math.round(tops[0]!)]));
      expect(toolbar().getBoundingClientRect().height).toBeLessThanOrEqual(48);
      expect(toolbar().scrollWidth).toBeLessThanOrEqual(toolbar().clientWidth);
    });

    it('gives every control a target of at least 24 × 24 px', async () => {
      render(<Chart width={390} />);
      await waitFor(() => expect(more()).toBeVisible());
      await userEvent.click(more());
      const all = [...controls(), ...screen.getAllByRole('menuitem')];
      for (const el of all) {
        const { width, height } = el.getBoundingClientRect();
        expect({ name: el.getAttribute('aria-label') ?? el.textContent, width: width >= 24, height: height >= 24 }).toEqual({
          name: el.getAttribute('aria-label') ?? el.textContent,
          width: true,
          height: true,
        });
      }
    });

    it('moves what does not fit into the More menu', async () => {
      render(<Chart width={390} />);
      await waitFor(() => expect(more()).toHaveAttribute('aria-expanded', 'false'));
      expect(more()).toHaveAttribute('aria-haspopup', 'menu');
      expect(within(toolbar()).queryByRole('button', { name: 'Collapse all' })).toBeNull();
      await userEvent.click(more());
      expect(more()).toHaveAttribute('aria-expanded', 'true');
      const menu = screen.getByRole('menu', { name: 'More' });
      expect(within(menu).getByRole('menuitem', { name: 'Collapse all' })).toBeVisible();
      expect(within(menu).getAllByRole('menuitem')[0]).toHaveFocus();
    });

    it('collapses the chart from the menu', async () => {
      render(<Chart width={390} defaultExpandDepth={2} />);
      await waitFor(() => expect(more()).toBeVisible());
      const before = visibleNodes();
      await userEvent.click(more());
      await userEvent.click(screen.getByRole('menuitem', { name: 'Collapse all' }));
      expect(visibleNodes()).toBeLessThan(before);
      expect(screen.queryByRole('menu')).toBeNull();
      expect(more()).toHaveFocus();
    });

    it('reaches the More button with the arrows and opens it with ArrowDown', async () => {
      render(<Chart width={390} />);
      await waitFor(() => expect(more()).toBeVisible());
      button('Chart').focus();
      await userEvent.keyboard('{End}');
      expect(more()).toHaveFocus();
      await userEvent.keyboard('{ArrowDown}');
      const items = screen.getAllByRole('menuitem');
      expect(items[0]).toHaveFocus();
      await userEvent.keyboard('{ArrowDown}');
      expect(items[1]).toHaveFocus();
      await userEvent.keyboard('{ArrowUp}{ArrowUp}');
      expect(items.at(-1)).toHaveFocus();
    });

    it('opens with Enter and with Space', async () => {
      render(<Chart width={390} />);
      await waitFor(() => expect(more()).toBeVisible());
      more().focus();
      await userEvent.keyboard('{Enter}');
      expect(screen.getAllByRole('menuitem')[0]).toHaveFocus();
      await userEvent.keyboard('{Escape}');
      await userEvent.keyboard(' ');
      expect(screen.getAllByRole('menuitem')[0]).toHaveFocus();
    });

    it('closes with Escape and gives focus back to the More button', async () => {
      render(<Chart width={390} />);
      await waitFor(() => expect(more()).toBeVisible());
      await userEvent.click(more());
      await userEvent.keyboard('{Escape}');
      expect(screen.queryByRole('menu')).toBeNull();
      expect(more()).toHaveFocus();
      expect(more()).toHaveAttribute('aria-expanded', 'false');
    });

    it('closes on a click outside', async () => {
      render(<Chart width={390} />);
      await waitFor(() => expect(more()).toBeVisible());
      await userEvent.click(more());
      expect(screen.getByRole('menu')).toBeVisible();
      await userEvent.click(screen.getByRole('button', { name: 'after' }));
      expect(screen.queryByRole('menu')).toBeNull();
    });

    it('passes axe with the menu closed and open', async () => {
      const { container } = render(<Chart width={390} />);
      await waitFor(() => expect(more()).toBeVisible());
      await expectNoAxeViolations(container);
      await userEvent.click(more());
      await expectNoAxeViolations(container);
    });
  });
});

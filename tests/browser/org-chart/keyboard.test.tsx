import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render, screen } from '@testing-library/react';
import { OrgChart, type OrgChartProps } from '../../../src';
import { salesOrg } from '../../../src/examples';
import { expectNoAxeViolations } from '../../support/axe';
import '../../../src/styles.css';

const node = (name: RegExp) => screen.getByRole('treeitem', { name });
const director = () => node(/^Sales Director,/);
const north = () => node(/^Sales Manager, North/);
const chart = () => document.querySelector<HTMLElement>('.rk-org-chart')!;
const visibleIds = () => screen.getAllByRole('treeitem').map((el) => el.getAttribute('data-role-id'));

/**
 * The APG Tree View keys, with the sample org opened one level (the director and
 * their six reports: assistant, assistant director, administration, north, east, south).
 */
describe('OrgChart keyboard (real Chromium)', () => {
  describe('accessible names', () => {
    it('read the card as a phrase: title, holder or "Vacant", department, reports', () => {
      render(<Fixture defaultExpandDepth={2} />);
      expect(director()).toHaveAccessibleName('Sales Director, Margaret Hale, Sales, 6 reports');
      expect(node(/^Tender Coordinator/)).toHaveAccessibleName('Tender Coordinator, Vacant, Sales Administration');
    });

    it('say dotted lines, which are only drawn, in the description of both ends, leaving the name as seen', async () => {
      render(<Fixture defaultExpandDepth={Infinity} />);
      const assistant = node(/^Sales Assistant, East/);
      const head = node(/^Head of Sales Administration/);
      expect(assistant).toHaveAccessibleDescription('Dotted line to Head of Sales Administration');
      expect(head).toHaveAccessibleDescription('Dotted-line reports: Sales Assistant, East');
      expect(head).toHaveAccessibleName(/^Head of Sales Administration, [^,]+, Sales Administration, \d+ reports$/);
      expect(director()).not.toHaveAttribute('aria-describedby');
      await expectNoAxeViolations(chart());
    });
  });

  let onActivate: Mock<(roleId: string) => void>;
  beforeEach(() => {
    onActivate = vi.fn();
  });

  describe('given a collapsed node', () => {
    beforeEach(async () => {
      render(<Fixture onActivate={onActivate} />);
      north().focus();
      await expectNoAxeViolations(chart());
    });

    it('ArrowRight opens it and keeps focus there', async () => {
      await userEvent.keyboard('{ArrowRight}');
      expect(north()).toHaveAttribute('aria-expanded', 'true');
      expect(north()).toHaveFocus();
      expect(node(/^Sales Representative, Beijing/)).toBeVisible();
      await expectNoAxeViolations(chart());
    });

    it('ArrowLeft moves to its manager', async () => {
      await userEvent.keyboard('{ArrowLeft}');
      expect(director()).toHaveFocus();
      expect(director()).toHaveAttribute('tabindex', '0');
      expect(north()).toHaveAttribute('tabindex', '-1');
    });

    it('ArrowDown moves to the next visible node', async () => {
      await userEvent.keyboard('{ArrowDown}');
      expect(node(/^Sales Manager, East/)).toHaveFocus();
    });

    it('ArrowUp moves to the previous visible node', async () => {
      await userEvent.keyboard('{ArrowUp}');
      expect(node(/^Head of Sales Administration/)).toHaveFocus();
    });

    it('Home moves to the first node', async () => {
      await userEvent.keyboard('{Home}');
      expect(director()).toHaveFocus();
    });

    it('End moves to the last visible node', async () => {
      await userEvent.keyboard('{End}');
      expect(node(/^Sales Manager, South/)).toHaveFocus();
    });

    it('Enter selects it', async () => {
      await userEvent.keyboard('{Enter}');
      expect(north()).toHaveAttribute('aria-selected', 'true');
      expect(onActivate).toHaveBeenCalledWith('sales-manager-north');
      await expectNoAxeViolations(chart());
    });

    it('* opens it and every sibling with reports', async () => {
      await userEvent.keyboard('*');
      for (const name of [/^Head of Sales Administration/, /^Sales Manager, North/, /^Sales Manager, East/, /^Sales Manager, South/]) {
        expect(node(name)).toHaveAttribute('aria-expanded', 'true');
      }
      expect(north()).toHaveFocus();
      await expectNoAxeViolations(chart());
    });

    it('typing jumps to the next node whose title or holder starts with it', async () => {
      // Olivia Grant heads Sales Administration; the search wraps past the end.
      await userEvent.keyboard('o');
      expect(node(/^Head of Sales Administration/)).toHaveFocus();
    });

    it('typing a longer string matches the whole of it', async () => {
      // A person types those 16 keys well inside the 500 ms between keys that keeps one search
      // string; a loaded CI machine delivering them may not, so the clock the search reads ticks
      // 50 ms per key here.
      let clock = Date.now();
      const now = vi.spyOn(Date, 'now').mockImplementation(() => (clock += 50));
      try {
        await userEvent.keyboard('sales manager, s');
      } finally {
        now.mockRestore();
      }
      expect(node(/^Sales Manager, South/)).toHaveFocus();
    });
  });

  describe('given an open node', () => {
    beforeEach(async () => {
      render(<Fixture onActivate={onActivate} />);
      director().focus();
    });

    it('ArrowRight moves to its first report (an assistant comes first)', async () => {
      await userEvent.keyboard('{ArrowRight}');
      expect(node(/^Assistant to the Sales Director/)).toHaveFocus();
    });

    it('ArrowLeft closes it, hiding its reports', async () => {
      await userEvent.keyboard('{ArrowLeft}');
      expect(director()).toHaveAttribute('aria-expanded', 'false');
      expect(director()).toHaveFocus();
      expect(visibleIds()).toEqual(['sales-director']);
      await expectNoAxeViolations(chart());
    });

    it('ArrowDown moves into its reports', async () => {
      await userEvent.keyboard('{ArrowDown}');
      expect(node(/^Assistant to the Sales Director/)).toHaveFocus();
    });
  });

  describe('given a leaf', () => {
    const assistant = () => node(/^Assistant to the Sales Director/);
    beforeEach(() => {
      render(<Fixture onActivate={onActivate} />);
      assistant().focus();
    });

    it('has no aria-expanded', () => {
      expect(assistant()).not.toHaveAttribute('aria-expanded');
    });

    it('ArrowRight does nothing', async () => {
      await userEvent.keyboard('{ArrowRight}');
      expect(assistant()).toHaveFocus();
      expect(visibleIds()).toHaveLength(7);
    });

    it('ArrowLeft moves to its manager', async () => {
      await userEvent.keyboard('{ArrowLeft}');
      expect(director()).toHaveFocus();
    });

    it('Enter selects it', async () => {
      await userEvent.keyboard('{Enter}');
      expect(onActivate).toHaveBeenCalledWith('director-assistant');
    });
  });

  describe('given a root', () => {
    beforeEach(() => {
      render(<Fixture onActivate={onActivate} defaultExpandDepth={0} />);
      director().focus();
    });

    it('ArrowUp stays on it', async () => {
      await userEvent.keyboard('{ArrowUp}');
      expect(director()).toHaveFocus();
    });

    it('ArrowLeft on a closed root stays on it', async () => {
      await userEvent.keyboard('{ArrowLeft}');
      expect(director()).toHaveFocus();
      expect(director()).toHaveAttribute('aria-expanded', 'false');
    });

    it('ArrowRight opens it', async () => {
      await userEvent.keyboard('{ArrowRight}');
      expect(director()).toHaveAttribute('aria-expanded', 'true');
      expect(visibleIds()).toHaveLength(7);
    });

    it('End stays on it when it is the only visible node', async () => {
      await userEvent.keyboard('{End}');
      expect(director()).toHaveFocus();
    });
  });

  describe('the tab stop', () => {
    it('Tab enters the tree at the active node and leaves it in one press', async () => {
      render(
        <>
          <button type="button">before</button>
          <Fixture toolbar={false} defaultSelectedId="sales-manager-east" />
          <button type="button">after</button>
        </>,
      );
      screen.getByRole('button', { name: 'before' }).focus();
      await userEvent.tab();
      expect(node(/^Sales Manager, East/)).toHaveFocus();
      await userEvent.tab();
      expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    });

    it('moves to the manager when the focused node is hidden by a collapse', async () => {
      render(<Fixture defaultExpandDepth={2} />);
      node(/^Sales Representative, Beijing/).focus();
      await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
      expect(north()).toHaveAttribute('aria-expanded', 'false');
      expect(north()).toHaveFocus();
    });
  });

  describe('scrolling', () => {
    it('brings the first root into view on first render', () => {
      render(<Fixture defaultExpandDepth={2} />);
      expectInsideViewport(director());
    });

    it('scrolls a node into view when focus moves to it', async () => {
      render(<Fixture defaultExpandDepth={2} />);
      director().focus();
      await userEvent.keyboard('{End}');
      const last = node(/^Showroom Sales Consultant/);
      expect(last).toHaveFocus();
      expectInsideViewport(last);
    });

    it('keeps a node where it is on screen when its knob opens it', async () => {
      render(<Fixture />);
      const knob = north().querySelector<HTMLElement>('[data-slot="org-chart-toggle"]')!;
      // A pointer user can only click what is on screen (the click would scroll to it).
      knob.scrollIntoView({ block: 'center', inline: 'center' });
      const before = north().getBoundingClientRect();
      await userEvent.click(knob);
      expect(north()).toHaveAttribute('aria-expanded', 'true');
      const after = north().getBoundingClientRect();
      expect(Math.abs(after.left - before.left)).toBeLessThan(1);
      expect(Math.abs(after.top - before.top)).toBeLessThan(1);
    });
  });

  describe('right to left', () => {
    beforeEach(() => {
      render(
        <div dir="rtl">
          <Fixture />
        </div>,
      );
      north().focus();
    });

    it('mirrors the chart: the first report is drawn on the right', () => {
      const admin = node(/^Head of Sales Administration/).getBoundingClientRect();
      expect(admin.left).toBeGreaterThan(north().getBoundingClientRect().left);
    });

    it('ArrowLeft opens a closed node', async () => {
      await userEvent.keyboard('{ArrowLeft}');
      expect(north()).toHaveAttribute('aria-expanded', 'true');
    });

    it('ArrowRight moves to the manager', async () => {
      await userEvent.keyboard('{ArrowRight}');
      expect(director()).toHaveFocus();
    });
  });

  describe('the list view', () => {
    beforeEach(async () => {
      render(<Fixture view="list" onActivate={onActivate} />);
      north().focus();
      await expectNoAxeViolations(chart());
    });

    it('indents each level', () => {
      const indent = (el: HTMLElement) => parseFloat(getComputedStyle(el).paddingInlineStart);
      expect(indent(north())).toBeGreaterThan(indent(director()));
    });

    it('ArrowRight opens a node', async () => {
      await userEvent.keyboard('{ArrowRight}');
      expect(north()).toHaveAttribute('aria-expanded', 'true');
      expect(node(/^Sales Representative, Beijing/)).toBeVisible();
      await expectNoAxeViolations(chart());
    });

    it('ArrowDown and ArrowUp walk the outline', async () => {
      await userEvent.keyboard('{ArrowDown}');
      expect(node(/^Sales Manager, East/)).toHaveFocus();
      await userEvent.keyboard('{ArrowUp}{ArrowUp}');
      expect(node(/^Head of Sales Administration/)).toHaveFocus();
    });

    it('Enter selects', async () => {
      await userEvent.keyboard('{Enter}');
      expect(onActivate).toHaveBeenCalledWith('sales-manager-north');
    });
  });
});

/* -------------------------------------------------------------------------------------------------
 * Fixtures
 * -----------------------------------------------------------------------------------------------*/

function expectInsideViewport(element: HTMLElement) {
  const viewport = element.closest<HTMLElement>('[data-slot="org-chart-viewport"]')!.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  expect(box.left).toBeGreaterThanOrEqual(viewport.left);
  expect(box.right).toBeLessThanOrEqual(viewport.right);
  expect(box.top).toBeGreaterThanOrEqual(viewport.top);
  expect(box.bottom).toBeLessThanOrEqual(viewport.bottom);
}

function Fixture(props: Partial<OrgChartProps>) {
  return (
    <div style={{ width: 800 }}>
      <OrgChart org={salesOrg} defaultExpandDepth={1} height={360} {...props} />
    </div>
  );
}

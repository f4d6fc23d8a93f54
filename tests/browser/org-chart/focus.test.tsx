import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render, screen, within } from '@testing-library/react';
import { createRef } from 'react';
import { act } from '@testing-library/react';
import { OrgChart, type OrgChartHandle, type OrgChartProps } from '../../../src';
import { salesOrg } from '../../../src/examples';
import { expectNoAxeViolations } from '../../support/axe';
import '../../../src/styles.css';

const node = (name: RegExp) => screen.getByRole('treeitem', { name });
const east = () => node(/^Sales Manager, East Region/);
const path = () => screen.getByRole('navigation', { name: 'Chain of command' });
const step = (name: string) => within(path()).getByRole('button', { name });
const ids = () => screen.getAllByRole('treeitem').map((el) => el.getAttribute('data-role-id'));
const viewport = () => document.querySelector<HTMLElement>('[data-slot="org-chart-viewport"]')!;

function Fixture(props: Partial<OrgChartProps>) {
  return (
    <div style={{ width: 900 }}>
      <OrgChart org={salesOrg} dir="ltr" height={480} defaultFocusId="sales-manager-east" {...props} />
    </div>
  );
}

/** The east region's team: its manager, the assistant, the key-account supervisor and two representatives. */
describe('OrgChart focused on a team (real Chromium)', () => {
  describe('Tab', () => {
    it('goes from the breadcrumb into the tree, at the team’s top, and back', async () => {
      render(<Fixture />);
      step('Whole organisation').focus();
      await userEvent.tab();
      expect(step('Sales Director')).toHaveFocus();
      await userEvent.tab();
      expect(east()).toHaveFocus();
      await userEvent.tab({ shift: true });
      expect(step('Sales Director')).toHaveFocus();
      await expectNoAxeViolations(document.querySelector<HTMLElement>('.rk-org-chart')!);
    });

    it('moves the focus up with Enter on a step, and puts keyboard focus on the new top, in view', async () => {
      const onFocusIdChange = vi.fn();
      render(<Fixture onFocusIdChange={onFocusIdChange} />);
      step('Sales Director').focus();
      await userEvent.keyboard('{Enter}');
      expect(onFocusIdChange).toHaveBeenCalledWith('sales-director');
      const director = node(/^Sales Director,/);
      await expect.poll(() => document.activeElement).toBe(director);
      const box = director.getBoundingClientRect();
      const view = viewport().getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(view.top);
      expect(box.bottom).toBeLessThanOrEqual(view.bottom);
      expect(box.left).toBeGreaterThanOrEqual(view.left);
      expect(box.right).toBeLessThanOrEqual(view.right);
    });
  });

  describe('the tree’s keys inside the team', () => {
    it('move down, to the end and home again without leaving the team', async () => {
      render(<Fixture />);
      east().focus();
      await userEvent.keyboard('{ArrowDown}');
      expect(node(/^Sales Assistant, East/)).toHaveFocus();
      await userEvent.keyboard('{End}');
      expect(node(/^Dealer Sales Representative, Shanghai/)).toHaveFocus();
      await userEvent.keyboard('{Home}');
      expect(east()).toHaveFocus();
      // ArrowUp at the team's top stays there: nothing above it is in the tree.
      await userEvent.keyboard('{ArrowUp}');
      expect(east()).toHaveFocus();
    });

    it('collapse and expand the team’s top', async () => {
      render(<Fixture />);
      east().focus();
      await userEvent.keyboard('{ArrowLeft}');
      expect(east()).toHaveAttribute('aria-expanded', 'false');
      expect(ids()).toEqual(['sales-manager-east']);
      await userEvent.keyboard('{ArrowRight}');
      expect(east()).toHaveAttribute('aria-expanded', 'true');
      expect(ids()).toHaveLength(5);
      expect(east()).toHaveFocus();
    });
  });

  describe('a focus from code', () => {
    it('opens on the team’s top, centred, its top edge 24 px below the viewport’s, at the same zoom', async () => {
      const handle = createRef<OrgChartHandle>();
      render(<Fixture defaultFocusId={null} handleRef={handle} />);
      const before = handle.current!.getTransform().k;
      act(() => void handle.current!.focusTeam('sales-manager-south'));
      const south = node(/^Sales Manager, South Region/).getBoundingClientRect();
      const view = viewport().getBoundingClientRect();
      expect(Math.abs(south.left + south.width / 2 - (view.left + view.width / 2))).toBeLessThan(2);
      expect(Math.abs(south.top - view.top - 24)).toBeLessThan(2);
      expect(handle.current!.getTransform().k).toBe(before);
      // Not a keyboard move: focus stays where it was.
      expect(document.activeElement).toBe(document.body);
    });
  });

  describe('"Whole organisation"', () => {
    it('brings the org back with the team left focused and in view', async () => {
      render(<Fixture />);
      await userEvent.click(step('Whole organisation'));
      expect(ids()).toHaveLength(salesOrg.roles.length);
      await expect.poll(() => document.activeElement).toBe(east());
      const box = east().getBoundingClientRect();
      const view = viewport().getBoundingClientRect();
      expect(box.top).toBeGreaterThanOrEqual(view.top);
      expect(box.bottom).toBeLessThanOrEqual(view.bottom);
    });
  });
});

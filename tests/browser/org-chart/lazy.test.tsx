import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { render, screen } from '@testing-library/react';
import { OrgChart, type Org, type Role } from '../../../src';
import { expectNoAxeViolations } from '../../support/axe';
import '../../../src/styles.css';

/** The top of an org; the teams under each head arrive through `loadChildren`. */
const top: Org = {
  name: 'Lazy',
  roles: [
    { id: 'ceo', title: 'Chief Executive' },
    { id: 'sales', title: 'Head of Sales', reportsTo: 'ceo', reportCount: 2 },
    { id: 'ops', title: 'Head of Operations', reportsTo: 'ceo', reportCount: 1 },
  ],
};
const teams: Record<string, Role[]> = {
  sales: [
    { id: 'rep-1', title: 'Account Executive North' },
    { id: 'rep-2', title: 'Account Executive South' },
  ],
  ops: [{ id: 'planner', title: 'Planner' }],
};

/** A fake server: each call waits for the test to settle it. */
function server() {
  const pending: Array<{ id: string; resolve: (roles: Role[]) => void; reject: (error: Error) => void }> = [];
  const load = vi.fn(
    (id: string) =>
      new Promise<Role[]>((resolve, reject) => {
        pending.push({ id, resolve, reject });
      }),
  );
  const settle = (ok: boolean) => {
    const call = pending.shift()!;
    if (ok) call.resolve(teams[call.id]!);
    else call.reject(new Error('offline'));
  };
  return { load, settle };
}

const node = (name: RegExp) => screen.getByRole('treeitem', { name });
const knob = (el: HTMLElement) => el.querySelector<HTMLElement>('[data-slot="org-chart-toggle"]')!;

describe('OrgChart loadChildren (real Chromium)', () => {
  it('shows a role with reports still on the server as a closed node', () => {
    const { load } = server();
    render(<OrgChart org={top} loadChildren={load} height={400} dir="ltr" />);
    expect(node(/^Head of Sales/)).toHaveAttribute('aria-expanded', 'false');
    expect(knob(node(/^Head of Sales/))).toHaveTextContent('+2');
    expect(load).not.toHaveBeenCalled();
  });

  it('loads on expand, shows the loading state, then the reports', async () => {
    const { load, settle } = server();
    render(<OrgChart org={top} loadChildren={load} height={400} dir="ltr" />);
    node(/^Head of Sales/).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(load).toHaveBeenCalledWith('sales');
    expect(node(/^Head of Sales/)).toHaveAttribute('aria-busy', 'true');
    expect(node(/^Head of Sales/)).toHaveAttribute('data-loading', '');
    settle(true);
    expect(await screen.findByRole('treeitem', { name: /^Account Executive North/ })).toBeInTheDocument();
    expect(node(/^Head of Sales/)).toHaveAttribute('aria-expanded', 'true');
    expect(node(/^Head of Sales/)).not.toHaveAttribute('aria-busy');
    expect(node(/^Account Executive South/)).toHaveAttribute('aria-level', '3');
    expect(node(/^Head of Sales/)).toHaveFocus();
    await expectNoAxeViolations(document.querySelector('.rk-org-chart')!);
  });

  it('sends one request for a double click on the knob', async () => {
    const { load, settle } = server();
    render(<OrgChart org={top} loadChildren={load} height={400} dir="ltr" />);
    await userEvent.dblClick(knob(node(/^Head of Operations/)));
    expect(load).toHaveBeenCalledTimes(1);
    settle(true);
    expect(await screen.findByRole('treeitem', { name: /^Planner/ })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows an error on the node, and Retry loads again', async () => {
    const { load, settle } = server();
    render(<OrgChart org={top} loadChildren={load} height={400} dir="ltr" />);
    await userEvent.click(knob(node(/^Head of Sales/)));
    settle(false);
    const retry = await screen.findByRole('button', { name: 'Retry' });
    expect(node(/^Head of Sales/)).toHaveAttribute('data-error', '');
    expect(node(/^Head of Sales/)).toHaveTextContent('Could not load reports');
    expect(node(/^Head of Sales/)).toHaveAttribute('aria-expanded', 'false');
    await expectNoAxeViolations(document.querySelector('.rk-org-chart')!);
    await userEvent.click(retry);
    expect(load).toHaveBeenCalledTimes(2);
    settle(true);
    expect(await screen.findByRole('treeitem', { name: /^Account Executive North/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });
});

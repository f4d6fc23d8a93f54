import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { OrgChart, RolekitProvider, type Org, type OrgChartHandle } from '../../../src';
import { zhCN } from '../../../src/locales/zh-CN';
import { salesOrg } from '../../../src/examples';
import { expectNoAxeViolations } from '../../support/axe';

/** Five levels: a CEO, two VPs, a director under one, a manager, two engineers. */
const deepOrg: Org = {
  name: 'Deep Co',
  roles: [
    { id: 'ceo', title: 'Chief Executive', reportsTo: null },
    { id: 'vp-eng', title: 'VP Engineering', reportsTo: 'ceo' },
    { id: 'vp-ops', title: 'VP Operations', reportsTo: 'ceo' },
    { id: 'dir-web', title: 'Director, Web', reportsTo: 'vp-eng' },
    { id: 'mgr-front', title: 'Manager, Front End', reportsTo: 'dir-web' },
    { id: 'eng-1', title: 'Engineer One', reportsTo: 'mgr-front' },
    { id: 'eng-2', title: 'Engineer Two', reportsTo: 'mgr-front' },
    { id: 'ops-lead', title: 'Operations Lead', reportsTo: 'vp-ops' },
  ],
} as Org;

const titles = () => screen.getAllByRole('treeitem').map((el) => el.getAttribute('data-role-id'));
const breadcrumb = () => screen.getByRole('navigation', { name: 'Chain of command' });
const root = (container: HTMLElement) => container.querySelector<HTMLElement>('[data-slot="org-chart"]')!;

describe('OrgChart focus on a team', () => {
  let warn: MockInstance;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  describe('focused on a manager', () => {
    it('shows only that manager and its team, with the managers above as a breadcrumb', async () => {
      const { container } = render(<OrgChart org={salesOrg} dir="ltr" defaultFocusId="sales-manager-east" />);
      expect(titles()).toEqual(['sales-manager-east', 'sales-assistant-east', 'ka-supervisor', 'rep-east-suizhou', 'rep-east-shanghai']);
      const steps = within(breadcrumb()).getAllByRole('listitem');
      expect(steps.map((li) => li.textContent)).toEqual(['Whole organisation', 'Sales Director', 'Sales Manager, East Region']);
      expect(within(breadcrumb()).getByText('Sales Manager, East Region')).toHaveAttribute('aria-current', 'location');
      expect(root(container)).toHaveAttribute('data-focused', '');
      await expectNoAxeViolations(container);
    });

    it('makes the focused role the top of the tree', () => {
      render(<OrgChart org={salesOrg} dir="ltr" defaultFocusId="sales-manager-east" />);
      const top = screen.getByRole('treeitem', { name: /^Sales Manager, East Region/ });
      expect(top).toHaveAttribute('aria-level', '1');
      expect(top).toHaveAttribute('aria-expanded', 'true');
    });

    it('shows the same team in the list view', () => {
      render(<OrgChart org={salesOrg} dir="ltr" defaultView="list" defaultFocusId="sales-manager-east" />);
      expect(titles()).toEqual(['sales-manager-east', 'sales-assistant-east', 'ka-supervisor', 'rep-east-suizhou', 'rep-east-shanghai']);
      expect(breadcrumb()).toBeInTheDocument();
    });

    it('searches only the team', async () => {
      render(<OrgChart org={salesOrg} dir="ltr" defaultFocusId="sales-manager-east" />);
      // Suizhou and Shanghai; the north and south representatives are out of the team.
      await userEvent.type(screen.getByRole('searchbox'), 'Sales Representative');
      expect(screen.getByRole('status')).toHaveTextContent('2 matches');
    });
  });

  describe('focusDepth', () => {
    it('opens two levels of the team by default', () => {
      render(<OrgChart org={deepOrg} dir="ltr" defaultFocusId="vp-eng" />);
      expect(titles()).toEqual(['vp-eng', 'dir-web', 'mgr-front']);
      expect(screen.getByRole('treeitem', { name: /^Manager, Front End/ })).toHaveAttribute('aria-expanded', 'false');
    });

    it('opens as many levels as it says', () => {
      render(<OrgChart org={deepOrg} dir="ltr" defaultFocusId="vp-eng" focusDepth={1} />);
      expect(titles()).toEqual(['vp-eng', 'dir-web']);
    });

    it('keeps the whole org as it was left: its expansion is not the team’s', async () => {
      const onExpandedIdsChange = vi.fn();
      render(<OrgChart org={deepOrg} dir="ltr" defaultExpandDepth={1} defaultFocusId="vp-eng" focusDepth={3} onExpandedIdsChange={onExpandedIdsChange} />);
      expect(titles()).toEqual(['vp-eng', 'dir-web', 'mgr-front', 'eng-1', 'eng-2']);
      await userEvent.click(within(breadcrumb()).getByRole('button', { name: 'Whole organisation' }));
      expect(titles()).toEqual(['ceo', 'vp-eng', 'vp-ops']);
      expect(onExpandedIdsChange).not.toHaveBeenCalled();
    });
  });

  describe('moving the focus', () => {
    it('moves up to a manager of the breadcrumb and tells the host', async () => {
      const onFocusIdChange = vi.fn();
      render(<OrgChart org={deepOrg} dir="ltr" defaultFocusId="mgr-front" onFocusIdChange={onFocusIdChange} />);
      await userEvent.click(within(breadcrumb()).getByRole('button', { name: 'VP Engineering' }));
      expect(onFocusIdChange).toHaveBeenCalledWith('vp-eng');
      expect(titles()).toEqual(['vp-eng', 'dir-web', 'mgr-front']);
      expect(within(breadcrumb()).getAllByRole('button').map((b) => b.textContent)).toEqual(['Whole organisation', 'Chief Executive']);
    });

    it('puts keyboard focus on the new team’s top', async () => {
      render(<OrgChart org={deepOrg} dir="ltr" defaultFocusId="mgr-front" />);
      await userEvent.click(within(breadcrumb()).getByRole('button', { name: 'Director, Web' }));
      expect(screen.getByRole('treeitem', { name: /^Director, Web/ })).toHaveFocus();
    });

    it('"Whole organisation" shows everything again, with no breadcrumb', async () => {
      const onFocusIdChange = vi.fn();
      const { container } = render(<OrgChart org={salesOrg} dir="ltr" defaultFocusId="sales-manager-east" onFocusIdChange={onFocusIdChange} />);
      await userEvent.click(within(breadcrumb()).getByRole('button', { name: 'Whole organisation' }));
      expect(onFocusIdChange).toHaveBeenCalledWith(null);
      expect(screen.getAllByRole('treeitem')).toHaveLength(salesOrg.roles.length);
      expect(screen.queryByRole('navigation', { name: 'Chain of command' })).toBeNull();
      expect(root(container)).not.toHaveAttribute('data-focused');
      expect(screen.getByRole('treeitem', { name: /^Sales Manager, East Region/ })).toHaveFocus();
    });

    it('focuses a team from the handle, and refuses an unknown role', () => {
      const handle = createRef<OrgChartHandle>();
      const onFocusIdChange = vi.fn();
      render(<OrgChart org={salesOrg} dir="ltr" handleRef={handle} onFocusIdChange={onFocusIdChange} />);
      let done: boolean | undefined;
      act(() => void (done = handle.current!.focusTeam('sales-manager-south')));
      expect(done).toBe(true);
      expect(titles()).toEqual(['sales-manager-south', 'sales-assistant-south', 'rep-south-guangzhou', 'showroom-consultant']);
      act(() => void (done = handle.current!.focusTeam('nobody')));
      expect(done).toBe(false);
      expect(onFocusIdChange.mock.calls).toEqual([['sales-manager-south']]);
    });
  });

  describe('controlled', () => {
    it('does not move without the host', async () => {
      const onFocusIdChange = vi.fn();
      render(<OrgChart org={deepOrg} dir="ltr" focusId="mgr-front" onFocusIdChange={onFocusIdChange} />);
      await userEvent.click(within(breadcrumb()).getByRole('button', { name: 'VP Engineering' }));
      expect(onFocusIdChange).toHaveBeenCalledWith('vp-eng');
      expect(titles()).toEqual(['mgr-front', 'eng-1', 'eng-2']);
    });

    it('follows the host', async () => {
      function Host() {
        const [focusId, setFocusId] = useState<string | null>('mgr-front');
        return <OrgChart org={deepOrg} dir="ltr" focusId={focusId} onFocusIdChange={setFocusId} />;
      }
      render(<Host />);
      await userEvent.click(within(breadcrumb()).getByRole('button', { name: 'Chief Executive' }));
      expect(titles()).toEqual(['ceo', 'vp-eng', 'dir-web', 'vp-ops', 'ops-lead']);
    });
  });

  describe('an unknown focusId', () => {
    it('shows the whole org, says so in an alert and reports the id to onError', async () => {
      const onError = vi.fn();
      const { container } = render(<OrgChart org={salesOrg} dir="ltr" focusId="no-such-role" onError={onError} />);
      expect(screen.getAllByRole('treeitem')).toHaveLength(salesOrg.roles.length);
      expect(screen.getByRole('alert')).toHaveTextContent('The team asked for is not in this chart, so the whole organisation is shown.');
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]![0]).toEqual([expect.objectContaining({ code: 'unknown_reference', path: ['focusId'], message: expect.stringContaining('"no-such-role"') })]);
      expect(root(container)).not.toHaveAttribute('data-focused');
      await expectNoAxeViolations(container);
    });
  });

  describe('in Chinese', () => {
    it('labels the breadcrumb from the zh-CN labels', () => {
      render(
        <RolekitProvider locale="zh-CN" labels={zhCN}>
          <OrgChart org={salesOrg} dir="ltr" defaultFocusId="sales-manager-east" />
        </RolekitProvider>,
      );
      const nav = screen.getByRole('navigation', { name: '汇报路线' });
      expect(within(nav).getByRole('button', { name: '整个组织' })).toBeInTheDocument();
    });
  });
});



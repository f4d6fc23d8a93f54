import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { OrgChart, RolekitProvider, type Org, type OrgChartHandle, type OrgChartProps } from '../../../src';
import { salesOrg } from '../../../src/examples';
import { expectNoAxeViolations } from '../../support/axe';
import { errorBox } from '../../support/errorBox';

const items = () => screen.getAllByRole('treeitem');
const item = (name: RegExp) => screen.getByRole('treeitem', { name });
const toggleOf = (element: HTMLElement) => element.querySelector<HTMLElement>('[data-slot="org-chart-toggle"]')!;

describe('OrgChart', () => {
  describe('rendering', () => {
    it('draws a labelled tree with one treeitem per visible role', () => {
      render(<Chart />);
      expect(screen.getByRole('tree', { name: 'Northwind Sales org chart' })).toBeInTheDocument();
      expect(items()).toHaveLength(salesOrg.roles.length);
    });

    // jsdom has no CSS, so the parts run together without the spaces a browser adds
    // between blocks; the browser tests pin the exact name.
    it('names each node by what it shows: title, holder, department and reports', () => {
      render(<Chart />);
      expect(item(/^Sales Director/)).toHaveAccessibleName(/^Sales Director, ?Margaret Hale, ?Sales, ?6 reports$/);
      expect(item(/^Dealer Sales Representative/)).toHaveAccessibleName(/^Dealer Sales Representative, Shanghai, ?Lucy Hart and Ben Carter, ?Sales$/);
    });

    it('says "Vacant" for a role without a holder, in words and on screen', () => {
      render(<Chart />);
      const tender = item(/^Tender Coordinator/);
      expect(tender).toHaveAccessibleName(/^Tender Coordinator, ?Vacant, ?Sales Administration$/);
      expect(within(tender).getByText('Vacant')).toBeInTheDocument();
      expect(tender).toHaveAttribute('data-vacant', '');
    });

    it('gives every node its level, set size and position, and aria-expanded only with reports', () => {
      render(<Chart />);
      const east = item(/^Sales Manager, East/);
      expect(east).toHaveAttribute('aria-level', '2');
      expect(east).toHaveAttribute('aria-setsize', '6');
      expect(east).toHaveAttribute('aria-posinset', '5');
      expect(east).toHaveAttribute('aria-expanded', 'true');
      expect(item(/^Sales Representative, Beijing/)).not.toHaveAttribute('aria-expanded');
    });

    it('keeps one tab stop: the first root', () => {
      render(<Chart />);
      expect(items().filter((el) => el.tabIndex === 0)).toEqual([item(/^Sales Director/)]);
    });

    it('hides the connector layer from assistive technology', () => {
      const { container } = render(<Chart />);
      expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    });

    it('puts a given aria-label on the tree, not the wrapper', () => {
      render(<Chart aria-label="Who reports to whom" />);
      expect(screen.getByRole('tree', { name: 'Who reports to whom' })).toBeInTheDocument();
    });
  });

  describe('expanding and collapsing, uncontrolled', () => {
    it('starts from defaultExpandDepth and shows what a closed node hides', () => {
      render(<Chart defaultExpandDepth={1} />);
      expect(items()).toHaveLength(7);
      const north = item(/^Sales Manager, North/);
      expect(north).toHaveAttribute('aria-expanded', 'false');
      expect(toggleOf(north)).toHaveTextContent('+3');
    });

    it('opens a node when its knob is clicked, and reports the ids', async () => {
      const onExpandedIdsChange = vi.fn();
      render(<Chart defaultExpandDepth={1} onExpandedIdsChange={onExpandedIdsChange} />);
      await userEvent.click(toggleOf(item(/^Sales Manager, North/)));
      expect(item(/^Sales Representative, Beijing/)).toBeInTheDocument();
      expect(onExpandedIdsChange).toHaveBeenCalledWith(['sales-director', 'sales-manager-north']);
    });

    it('closes an open node when its knob is clicked', async () => {
      render(<Chart />);
      await userEvent.click(toggleOf(item(/^Sales Manager, North/)));
      expect(screen.queryByRole('treeitem', { name: /^Sales Representative, Beijing/ })).toBeNull();
      expect(item(/^Sales Manager, North/)).toHaveAttribute('aria-expanded', 'false');
    });

    it('does not select the node when only its knob is clicked', async () => {
      const onActivate = vi.fn();
      render(<Chart onActivate={onActivate} />);
      await userEvent.click(toggleOf(item(/^Sales Manager, North/)));
      expect(onActivate).not.toHaveBeenCalled();
    });

    it('starts with exactly the roles given in defaultExpandedIds open, whatever the depth', () => {
      render(<Chart defaultExpandedIds={['sales-director', 'sales-manager-east']} defaultExpandDepth={Infinity} />);
      expect(item(/^Sales Manager, East/)).toHaveAttribute('aria-expanded', 'true');
      expect(item(/^Sales Manager, North/)).toHaveAttribute('aria-expanded', 'false');
      expect(screen.queryByRole('treeitem', { name: /^Sales Representative, Beijing/ })).toBeNull();
    });

    it('tells onSelectedIdChange only when the selection changes, onActivate on every activation', async () => {
      const onSelectedIdChange = vi.fn();
      const onActivate = vi.fn();
      render(<Chart onSelectedIdChange={onSelectedIdChange} onActivate={onActivate} />);
      await userEvent.click(item(/^Sales Manager, East/));
      await userEvent.click(item(/^Sales Manager, East/));
      expect(onActivate).toHaveBeenCalledTimes(2);
      expect(onSelectedIdChange).toHaveBeenCalledTimes(1);
      expect(onSelectedIdChange).toHaveBeenCalledWith('sales-manager-east');
      expect(item(/^Sales Manager, East/)).toHaveAttribute('aria-selected', 'true');
    });

    it('expands an org that arrives later to the default depth', () => {
      const { rerender } = render(<Chart org={{ name: 'Loading', roles: [] }} defaultExpandDepth={1} />);
      rerender(<Chart org={salesOrg} defaultExpandDepth={1} />);
      expect(items()).toHaveLength(7);
    });
  });

  describe('expanding and collapsing, controlled', () => {
    it('shows only what the owner says and asks it for changes', async () => {
      const onExpandedIdsChange = vi.fn();
      render(<Chart expandedIds={['sales-director']} onExpandedIdsChange={onExpandedIdsChange} />);
      await userEvent.click(toggleOf(item(/^Sales Manager, East/)));
      expect(onExpandedIdsChange).toHaveBeenCalledWith(['sales-director', 'sales-manager-east']);
      expect(item(/^Sales Manager, East/)).toHaveAttribute('aria-expanded', 'false');
    });

    it('follows the owner when it accepts', async () => {
      render(<ControlledChart />);
      await userEvent.click(toggleOf(item(/^Sales Manager, East/)));
      expect(item(/^Sales Manager, East/)).toHaveAttribute('aria-expanded', 'true');
      expect(item(/^Channel and Key Account Supervisor/)).toBeInTheDocument();
    });
  });

  describe('the toolbar', () => {
    it('collapses everything to the roots', async () => {
      render(<Chart />);
      await userEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
      expect(items()).toHaveLength(1);
    });

    it('expands everything', async () => {
      render(<Chart defaultExpandDepth={0} />);
      await userEvent.click(screen.getByRole('button', { name: 'Expand all' }));
      expect(items()).toHaveLength(salesOrg.roles.length);
    });

    it('switches to the list view and back, showing the same nodes', async () => {
      const onViewChange = vi.fn();
      render(<Chart defaultExpandDepth={1} onViewChange={onViewChange} />);
      await userEvent.click(screen.getByRole('button', { name: 'List' }));
      expect(onViewChange).toHaveBeenCalledWith('list');
      expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
      expect(screen.getByRole('tree').dataset.slot).toBe('org-chart-list');
      expect(items()).toHaveLength(7);
      await userEvent.click(screen.getByRole('button', { name: 'Chart' }));
      expect(screen.getByRole('tree').dataset.slot).toBe('org-chart-canvas');
    });

    it('can be left out', () => {
      render(<Chart toolbar={false} />);
      expect(screen.queryByRole('button')).toBeNull();
    });
  });

  describe('selection', () => {
    it('selects a node on click and tells the host', async () => {
      const onActivate = vi.fn();
      render(<Chart onActivate={onActivate} />);
      await userEvent.click(item(/^Sales Manager, South/));
      expect(onActivate).toHaveBeenCalledWith('sales-manager-south');
      expect(item(/^Sales Manager, South/)).toHaveAttribute('aria-selected', 'true');
      expect(screen.getAllByRole('treeitem', { selected: true })).toHaveLength(1);
    });

    it('tells the host again when the selected node is activated again', async () => {
      const onActivate = vi.fn();
      render(<Chart defaultSelectedId="sales-manager-south" onActivate={onActivate} />);
      await userEvent.click(item(/^Sales Manager, South/));
      expect(onActivate).toHaveBeenCalledTimes(1);
    });

    it('shows the controlled selection only', async () => {
      render(<Chart selectedId="sales-director" />);
      await userEvent.click(item(/^Sales Manager, South/));
      expect(item(/^Sales Director/)).toHaveAttribute('aria-selected', 'true');
      expect(item(/^Sales Manager, South/)).not.toHaveAttribute('aria-selected');
    });

    it('puts the tab stop on the selected node', () => {
      render(<Chart defaultSelectedId="sales-manager-east" />);
      expect(item(/^Sales Manager, East/)).toHaveAttribute('tabindex', '0');
    });
  });

  describe('the handle', () => {
    it('expands all, collapses all and reveals a deep node', async () => {
      const handle = createRef<OrgChartHandle>();
      render(<Chart handleRef={handle} defaultExpandDepth={0} />);
      act(() => handle.current!.expandAll());
      expect(items()).toHaveLength(salesOrg.roles.length);
      act(() => handle.current!.collapseAll());
      expect(items()).toHaveLength(1);
      let found: Promise<boolean> | undefined;
      act(() => {
        found = handle.current!.focusNode('rep-east-shanghai');
      });
      // Revealed and focused by the time the promise settles.
      await expect(found).resolves.toBe(true);
      expect(item(/^Dealer Sales Representative/)).toHaveFocus();
    });

    it('says so when asked for a role that does not exist', async () => {
      const handle = createRef<OrgChartHandle>();
      render(<Chart handleRef={handle} />);
      await expect(handle.current!.focusNode('nobody')).resolves.toBe(false);
    });
  });

  describe('custom nodes', () => {
    it('draws what renderNode returns, inside rolekit’s tree item', () => {
      const renderNode = vi.fn<NonNullable<OrgChartProps['renderNode']>>((role, state) => (
        <span>{`${role.title} ${state.vacant ? '(open)' : ''}`}</span>
      ));
      render(<Chart renderNode={renderNode} />);
      expect(within(item(/^Tender Coordinator/)).getByText('Tender Coordinator (open)')).toBeInTheDocument();
      expect(renderNode).toHaveBeenCalledWith(
        expect.objectContaining({ id: 'sales-director' }),
        expect.objectContaining({ id: 'sales-director', depth: 0, hasChildren: true, expanded: true, reportCount: 6, view: 'chart', placement: 'tree' }),
      );
    });
  });

  describe('labels', () => {
    it('takes strings from the provider and the labels prop', () => {
      render(
        <RolekitProvider labels={{ orgChart: { vacant: 'Open position' } }}>
          <Chart labels={{ expandAll: 'Open everything' }} />
        </RolekitProvider>,
      );
      expect(within(item(/^Tender Coordinator/)).getByText('Open position')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Open everything' })).toBeInTheDocument();
    });
  });

  describe('bad data', () => {
    const broken = {
      name: 'Broken',
      roles: [
        { id: 'head', title: 'Head of Sales' },
        { id: 'a', title: 'Manager A', reportsTo: 'b' },
        { id: 'b', title: 'Manager B', reportsTo: 'a' },
        { id: 'c', title: 'Analyst', reportsTo: 'nobody' },
        { id: 'head', title: 'Second head' },
      ],
    } as Org;
    // Bad data is also a line in the developer's console (development builds only): expected
    // here, asserted once below, kept out of the test output.
    let warn: MockInstance<typeof console.warn>;
    beforeEach(() => {
      warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    });
    afterEach(() => warn.mockRestore());

    it("tells the developer in the console, once, each problem by path", () => {
      const { rerender } = render(<Chart org={broken} />);
      rerender(<Chart org={broken} />);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]![0]).toMatch(/^rolekit OrgChart: 3 problem\(s\) in the data:\n {2}roles\[4\]\.id: duplicate role id "head"/);
    });

    describe('the error box', () => {
      it('says in a sentence that part of the chart could not be shown, and still draws the valid part', () => {
        render(<Chart org={broken} />);
        expect(screen.getByRole('alert')).toHaveTextContent(/^Part of this chart could not be shown\./);
        expect(items().map((el) => el.getAttribute('data-role-id'))).toEqual(['head', 'a', 'b', 'c']);
      });

      it('keeps the issues in a closed Details disclosure', () => {
        render(<Chart org={broken} />);
        const { summary, details } = errorBox();
        expect(summary).toBeVisible();
        expect(details).not.toHaveAttribute('open');
        expect(screen.getByText('roles[3].reportsTo: no role has the id "nobody"')).not.toBeVisible();
      });

      it('lists the issues once Details is clicked', async () => {
        render(<Chart org={broken} />);
        const { summary, details } = errorBox();
        await userEvent.click(summary);
        expect(details).toHaveAttribute('open');
        expect(within(details).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
          'roles[4].id: duplicate role id "head" (first used at roles[0])',
          'roles[3].reportsTo: no role has the id "nobody"',
          'roles[1].reportsTo: reporting lines form a cycle: a → b → a',
        ]);
        expect(screen.getByText('roles[3].reportsTo: no role has the id "nobody"')).toBeVisible();
      });

      it('counts the issues beyond the first five inside the details', async () => {
        const roles = Array.from({ length: 8 }, (_, i) => ({ id: 'dup', title: `T${i}` }));
        render(<Chart org={{ name: 'Dups', roles }} />);
        const { summary, details } = errorBox();
        await userEvent.click(summary);
        expect(within(details).getAllByRole('listitem')).toHaveLength(5);
        expect(within(details).getByText('…and 2 more')).toBeVisible();
      });

      it('passes axe with the details closed and open', async () => {
        const { container } = render(<Chart org={broken} />);
        await expectNoAxeViolations(container);
        await userEvent.click(errorBox().summary);
        await expectNoAxeViolations(container);
      });
    });

    it('replaces the box with what renderError returns, given the issues', () => {
      const renderError = vi.fn((issues: readonly { code: string }[]) => <p>{`${issues.length} problems: ask HR`}</p>);
      render(<Chart org={broken} renderError={renderError} />);
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.getByText('3 problems: ask HR')).toBeVisible();
      expect(renderError.mock.lastCall![0].map((i) => i.code)).toEqual(['duplicate_id', 'unknown_reference', 'cycle']);
      expect(items()).toHaveLength(4);
    });

    it('shows no error box with errorDisplay="none", and still hands the issues to onError', () => {
      const onError = vi.fn();
      const { container } = render(<Chart org={broken} errorDisplay="none" onError={onError} />);
      expect(screen.queryByRole('alert')).toBeNull();
      expect(container.querySelector('[data-slot="error"]')).toBeNull();
      expect(onError).toHaveBeenCalledWith([expect.objectContaining({ code: 'duplicate_id' }), expect.anything(), expect.anything()]);
      expect(items()).toHaveLength(4);
    });

    it('hands the issues to onError once', () => {
      const onError = vi.fn();
      const { rerender } = render(<Chart org={broken} onError={onError} />);
      rerender(<Chart org={broken} onError={onError} />);
      expect(onError).toHaveBeenCalledTimes(1);
      expect(onError.mock.calls[0]![0].map((i: { code: string }) => i.code)).toEqual(['duplicate_id', 'unknown_reference', 'cycle']);
    });

    it('shows only the alert when nothing can be drawn, and never throws', () => {
      render(<Chart org={{ roles: 42 } as unknown as Org} />);
      expect(screen.getByRole('alert')).toHaveTextContent(/^This chart could not be shown\./);
      expect(screen.queryByRole('tree')).toBeNull();
    });

    it('says so when the org has no roles', () => {
      render(<Chart org={{ name: 'New', roles: [] }} />);
      expect(screen.getByText('There are no roles to show.')).toBeInTheDocument();
      expect(screen.queryByRole('alert')).toBeNull();
    });
  });
});

/* -------------------------------------------------------------------------------------------------
 * Fixtures
 * -----------------------------------------------------------------------------------------------*/

function Chart(props: Partial<OrgChartProps> & { ref?: React.Ref<HTMLDivElement>; 'data-testid'?: string }) {
  const { ref, ...rest } = props;
  return <OrgChart org={salesOrg} ref={ref} dir="ltr" {...rest} />;
}

function ControlledChart() {
  const [ids, setIds] = useState<string[]>(['sales-director']);
  return <OrgChart org={salesOrg} expandedIds={ids} onExpandedIdsChange={setIds} />;
}

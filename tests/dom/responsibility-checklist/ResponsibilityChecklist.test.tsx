import { createRef, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResponsibilityChecklist, RolekitProvider, type ResponsibilityChecklistProps, type Role } from '../../../src';
import { salesOrg, salesOrgZh } from '../../../src/examples';
import { expectNoAxeViolations } from '../../support/axe';
import { errorBox } from '../../support/errorBox';

const role = (id: string, org = salesOrg): Role => org.roles.find((candidate) => candidate.id === id)!;
const administrator = role('sales-administrator'); // 3 groups, 13 duties, 6 assessments with fines
const adminHead = role('sales-admin-head'); // nested duties

afterEach(() => vi.restoreAllMocks());

describe('ResponsibilityChecklist', () => {
  describe('given a role with several groups (uncontrolled)', () => {
    it('opens the first group only', () => {
      renderChecklist();
      expect(trigger('Administration')).toHaveAttribute('aria-expanded', 'true');
      expect(trigger('Sales operations')).toHaveAttribute('aria-expanded', 'false');
      expect(screen.getByRole('checkbox', { name: 'Run the day-to-day administration of the department.' })).toBeVisible();
      expect(screen.queryByRole('checkbox', { name: 'Review standard contracts and sign the final versions.' })).toBeNull();
    });

    it('puts each group title in a heading that holds only the trigger, with the group checkbox outside it', () => {
      renderChecklist();
      const heading = screen.getByRole('heading', { level: 3, name: /Administration/ });
      expect(within(heading).getByRole('button')).toBe(trigger('Administration'));
      expect(within(heading).queryByRole('checkbox')).toBeNull();
      expect(screen.getByRole('checkbox', { name: 'Administration: all duties' })).not.toBeChecked();
    });

    it('shows overall and per-group progress, and says nothing on first render', () => {
      renderChecklist();
      const bar = screen.getByRole('progressbar', { name: 'Progress' });
      expect(bar).toHaveAttribute('aria-valuenow', '0');
      expect(bar).toHaveAttribute('aria-valuemax', '13');
      expect(bar).toHaveAttribute('aria-valuetext', '0 of 13 duties done');
      expect(trigger('Administration')).toHaveTextContent('0 of 4');
      expect(screen.getByRole('status')).toBeEmptyDOMElement();
    });

    it('sums every fine the unchecked duties put at risk, in the currency', () => {
      renderChecklist({ locale: 'zh-CN' });
      expect(penalties()).toHaveTextContent('Penalties at risk: ¥230.00');
    });

    it('shows each assessment under the duty it checks, described by it', () => {
      renderChecklist();
      const duty = screen.getByRole('checkbox', { name: 'Complete other short-term tasks that managers assign.' });
      expect(duty).toHaveAccessibleDescription(/Assessment: A task assigned by a manager not completed\. CN¥20\.00 each time/);
    });

    describe('on ticking a duty', () => {
      it('checks it and counts it in its group and overall', async () => {
        const { user } = renderChecklist();
        await user.click(screen.getByRole('checkbox', { name: 'Run the day-to-day administration of the department.' }));
        expect(screen.getByRole('checkbox', { name: 'Run the day-to-day administration of the department.' })).toBeChecked();
        expect(trigger('Administration')).toHaveTextContent('1 of 4');
        expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
      });

      it('announces the new progress politely', async () => {
        const { user } = renderChecklist();
        await user.click(screen.getByRole('checkbox', { name: 'Run the day-to-day administration of the department.' }));
        expect(screen.getByRole('status')).toHaveTextContent('1 of 13 duties done');
      });

      it('hands the new ids to onCheckedChange', async () => {
        const onCheckedChange = vi.fn();
        const { user } = renderChecklist({ onCheckedChange });
        await user.click(screen.getByRole('checkbox', { name: 'Run the day-to-day administration of the department.' }));
        expect(onCheckedChange).toHaveBeenCalledWith(['sa-daily']);
      });

      it('marks its assessment met and takes its fine off the total', async () => {
        const { user } = renderChecklist({ locale: 'zh-CN' });
        await user.click(screen.getByRole('checkbox', { name: 'Complete other short-term tasks that managers assign.' }));
        expect(penalties()).toHaveTextContent('¥210.00');
        expect(screen.getByText('A task assigned by a manager not completed.').closest('li')).toHaveAttribute('data-state', 'met');
      });

      it('still has no axe violations', async () => {
        const { user, container } = renderChecklist();
        await user.click(screen.getByRole('checkbox', { name: 'Run the day-to-day administration of the department.' }));
        await expectNoAxeViolations(container);
      });
    });

    describe('on clicking a duty’s text', () => {
      it('toggles its checkbox (the label is clickable)', async () => {
        const { user } = renderChecklist();
        await user.click(screen.getByText('Draft, update and enforce the department\'s rules and procedures.'));
        expect(screen.getByRole('checkbox', { name: /Draft, update and enforce/ })).toBeChecked();
      });
    });

    describe('on pressing Space on a focused duty', () => {
      it('toggles it', async () => {
        const { user } = renderChecklist();
        screen.getByRole('checkbox', { name: /Draft, update and enforce/ }).focus();
        await user.keyboard(' ');
        expect(screen.getByRole('checkbox', { name: /Draft, update and enforce/ })).toBeChecked();
      });
    });

    describe('on ticking a group checkbox', () => {
      it('checks every duty of the group', async () => {
        const { user } = renderChecklist();
        await user.click(screen.getByRole('checkbox', { name: 'Administration: all duties' }));
        const panel = screen.getByRole('checkbox', { name: /day-to-day administration/ }).closest('ul')!;
        for (const box of within(panel).getAllByRole('checkbox')) expect(box).toBeChecked();
        expect(trigger('Administration')).toHaveTextContent('4 of 4');
      });

      it('also checks the duties of a closed group', async () => {
        const { user } = renderChecklist();
        await user.click(screen.getByRole('checkbox', { name: 'Sales operations: all duties' }));
        expect(trigger('Sales operations')).toHaveTextContent('5 of 5');
        expect(trigger('Sales operations')).toHaveAttribute('aria-expanded', 'false');
      });
    });

    describe('given a partly done group', () => {
      it('shows its checkbox as mixed', () => {
        renderChecklist({ defaultCheckedIds: ['sa-daily'] });
        const group = screen.getByRole('checkbox', { name: 'Administration: all duties' });
        expect(group).toBePartiallyChecked();
        expect(group).toHaveAttribute('aria-checked', 'mixed');
        expect(group.closest('[data-slot="checklist-group"]')).toHaveAttribute('data-checked', 'mixed');
      });

      it('checks the whole group on click', async () => {
        const { user } = renderChecklist({ defaultCheckedIds: ['sa-daily'] });
        await user.click(screen.getByRole('checkbox', { name: 'Administration: all duties' }));
        expect(screen.getByRole('checkbox', { name: 'Administration: all duties' })).toBeChecked();
      });
    });

    describe('given a fully done group', () => {
      it('clears it on click', async () => {
        const { user } = renderChecklist({ defaultCheckedIds: ['sa-daily', 'sa-targets', 'sa-rules', 'sa-ad-hoc'] });
        await user.click(screen.getByRole('checkbox', { name: 'Administration: all duties' }));
        expect(trigger('Administration')).toHaveTextContent('0 of 4');
      });
    });

    describe('on clicking a closed group’s header', () => {
      it('opens it and leaves the open one open', async () => {
        const onOpenGroupsChange = vi.fn();
        const { user } = renderChecklist({ onOpenGroupsChange });
        await user.click(trigger('Customers and markets'));
        expect(trigger('Customers and markets')).toHaveAttribute('aria-expanded', 'true');
        expect(trigger('Administration')).toHaveAttribute('aria-expanded', 'true');
        expect(onOpenGroupsChange).toHaveBeenCalledWith(['sa-admin', 'sa-customers']);
      });
    });

    describe('on typing in the filter', () => {
      it('shows only the matching duties, the match highlighted', async () => {
        const { user } = renderChecklist();
        await user.type(screen.getByRole('searchbox', { name: 'Filter duties' }), 'LEDGER');
        const boxes = screen.getAllByRole('checkbox').filter((box) => !box.getAttribute('aria-label'));
        expect(boxes).toHaveLength(1);
        expect(boxes[0]).toHaveAccessibleName('Keep the sales ledger and the call log complete and current.');
        expect(screen.getByText('ledger', { selector: 'mark' })).toBeInTheDocument();
      });

      it('hides groups without a match and opens those with one', async () => {
        const { user } = renderChecklist();
        await user.type(screen.getByRole('searchbox', { name: 'Filter duties' }), 'ledger');
        expect(screen.queryByRole('button', { name: /Administration/ })).toBeNull();
        expect(trigger('Sales operations')).toHaveAttribute('aria-expanded', 'true');
      });

      it('keeps counts truthful: the group’s own, and how many are shown', async () => {
        const { user } = renderChecklist({ defaultCheckedIds: ['sa-support'] });
        await user.type(screen.getByRole('searchbox', { name: 'Filter duties' }), 'ledger');
        expect(trigger('Sales operations')).toHaveTextContent('1 of 5');
        expect(screen.getByText('Showing 1 of 13 duties', { selector: 'bdi' })).toBeVisible();
        expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '1');
      });

      it('announces how many duties are shown', async () => {
        const { user } = renderChecklist();
        await user.type(screen.getByRole('searchbox', { name: 'Filter duties' }), 'ledger');
        expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 13 duties');
      });

      it('tells the filter to the host', async () => {
        const onQueryChange = vi.fn();
        const { user } = renderChecklist({ onQueryChange });
        await user.type(screen.getByRole('searchbox', { name: 'Filter duties' }), 'ab');
        expect(onQueryChange).toHaveBeenLastCalledWith('ab');
      });

      it('has no axe violations', async () => {
        const { user, container } = renderChecklist();
        await user.type(screen.getByRole('searchbox', { name: 'Filter duties' }), 'customer');
        await expectNoAxeViolations(container);
      });
    });

    describe('given a filter that matches nothing', () => {
      it('says so and offers to clear it', () => {
        renderChecklist({ defaultQuery: 'zebra' });
        expect(screen.getByText('No duties match “zebra”.')).toBeVisible();
        expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
      });

      it('clears the filter and returns focus to the box on "Clear filter"', async () => {
        const { user } = renderChecklist({ defaultQuery: 'zebra' });
        await user.click(screen.getByRole('button', { name: 'Clear filter' }));
        expect(screen.getByRole('searchbox', { name: 'Filter duties' })).toHaveValue('');
        expect(screen.getByRole('searchbox', { name: 'Filter duties' })).toHaveFocus();
        expect(screen.getByRole('progressbar')).toBeVisible();
      });
    });
  });

  describe('given nested duties', () => {
    it('ticks every child when the parent is ticked', async () => {
      const { user } = renderChecklist({ role: adminHead });
      await user.click(screen.getByRole('checkbox', { name: 'Keep the department well organised.' }));
      expect(screen.getByRole('checkbox', { name: /every post has clearly written duties/ })).toBeChecked();
      expect(screen.getByRole('checkbox', { name: /Core records are complete/ })).toBeChecked();
    });

    it('shows the parent as mixed when some children are ticked', async () => {
      const { user } = renderChecklist({ role: adminHead });
      await user.click(screen.getByRole('checkbox', { name: /Core records are complete/ }));
      expect(screen.getByRole('checkbox', { name: 'Keep the department well organised.' })).toBePartiallyChecked();
    });

    it('reports the parent as done once every child is', async () => {
      const onCheckedChange = vi.fn();
      const { user } = renderChecklist({ role: adminHead, onCheckedChange, defaultCheckedIds: ['sah-1-1'] });
      await user.click(screen.getByRole('checkbox', { name: /Core records are complete/ }));
      expect(onCheckedChange).toHaveBeenLastCalledWith(['sah-1', 'sah-1-1', 'sah-1-2']);
    });

    it('counts the duties that are ticked one by one (leaves)', () => {
      renderChecklist({ role: adminHead });
      expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '0 of 21 duties done');
    });
  });

  describe('when controlled', () => {
    it('shows the checked ids it is given', () => {
      renderChecklist({ checkedIds: ['sa-daily', 'sa-targets'] });
      expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '2');
    });

    it('does not change when the host keeps its ids', async () => {
      const onCheckedChange = vi.fn();
      const { user } = renderChecklist({ checkedIds: [], onCheckedChange });
      await user.click(screen.getByRole('checkbox', { name: /day-to-day administration/ }));
      expect(onCheckedChange).toHaveBeenCalledWith(['sa-daily']);
      expect(screen.getByRole('checkbox', { name: /day-to-day administration/ })).not.toBeChecked();
    });

    it('follows the host’s state', async () => {
      const user = userEvent.setup();
      render(<Controlled />);
      await user.click(screen.getByRole('checkbox', { name: /day-to-day administration/ }));
      expect(screen.getByTestId('ids')).toHaveTextContent('sa-daily');
      await user.click(screen.getByRole('button', { name: 'Clear' }));
      expect(screen.getByRole('checkbox', { name: /day-to-day administration/ })).not.toBeChecked();
    });

    it('reads a parent id as all of its children', () => {
      renderChecklist({ role: adminHead, checkedIds: ['sah-1'] });
      expect(screen.getByRole('checkbox', { name: /Core records are complete/ })).toBeChecked();
    });

    it('keeps ids it does not know when handing back a change', async () => {
      const onCheckedChange = vi.fn();
      const { user } = renderChecklist({ checkedIds: ['archived-duty'], onCheckedChange });
      await user.click(screen.getByRole('checkbox', { name: /day-to-day administration/ }));
      expect(onCheckedChange).toHaveBeenCalledWith(['sa-daily', 'archived-duty']);
    });

    it('opens the groups it is told to', () => {
      renderChecklist({ openGroupIds: ['sa-customers'] });
      expect(trigger('Customers and markets')).toHaveAttribute('aria-expanded', 'true');
      expect(trigger('Administration')).toHaveAttribute('aria-expanded', 'false');
    });

    it('filters by the filter it is given', () => {
      renderChecklist({ query: 'ledger' });
      expect(screen.getByRole('searchbox')).toHaveValue('ledger');
      expect(screen.getByText('Showing 1 of 13 duties', { selector: 'bdi' })).toBeVisible();
    });

    it('warns in development when switching to uncontrolled', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { rerender } = render(<ResponsibilityChecklist role={administrator} checkedIds={[]} />);
      rerender(<ResponsibilityChecklist role={administrator} />);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('ResponsibilityChecklist checkedIds is changing from controlled to uncontrolled'));
    });
  });

  describe('when read-only', () => {
    it('shows each state but lets nothing change', async () => {
      const onCheckedChange = vi.fn();
      const { user } = renderChecklist({ readOnly: true, defaultCheckedIds: ['sa-daily'], onCheckedChange });
      const duty = screen.getByRole('checkbox', { name: /day-to-day administration/ });
      expect(duty).toBeChecked();
      expect(duty).toBeDisabled();
      await user.click(screen.getByRole('checkbox', { name: /Break the department/ }));
      expect(onCheckedChange).not.toHaveBeenCalled();
    });

    it('still opens and filters', async () => {
      const { user } = renderChecklist({ readOnly: true });
      await user.click(trigger('Sales operations'));
      expect(trigger('Sales operations')).toHaveAttribute('aria-expanded', 'true');
    });
  });

  describe('given a role without responsibilities', () => {
    it('shows a friendly empty state', async () => {
      const { container } = renderChecklist({ role: role('zh-rep-guangzhou', salesOrgZh) });
      expect(screen.getByText('No responsibilities yet')).toBeVisible();
      expect(screen.queryByRole('progressbar')).toBeNull();
      await expectNoAxeViolations(container);
    });
  });

  describe('given bad data', () => {
    it('renders the first of two duties sharing an id and reports the duplicate', async () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const onError = vi.fn();
      const { container } = renderChecklist({ role: broken({ items: [duty('a', 'First'), duty('a', 'Second'), duty('b', 'Third')] }), onError });
      expect(screen.getByRole('checkbox', { name: 'First' })).toBeVisible();
      expect(screen.queryByText('Second')).toBeNull();
      expect(onError).toHaveBeenCalledWith([expect.objectContaining({ code: 'duplicate_id', path: ['responsibilities', 0, 'items', 1, 'id'] })]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('rolekit ResponsibilityChecklist: 1 problem(s)'));
      await expectNoAxeViolations(container);
    });

    it('shows a duty without text as untitled and reports it', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const onError = vi.fn();
      renderChecklist({ role: broken({ items: [{ id: 'a' } as never, duty('b', 'Second')] }), onError });
      expect(screen.getByRole('checkbox', { name: 'Untitled duty' })).toBeVisible();
      expect(screen.getByRole('checkbox', { name: 'Second' })).toBeVisible();
      expect(onError).toHaveBeenCalledWith([expect.objectContaining({ code: 'invalid', path: ['responsibilities', 0, 'items', 0, 'text'] })]);
    });

    it('keeps an assessment pointing at an unknown duty under its known one, and reports the unknown one', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const onError = vi.fn();
      const role = broken({
        items: [duty('a', 'Open the office.')],
        assessments: [{ id: 'r', text: 'Office not opened.', responsibilityIds: ['a', 'ghost'] }],
      });
      renderChecklist({ role, onError });
      expect(screen.getByRole('checkbox', { name: 'Open the office.' })).toHaveAccessibleDescription(/Office not opened\./);
      expect(onError).toHaveBeenCalledWith([expect.objectContaining({ code: 'unknown_reference', path: ['assessments', 0, 'responsibilityIds', 1] })]);
    });

    it('lists an assessment tied to no known duty apart', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      renderChecklist({ role: broken({ items: [duty('a', 'Open the office.')], assessments: [{ id: 'r', text: 'Quarterly audit.', responsibilityIds: ['ghost'] }] }) });
      expect(screen.getByRole('heading', { name: 'Other assessments' })).toBeVisible();
      expect(screen.getByText('Quarterly audit.')).toBeVisible();
    });

    it('shows an alert instead of crashing when the role is not an object', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const onError = vi.fn();
      renderChecklist({ role: null as unknown as Role, onError });
      expect(screen.getByRole('alert')).toHaveTextContent(/^These responsibilities could not be shown\./);
      expect(onError).toHaveBeenCalledWith([expect.objectContaining({ code: 'invalid' })]);
    });
  });

  describe('given unreadable responsibilities', () => {
    const unreadable = { id: 'x', title: 'X', responsibilities: 'oops' } as unknown as Role;

    it('says in a sentence that the responsibilities could not be shown', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      renderChecklist({ role: unreadable });
      expect(screen.getByRole('alert')).toHaveTextContent(/^These responsibilities could not be shown\./);
      expect(screen.queryByRole('checkbox')).toBeNull();
    });

    it('keeps the issue in a closed Details disclosure', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      renderChecklist({ role: unreadable });
      const { summary, details } = errorBox();
      expect(summary).toBeVisible();
      expect(details).not.toHaveAttribute('open');
      expect(screen.getByText(/^responsibilities: expected Array/)).not.toBeVisible();
    });

    it('shows the issue once Details is clicked', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { user } = renderChecklist({ role: unreadable });
      const { summary, details } = errorBox();
      await user.click(summary);
      expect(details).toHaveAttribute('open');
      expect(within(details).getByText(/^responsibilities: expected Array/)).toBeVisible();
    });

    it('passes axe with the details closed and open', async () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { user, container } = renderChecklist({ role: unreadable });
      await expectNoAxeViolations(container);
      await user.click(errorBox().summary);
      await expectNoAxeViolations(container);
    });

    it('renders what renderError returns instead of the box, given the issues', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      renderChecklist({ role: unreadable, renderError: (issues) => <p>{`Checklist unavailable (${issues.length})`}</p> });
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.getByText('Checklist unavailable (1)')).toBeVisible();
    });

    it('shows no error box with errorDisplay="none", and still hands the issue to onError', () => {
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      const onError = vi.fn();
      const { container } = renderChecklist({ role: unreadable, errorDisplay: 'none', onError });
      expect(screen.queryByRole('alert')).toBeNull();
      expect(container.querySelector('[data-slot="error"]')).toBeNull();
      expect(onError).toHaveBeenCalledWith([expect.objectContaining({ path: ['responsibilities'] })]);
    });
  });

  describe('labels and locale', () => {
    it('takes label overrides from the provider and from props', () => {
      render(
        <RolekitProvider locale="zh-CN" labels={{ responsibilityChecklist: { progressLabel: '进度' } }}>
          <ResponsibilityChecklist role={administrator} labels={{ penaltiesAtRisk: '风险' }} />
        </RolekitProvider>,
      );
      expect(screen.getByRole('progressbar', { name: '进度' })).toBeVisible();
      expect(penalties()).toHaveTextContent('风险: ¥230.00');
    });

    it('lists penalties in different currencies apart', () => {
      const role = broken({
        items: [duty('a', 'A'), duty('b', 'B')],
        assessments: [
          { id: 'x', text: 'X', penalty: { amount: 10, currency: 'CNY', per: 'occurrence' }, responsibilityIds: ['a'] },
          { id: 'y', text: 'Y', penalty: { amount: 5, currency: 'USD', per: 'occurrence' }, responsibilityIds: ['b'] },
        ],
      });
      renderChecklist({ role, locale: 'en-US' });
      expect(penalties()).toHaveTextContent('Penalties at risk: CN¥10.00 · $5.00');
    });
  });

  describe('as a component', () => {
    it('passes className, style and native props to the root and forwards the ref', () => {
      const ref = createRef<HTMLDivElement>();
      render(<ResponsibilityChecklist ref={ref} role={administrator} className="mine" style={{ maxWidth: 300 }} data-testid="root" aria-label="Duties" />);
      const root = screen.getByTestId('root');
      expect(root).toBe(ref.current);
      expect(root).toHaveClass('rk-root', 'rk-checklist', 'mine');
      expect(root).toHaveStyle({ maxWidth: '300px' });
      expect(root).toHaveAttribute('aria-label', 'Duties');
    });

    it('starts afresh when given another role', async () => {
      const user = userEvent.setup();
      const { rerender } = render(<ResponsibilityChecklist role={administrator} />);
      await user.click(screen.getByRole('checkbox', { name: /day-to-day administration/ }));
      rerender(<ResponsibilityChecklist role={adminHead} />);
      expect(trigger('Basic work')).toHaveAttribute('aria-expanded', 'true');
      expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuetext', '0 of 21 duties done');
    });

    it('uses the heading level it is given', () => {
      renderChecklist({ headingLevel: 5 });
      expect(screen.getAllByRole('heading', { level: 5 })).toHaveLength(3);
    });
  });
});

/* -------------------------------------------------------------------------------------------------
 * Fixtures
 * -----------------------------------------------------------------------------------------------*/

function renderChecklist(props: Partial<ResponsibilityChecklistProps> = {}) {
  const user = userEvent.setup();
  const result = render(<ResponsibilityChecklist role={administrator} {...props} />);
  return { user, ...result };
}

const trigger = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name}`) });
const penalties = () => document.querySelector('[data-slot="checklist-penalties"]');

const duty = (id: string, text: string) => ({ id, text });

function broken({ items, assessments }: { items: unknown[]; assessments?: unknown[] }): Role {
  return { id: 'broken', title: 'Broken', responsibilities: [{ id: 'g', title: 'Work', items }], assessments } as Role;
}

function Controlled() {
  const [ids, setIds] = useState<string[]>([]);
  return (
    <>
      <ResponsibilityChecklist role={administrator} checkedIds={ids} onCheckedChange={setIds} />
      <output data-testid="ids">{ids.join(',')}</output>
      <button type="button" onClick={() => setIds([])}>
        Clear
      </button>
    </>
  );
}

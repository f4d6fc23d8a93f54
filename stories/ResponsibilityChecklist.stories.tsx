import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ResponsibilityChecklist, type Org, type ResponsibilityChecklistLabels, type Role } from '../src';
import { salesOrg, salesOrgZh } from '../src/examples';

const roleById = (org: Org, id: string): Role => {
  const role = org.roles.find((candidate) => candidate.id === id);
  if (!role) throw new Error(`sample org has no role ${id}`);
  return role;
};
const sales = (id: string) => roleById(salesOrg, id);
const roleOptions = Object.fromEntries(salesOrg.roles.map((role) => [role.id, role]));

const meta = {
  title: 'Components/ResponsibilityChecklist',
  component: ResponsibilityChecklist,
  args: { role: sales('sales-administrator'), onCheckedChange: fn(), onOpenGroupsChange: fn(), onQueryChange: fn() },
  argTypes: {
    role: { options: Object.keys(roleOptions), mapping: roleOptions, control: { type: 'select' } },
    headingLevel: { options: [2, 3, 4, 5, 6], control: { type: 'select' } },
  },
  decorators: [
    (Story) => (
      <div style={{ maxInlineSize: 760 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ResponsibilityChecklist>;

export default meta;
type Story = StoryObj<typeof meta>;

/* ------------------------------------------------------------------ what a user does */

/**
 * Uncontrolled, with fines: the sales administrator's duties, each assessment shown by
 * the duty it checks, and the penalties the unchecked duties put at risk.
 */
export const Uncontrolled: Story = {
  play: async ({ canvasElement, args, step }) => {
    const list = within(canvasElement);
    await step('tick a duty', async () => {
      await userEvent.click(list.getByRole('checkbox', { name: 'Run the day-to-day administration of the department.' }));
      await expect(list.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('aria-valuenow', '1');
      await expect(args.onCheckedChange).toHaveBeenLastCalledWith(['sa-daily']);
      await waitFor(() => expect(list.getByRole('status')).toHaveTextContent('1 of 13 duties done'));
    });
    await step('tick a whole group', async () => {
      const group = list.getByRole('checkbox', { name: 'Administration: all duties' });
      await expect(group).toBePartiallyChecked();
      await userEvent.click(group);
      await expect(group).toBeChecked();
      await expect(list.getByRole('button', { name: /Administration\s*4 of 4/ })).toBeVisible();
      await expect(canvasElement.querySelector('[data-slot="checklist-penalties"]')).toHaveTextContent(/Penalties at risk: CN¥210\.00/);
    });
    await step('expand a group', async () => {
      const trigger = list.getByRole('button', { name: /Customers and markets/ });
      await userEvent.click(trigger);
      await expect(trigger).toHaveAttribute('aria-expanded', 'true');
      await expect(list.getByRole('checkbox', { name: /Log every comment/ })).toBeVisible();
    });
    await step('filter', async () => {
      await userEvent.type(list.getByRole('searchbox', { name: 'Filter duties' }), 'customer');
      await expect(list.getByText('Showing 5 of 13 duties', { selector: '.rk-checklist-filter-count' })).toBeVisible();
      await waitFor(() => expect(list.getByRole('status')).toHaveTextContent('Showing 5 of 13 duties'));
      await expect(list.queryByRole('checkbox', { name: /day-to-day administration/ })).not.toBeInTheDocument();
      await expect(canvasElement.querySelectorAll('mark').length).toBeGreaterThan(0);
    });
  },
};

function ControlledDemo(props: React.ComponentProps<typeof ResponsibilityChecklist>) {
  const [checked, setChecked] = useState<string[]>(['smn-1', 'smn-4-1']);
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <ResponsibilityChecklist
        {...props}
        checkedIds={checked}
        onCheckedChange={(ids) => {
          setChecked(ids);
          props.onCheckedChange?.(ids);
        }}
      />
      <div style={{ display: 'flex', gap: 8, alignItems: 'center', fontFamily: 'system-ui', fontSize: 14 }}>
        <button type="button" onClick={() => setChecked([])}>
          Clear all
        </button>
        <output aria-label="Checked ids">{checked.join(', ') || 'none'}</output>
      </div>
    </div>
  );
}

/** Controlled: the host owns the checked ids (shown below) and can clear them. Parents are tri-state. */
export const Controlled: Story = {
  args: { role: sales('sales-manager-north'), defaultOpenGroupIds: ['smn-targets', 'smn-orders'] },
  render: (args) => <ControlledDemo {...args} />,
  play: async ({ canvasElement }) => {
    const list = within(canvasElement);
    const parent = list.getByRole('checkbox', { name: /build an order plan in delivery order/ });
    await expect(parent).toBePartiallyChecked();
    await userEvent.click(parent);
    await expect(parent).toBeChecked();
    await expect(list.getByRole('status', { name: '' })).toBeDefined();
    await expect(list.getByLabelText('Checked ids')).toHaveTextContent('smn-1, smn-4, smn-4-1, smn-4-2');
    await userEvent.click(list.getByRole('button', { name: 'Clear all' }));
    await expect(parent).not.toBeChecked();
    await expect(list.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0');
  },
};

/** A review view: every box shows its state; none can be changed. */
export const ReadOnly: Story = {
  args: {
    role: sales('sales-administrator'),
    readOnly: true,
    defaultCheckedIds: ['sa-daily', 'sa-targets', 'sa-rules', 'sa-records', 'sa-feedback'],
    defaultOpenGroupIds: ['sa-admin', 'sa-operations', 'sa-customers'],
  },
  play: async ({ canvasElement }) => {
    const boxes = within(canvasElement).getAllByRole('checkbox');
    for (const box of boxes) await expect(box).toBeDisabled();
  },
};

/** Nested duties (1. → a)): a parent ticks or clears its children and shows "mixed" in between. */
export const NestedDuties: Story = {
  args: { role: sales('sales-admin-head') },
  play: async ({ canvasElement }) => {
    const list = within(canvasElement);
    await userEvent.click(list.getByRole('checkbox', { name: 'A register of customers and where they are.' }));
    const parent = list.getByRole('checkbox', { name: /internal information network/ });
    await expect(parent).toBePartiallyChecked();
    await expect(parent).toHaveAttribute('aria-checked', 'mixed');
  },
};

/** A filter set from the start: matching groups open, matches highlighted, counts truthful. */
export const Filtered: Story = {
  args: { role: sales('sales-admin-head'), defaultQuery: 'tender' },
  play: async ({ canvasElement }) => {
    const list = within(canvasElement);
    await expect(list.getByText(/Showing \d+ of 21 duties/)).toBeVisible();
    await expect(list.getByRole('button', { name: /Bidding/ })).toHaveAttribute('aria-expanded', 'true');
  },
};

/** Every role of the sample org, one after another. */
export const EveryRole: Story = {
  render: (args) => (
    <div style={{ display: 'grid', gap: 32 }}>
      {salesOrg.roles.map((role) => (
        <section key={role.id} aria-labelledby={`role-${role.id}`} style={{ display: 'grid', gap: 12 }}>
          <h2 id={`role-${role.id}`} style={{ margin: 0, fontFamily: 'system-ui', fontSize: 18 }}>
            {role.title}
          </h2>
          <ResponsibilityChecklist {...args} role={role} />
        </section>
      ))}
    </div>
  ),
};

/* ------------------------------------------------------------------ states and stress */

/** A role without duties: a friendly empty state, not a blank box. */
export const Empty: Story = {
  args: { role: { id: 'new-role', title: 'New role' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No responsibilities yet')).toBeVisible();
  },
};

/** Exactly 300 characters. */
const duty300 = (n: number) =>
  `${n}. Prepare, check and submit the commercial section of every public tender: the price schedule, the delivery plan, the warranty terms, the certificates of each subcontractor and the signed declarations, making sure every document matches the latest template from the procurement agency for every bid.`;
const longRole: Role = {
  id: 'long',
  title: 'Long duties',
  responsibilities: [
    {
      id: 'long-300',
      title: 'Duties of three hundred characters, each one wrapping over several lines on a narrow screen',
      items: Array.from({ length: 4 }, (_, i) => ({ id: `long-${i}`, text: duty300(i + 1) })),
    },
    {
      id: 'forty',
      title: 'Forty duties in one group',
      items: Array.from({ length: 40 }, (_, i) => ({ id: `d-${i + 1}`, text: `Duty number ${i + 1}: follow up the open orders of customer account ${1000 + i}.` })),
    },
  ],
  assessments: [{ id: 'late', text: 'A tender section submitted late or incomplete.', penalty: { amount: 500, currency: 'USD', per: 'occurrence' }, responsibilityIds: ['long-0', 'long-1'] }],
};

/** 300-character duties and 40 duties in one group. */
export const LongText: Story = {
  args: { role: longRole, defaultOpenGroupIds: ['long-300', 'forty'] },
  play: async ({ canvasElement }) => {
    const list = within(canvasElement);
    await expect(list.getByText('0 of 40')).toBeVisible();
    await userEvent.click(list.getByRole('checkbox', { name: /^Forty duties in one group/ }));
    await expect(list.getByText('40 of 40')).toBeVisible();
  },
};

const zhLabels: Partial<ResponsibilityChecklistLabels> = {
  progressLabel: '完成进度',
  progress: (done, total) => `已完成 ${done} / ${total} 项职责`,
  groupProgress: (done, total) => `${done} / ${total}`,
  groupCheckbox: (title) => `${title}：全部职责`,
  filterLabel: '筛选职责',
  filterPlaceholder: '筛选职责…',
  filterCount: (shown, total) => `显示 ${shown} / ${total} 项职责`,
  noMatches: (query) => `没有与“${query}”匹配的职责。`,
  clearFilter: '清除筛选',
  emptyTitle: '暂无职责',
  emptyDescription: '该岗位尚未列出职责。',
  assessment: '考核：',
  penalty: (amount, per) => `${amount}${per === 'occurrence' ? '/次' : per === 'year' ? '/年' : ''}`,
  ruleMet: '（已达成）',
  penaltiesAtRisk: '可能扣罚',
  noPenaltiesAtRisk: '暂无扣罚风险',
  otherAssessments: '其他考核',
};

/** The Chinese sample org with Chinese labels; amounts in the zh-CN locale. */
export const Chinese: Story = {
  args: { role: roleById(salesOrgZh, 'zh-sales-admin'), labels: zhLabels, locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const list = within(canvasElement);
    await userEvent.click(list.getByRole('checkbox', { name: '完善销售台账和电话记录。' }));
    await expect(list.getByRole('progressbar', { name: '完成进度' })).toHaveAttribute('aria-valuetext', '已完成 1 / 4 项职责');
    await expect(list.getByText('¥70.00')).toBeVisible();
  },
};

export const ChineseNested: Story = {
  args: { role: roleById(salesOrgZh, 'zh-manager-central'), labels: zhLabels, locale: 'zh-CN', defaultQuery: '生产' },
};

export const Dark: Story = {
  args: { role: sales('sales-manager-north'), defaultCheckedIds: ['smn-1', 'smn-4-1', 'smn-3'], defaultOpenGroupIds: ['smn-targets', 'smn-orders'], defaultQuery: '' },
  globals: { theme: 'dark' },
};

export const DarkFiltered: Story = {
  args: { role: sales('sales-administrator'), defaultCheckedIds: ['sa-records'], defaultQuery: 'customer' },
  globals: { theme: 'dark' },
};

export const RightToLeft: Story = {
  args: { role: sales('sales-admin-head'), defaultCheckedIds: ['sah-1-1', 'sah-2'] },
  globals: { dir: 'rtl' },
};

/** Several currencies are summed apart. */
export const MixedCurrencies: Story = {
  args: {
    role: {
      id: 'mixed',
      title: 'Export clerk',
      responsibilities: [
        {
          id: 'exp',
          title: 'Export paperwork',
          items: [
            { id: 'e1', text: 'File the customs declaration before the vessel closes.' },
            { id: 'e2', text: 'Send the commercial invoice to the buyer.' },
            { id: 'e3', text: 'Book the inspection.' },
          ],
        },
      ],
      assessments: [
        { id: 'a1', text: 'Declaration filed late.', penalty: { amount: 100, currency: 'CNY', per: 'occurrence' }, responsibilityIds: ['e1'] },
        { id: 'a2', text: 'Invoice sent late.', penalty: { amount: 25, currency: 'USD', per: 'occurrence' }, responsibilityIds: ['e2'] },
        { id: 'a3', text: 'Quarterly audit of all export files.', penalty: { amount: 300, currency: 'EUR', per: 'quarter' } },
      ],
    },
  },
};

/**
 * Bad data: a repeated duty id, a duty with no text and an assessment pointing at a
 * duty that does not exist. Everything else renders; the problems go to `onError`.
 */
export const BadData: Story = {
  args: {
    onError: fn(),
    role: {
      id: 'broken',
      title: 'Broken role',
      responsibilities: [
        {
          id: 'g1',
          title: 'Daily work',
          items: [
            { id: 'x1', text: 'Open the office.' },
            { id: 'x1', text: 'A second duty that reuses the id x1.' },
            { id: 'x2' } as unknown as { id: string; text: string },
            { id: 'x3', text: 'Lock up at night.' },
          ],
        },
      ],
      assessments: [{ id: 'a1', text: 'Office left unlocked.', penalty: { amount: 50, currency: 'CNY' }, responsibilityIds: ['x3', 'missing-duty'] }],
    } as Role,
  },
  play: async ({ canvasElement, args }) => {
    const list = within(canvasElement);
    await expect(list.getByRole('checkbox', { name: 'Open the office.' })).toBeVisible();
    await expect(list.getByRole('checkbox', { name: 'Untitled duty' })).toBeVisible();
    await expect(list.queryByText('A second duty that reuses the id x1.')).not.toBeInTheDocument();
    await waitFor(() => expect(args.onError).toHaveBeenCalled());
  },
};

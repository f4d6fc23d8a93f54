import { roleCardLabelsZhCN } from '../src/locales/zh-CN';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { RoleCard, type Org, type Role } from '../src';
import { salesOrg, salesOrgZh } from '../src/examples';

const roleById = (org: Org, id: string): Role => {
  const role = org.roles.find((candidate) => candidate.id === id);
  if (!role) throw new Error(`sample org has no role ${id}`);
  return role;
};
const sales = (id: string) => roleById(salesOrg, id);

const roleOptions = Object.fromEntries(salesOrg.roles.map((role) => [role.id, role]));

const meta = {
  title: 'Components/RoleCard',
  component: RoleCard,
  args: { role: sales('sales-manager-north'), org: salesOrg },
  argTypes: {
    role: { options: Object.keys(roleOptions), mapping: roleOptions, control: { type: 'select' } },
    org: { control: false },
    variant: { options: ['full', 'compact'], control: { type: 'inline-radio' } },
    headingLevel: { options: [1, 2, 3, 4, 5, 6], control: { type: 'select' } },
  },
  decorators: [
    // A card's usual width; a story laying out many cards (`parameters.grid`) sets its own.
    (Story, { args, parameters }) =>
      parameters.grid ? (
        <Story />
      ) : (
        <div style={{ maxInlineSize: args.variant === 'compact' ? 240 : 720 }}>
          <Story />
        </div>
      ),
  ],
} satisfies Meta<typeof RoleCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/* ------------------------------------------------------------------ the sample org */

/** A regional manager: holder with contacts, manager, reports, authority, qualifications split in two. */
export const Full: Story = {
  play: async ({ canvasElement }) => {
    const card = within(canvasElement);
    await expect(card.getByRole('article', { name: 'Sales Manager, North Region' })).toBeVisible();
    await expect(card.getByRole('link', { name: /thomas\.reed@example\.com/ })).toHaveAttribute('href', 'mailto:thomas.reed@example.com');
    await expect(card.getByRole('heading', { name: 'Required' })).toBeVisible();
    await expect(card.getByRole('heading', { name: 'Preferred' })).toBeVisible();
  },
};

/** Every role of the sample sales org, full cards. */
export const EveryRole: Story = {
  parameters: { grid: true },
  render: (args) => (
    <div style={{ display: 'grid', gap: 24, gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 420px), 1fr))', alignItems: 'start' }}>
      {salesOrg.roles.map((role) => (
        <RoleCard key={role.id} {...args} role={role} org={salesOrg} headingLevel={2} />
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('article')).toHaveLength(salesOrg.roles.length);
  },
};

/** Every role as a compact chart node (about 240×80). */
export const EveryRoleCompact: Story = {
  args: { variant: 'compact' },
  parameters: { grid: true },
  render: (args) => (
    <div style={{ display: 'grid', gap: 12, gridTemplateColumns: 'repeat(auto-fill, 240px)' }}>
      {salesOrg.roles.map((role) => (
        <RoleCard key={role.id} {...args} role={role} org={salesOrg} />
      ))}
    </div>
  ),
};

/** The director: five direct reports and an assistant; the limit of 3 hides two behind "+2 more". */
export const ManyReports: Story = {
  args: { role: sales('sales-director'), reportsLimit: 3 },
  play: async ({ canvasElement }) => {
    const card = within(canvasElement);
    const more = card.getByRole('button', { name: '+2 more' });
    await expect(card.queryByText('Sales Manager, South Region')).not.toBeInTheDocument();
    await userEvent.click(more);
    await expect(card.getByText('Sales Manager, South Region')).toBeVisible();
    await expect(card.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  },
};

/** A vacant position: a clear badge instead of a holder. */
export const Vacant: Story = {
  args: { role: sales('bid-coordinator') },
  play: async ({ canvasElement }) => {
    const card = within(canvasElement);
    await expect(card.getByText('Vacant')).toBeVisible();
    await expect(canvasElement.querySelector('[data-slot="role-card"]')).toHaveAttribute('data-vacant', '');
  },
};

/** A job share: two holders, one without email. */
export const JobShare: Story = { args: { role: sales('rep-east-shanghai') } };

/** An assistant with a dotted line to another department. */
export const DottedLine: Story = { args: { role: sales('sales-assistant-east') } };

/** Compact: title, holder (photo), department and reports. */
export const Compact: Story = { args: { variant: 'compact', role: sales('sales-manager-east') } };

export const CompactVacant: Story = { args: { variant: 'compact', role: sales('rep-north-tianjin') } };

/* ------------------------------------------------------------------ links and actions */

/**
 * Manager and report names become links; a click is also reported, so a client-side
 * router can take over (this one calls `event.preventDefault()` and stays put).
 */
export const WithLinks: Story = {
  args: {
    role: sales('sales-manager-south'),
    getRoleHref: (id) => `#/roles/${id}`,
    onRoleClick: fn((_id: string, event: { preventDefault(): void }) => event.preventDefault()),
  },
  play: async ({ args, canvasElement }) => {
    const card = within(canvasElement);
    const manager = card.getByRole('link', { name: 'Sales Director' });
    await expect(manager).toHaveAttribute('href', '#/roles/sales-director');
    await userEvent.click(manager);
    await expect(args.onRoleClick).toHaveBeenCalledWith('sales-director', expect.anything());
  },
};

/** Without `getRoleHref`, names are buttons that call `onRoleClick`. */
export const WithRoleButtons: Story = {
  args: { role: sales('sales-admin-head'), onRoleClick: fn() },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Tender Coordinator' }));
    await expect(args.onRoleClick).toHaveBeenCalledWith('bid-coordinator', expect.anything());
  },
};

/** The host's own actions go in the children slot, at the card's foot. */
export const WithActions: Story = {
  args: {
    role: sales('sales-administrator'),
    children: (
      <>
        <button type="button">Edit role</button>
        <a href="#/jobs/sales-administrator">Open job ad</a>
      </>
    ),
  },
};

/** A compact node linking to the role's page, with a small action. */
export const CompactWithLink: Story = {
  args: { variant: 'compact', role: sales('sales-director'), getRoleHref: (id) => `#/roles/${id}` },
};

/* ------------------------------------------------------------------ without org, edge cases */

/** No org: what the role alone holds. Reporting lines show their ids, holders are unknown. */
export const NoOrg: Story = {
  args: { role: sales('sales-manager-north'), org: undefined },
  play: async ({ canvasElement }) => {
    const card = within(canvasElement);
    await expect(card.getByRole('heading', { name: 'Sales Manager, North Region' })).toBeVisible();
    await expect(card.getByText('sales-director')).toBeVisible();
    await expect(card.queryByText('Vacant')).not.toBeInTheDocument();
  },
};

const longRole: Role = {
  id: 'long',
  title: 'Senior Regional Channel Development and Key Account Relationship Manager for Northern and North-Eastern Provinces (Interim, Job Share)',
  alternateTitles: ['Key Account Director (North)', 'Regional Channel Lead', 'Northern Provinces Business Development Manager'],
  department: 'Sales and Channel Development, Northern and North-Eastern Provinces',
  level: 'manager',
  location: 'Beijing, Tianjin, Shenyang, Harbin and Changchun',
  summary:
    'Owns the full commercial relationship with every key account and channel partner across the northern and north-eastern provinces, from the first introduction to renewal, including pricing within delegated limits, joint business plans, quarterly reviews, escalations, collections and the coordination of after-sales service with the technical team, while also coaching two regional teams.',
  authority: Array.from({ length: 6 }, (_, i) => `Approves channel discounts and rebates up to ${(i + 1) * 2}% of list price for partners in the region, subject to the quarterly budget and the pricing policy.`),
  qualifications: [
    { id: 'q1', text: 'Bachelor’s degree in business, economics or engineering; a master’s degree is an advantage but not required for candidates with exceptional experience.', kind: 'required' },
    { id: 'q2', text: 'Eight years of B2B sales including four leading teams.', kind: 'required' },
    { id: 'q3', text: 'Fluent Mandarin and business English.', kind: 'preferred' },
  ],
  reportsTo: 'sales-director',
  holderIds: ['p-thomas-reed', 'p-li-na', 'p-rachel-kim'],
};

/** Long title, long alternate titles and a long summary wrap without breaking the layout. */
export const LongText: Story = { args: { role: longRole } };

/**
 * Compact, a title longer than its three lines: cut, and "Show full title" opens it in
 * full (a tooltip would leave touch and keyboard users with the cut).
 */
export const CompactLongTitle: Story = {
  args: { variant: 'compact', role: { ...longRole, holderIds: ['p-thomas-reed'] } },
  play: async ({ canvasElement }) => {
    const card = within(canvasElement);
    await expect(card.getByRole('heading', { name: longRole.title })).toBeVisible();
    const toggle = await card.findByRole('button', { name: 'Show full title' });
    await userEvent.click(toggle);
    await expect(card.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  },
};


/** The Chinese sample org, Chinese labels. */
export const Chinese: Story = {
  args: {
    role: roleById(salesOrgZh, 'zh-assistant-director'),
    org: salesOrgZh,
    locale: 'zh-CN',
    labels: roleCardLabelsZhCN,
  },
};

export const ChineseVacantCompact: Story = {
  args: { ...Chinese.args, variant: 'compact', role: roleById(salesOrgZh, 'zh-rep-guangzhou'), labels: { vacant: '空缺' } },
};

export const Dark: Story = {
  args: { role: sales('sales-manager-east'), getRoleHref: (id) => `#/roles/${id}` },
  globals: { theme: 'dark' },
};

export const DarkCompact: Story = {
  args: { variant: 'compact', role: sales('rep-north-tianjin') },
  globals: { theme: 'dark' },
};

export const RightToLeft: Story = {
  args: { role: sales('sales-assistant-east'), getRoleHref: (id) => `#/roles/${id}` },
  globals: { dir: 'rtl' },
};

/** A photo that fails to load falls back to initials. */
export const BrokenAvatar: Story = {
  args: {
    role: sales('sales-manager-north'),
    org: {
      ...salesOrg,
      people: salesOrg.people!.map((person) =>
        person.id === 'p-thomas-reed' ? { ...person, avatarUrl: 'data:image/png;base64,bm90IGFuIGltYWdl' } : person,
      ),
    },
  },
  play: async ({ canvasElement }) => {
    const card = within(canvasElement);
    await expect(await card.findByText('TR')).toBeVisible();
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

/** Bad data: a holder and a dotted line pointing nowhere. The card shows the rest and reports both. */
export const BadData: Story = {
  args: {
    role: { ...sales('sales-manager-north'), holderIds: ['p-nobody'], dottedLineTo: ['no-such-role'] },
    onError: fn(),
  },
  render: (args) => {
    const role = args.role;
    const org: Org = { ...salesOrg, roles: salesOrg.roles.map((candidate) => (candidate.id === role.id ? role : candidate)) };
    return <RoleCard {...args} org={org} />;
  },
  play: async ({ args, canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Sales Manager, North Region' })).toBeVisible();
    // onError is called from an effect, after paint. The test runner renders inside act(),
    // which flushes effects before play; the Storybook UI starts play once the story has
    // committed, before React has run them. Waiting is what a host's code sees too.
    await waitFor(() =>
      expect(args.onError).toHaveBeenCalledWith(
        expect.arrayContaining([expect.objectContaining({ code: 'unknown_reference', path: ['roles', 7, 'holderIds', 0] })]),
      ),
    );
  },
};

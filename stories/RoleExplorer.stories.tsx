import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { salesOrg, salesOrgZh } from '../src/examples';
import { orgChartStateToSearch } from '../src/model';
import { RoleExplorer, explorerCss, explorerTextZh } from './RoleExplorer';

// Storybook's own query (the story id) stays; the explorer's part of it and the hash go.
const clearHash = () => window.history.replaceState(window.history.state, '', window.location.pathname + orgChartStateToSearch({}, window.location.search));

const meta = {
  title: 'Introduction/Role explorer',
  component: RoleExplorer,
  tags: ['!autodocs'],
  args: { org: salesOrg, defaultRoleId: 'assistant-sales-director' },
  argTypes: { org: { control: false } },
  parameters: { layout: 'fullscreen' },
  // Each story starts from an address without `#role=` or the chart's state, unless it sets one.
  beforeEach: () => {
    clearHash();
    return clearHash;
  },
  render: (args, { globals }) => {
    const zh = globals.locale === 'zh-CN';
    return (
      <>
        <style>{explorerCss}</style>
        {zh ? <RoleExplorer org={salesOrgZh} defaultRoleId="zh-assistant-director" text={explorerTextZh} /> : <RoleExplorer {...args} />}
      </>
    );
  },
} satisfies Meta<typeof RoleExplorer>;

export default meta;
type Story = StoryObj<typeof meta>;

const details = (canvas: HTMLElement) => canvas.querySelector<HTMLElement>('.explorer-details')!;
const cardTitle = (canvas: HTMLElement, name: string | RegExp) =>
  within(details(canvas)).findByRole('heading', { level: 2, name });
const treeitem = (canvas: HTMLElement, name: RegExp) => within(canvas).getByRole('treeitem', { name });

/**
 * The sample sales department: pick a role in the chart and its card, checklist and
 * (when it has one) workflow appear beside it. The address keeps the selection.
 */
export const Explorer: Story = {
  name: 'Role explorer',
  play: async ({ canvasElement }) => {
    await cardTitle(canvasElement, 'Assistant Sales Director');
    await expect(within(details(canvasElement)).getByRole('progressbar')).toBeVisible();
    await expect(within(details(canvasElement)).getByRole('group', { name: 'Market problem-solving cycle' })).toBeVisible();
  },
};

/** Clicks: a node shows its role and writes it to the address; the card's links navigate inside the explorer. */
export const Clicks: Story = {
  play: async ({ canvasElement, step }) => {
    await step('opens on the default role, with all four components', async () => {
      await cardTitle(canvasElement, 'Assistant Sales Director');
      await expect(within(details(canvasElement)).getByRole('progressbar')).toBeVisible();
      await expect(within(details(canvasElement)).getByRole('group', { name: /Market problem|workflow/i })).toBeVisible();
    });
    await step('a click on a node shows that role and writes it to the address', async () => {
      await userEvent.click(treeitem(canvasElement, /^Sales Manager, North Region/));
      await cardTitle(canvasElement, 'Sales Manager, North Region');
      await expect(window.location.hash).toBe('#role=sales-manager-north');
      await expect(treeitem(canvasElement, /^Sales Manager, North Region/)).toHaveAttribute('aria-selected', 'true');
    });
    await step('a role without a workflow shows no stepper', async () => {
      await expect(within(details(canvasElement)).queryByRole('list', { name: /phases/i })).toBeNull();
    });
    await step("the card's manager link opens the manager and moves focus to the details", async () => {
      await userEvent.click(within(details(canvasElement)).getByRole('link', { name: 'Sales Director' }));
      await cardTitle(canvasElement, 'Sales Director');
      await expect(window.location.hash).toBe('#role=sales-director');
      await waitFor(() => expect(details(canvasElement)).toHaveFocus());
    });
  },
};

/** Keyboard only: the skip link jumps to the details; in the chart, arrows move and Enter opens a role. */
export const KeyboardOnly: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    const skip = within(canvasElement).getByRole('link', { name: 'Skip to role details' });
    await expect(skip).toHaveFocus();
    await expect(skip).toBeVisible();
    await userEvent.keyboard('{Enter}');
    await expect(details(canvasElement)).toHaveFocus();
    await expect(window.location.hash).toBe('');

    // Back to the chart: the tree is one tab stop after the toolbar.
    treeitem(canvasElement, /^Sales Director/).focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(treeitem(canvasElement, /^Assistant to the Sales Director/)).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await cardTitle(canvasElement, 'Assistant to the Sales Director');
    await expect(window.location.hash).toBe('#role=director-assistant');
  },
};

/** A link with `#role=` opens that role. */
export const OpenedFromALink: Story = {
  beforeEach: () => {
    window.history.replaceState(window.history.state, '', '#role=sales-manager-east');
  },
  play: async ({ canvasElement }) => {
    await cardTitle(canvasElement, 'Sales Manager, East Region');
    await expect(treeitem(canvasElement, /^Sales Manager, East Region/)).toHaveAttribute('aria-selected', 'true');
  },
};

const chartViewport = (canvas: HTMLElement) => canvas.querySelector<HTMLElement>('[data-slot="org-chart-viewport"]')!;
const chartScale = (canvas: HTMLElement) => new DOMMatrix(getComputedStyle(canvas.querySelector('[data-slot="org-chart-canvas"]')!).transform).a;
const inView = (canvas: HTMLElement, el: HTMLElement) => {
  const v = chartViewport(canvas).getBoundingClientRect();
  const b = el.getBoundingClientRect();
  return b.left >= v.left && b.right <= v.right && b.top >= v.top && b.bottom <= v.bottom;
};

/** Opened with no address: readable (cards at 72 % or more), the director and the selected role in view. */
export const OpensReadable: Story = {
  play: async ({ canvasElement }) => {
    await cardTitle(canvasElement, 'Assistant Sales Director');
    await expect(chartScale(canvasElement)).toBeGreaterThanOrEqual(0.72);
    await expect(inView(canvasElement, treeitem(canvasElement, /^Sales Director,/))).toBe(true);
    await expect(inView(canvasElement, treeitem(canvasElement, /^Assistant Sales Director/))).toBe(true);
  },
};

/**
 * A link with the chart's state in its query (`orgChartStateToSearch`) opens that view:
 * the role, the open branches, the search and the zoom; changing the view rewrites the
 * address, the host's own parameters kept.
 */
export const ALinkOpensTheSameView: Story = {
  beforeEach: () => {
    const state = { selected: 'sales-manager-east', expanded: ['sales-director', 'sales-manager-east'], query: 'east', zoom: 0.5 };
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', pathname + orgChartStateToSearch(state, '?portal=hr'));
    return () => window.history.replaceState(window.history.state, '', pathname + search);
  },
  play: async ({ canvasElement, step }) => {
    await step('the link opens its view', async () => {
      await cardTitle(canvasElement, 'Sales Manager, East Region');
      const east = treeitem(canvasElement, /^Sales Manager, East Region/);
      await expect(east).toHaveAttribute('aria-selected', 'true');
      await expect(east).toHaveAttribute('aria-expanded', 'true');
      await expect(treeitem(canvasElement, /^Sales Manager, North Region/)).toHaveAttribute('aria-expanded', 'false');
      await expect(within(canvasElement).getByRole('searchbox', { name: 'Search' })).toHaveValue('east');
      await expect(chartScale(canvasElement)).toBeCloseTo(0.5);
      await expect(inView(canvasElement, east)).toBe(true);
    });
    await step('zooming writes the new zoom to the address, keeping the host’s parameters', async () => {
      await userEvent.click(within(canvasElement).getByRole('button', { name: 'Zoom out' }));
      await waitFor(() => expect(new URLSearchParams(window.location.search).get('zoom')).toBe('0.4'));
      await expect(new URLSearchParams(window.location.search).get('selected')).toBe('sales-manager-east');
      await expect(new URLSearchParams(window.location.search).get('portal')).toBe('hr');
    });
  },
};

/**
 * "Show only the team of …" focuses the chart on the selected role's team, and the address
 * keeps it (`?focus=`): a link opens that team; "Whole organisation" takes it out again.
 */
export const ShowATeam: Story = {
  name: 'Show a team',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    await step('a manager’s team, alone, and in the address', async () => {
      await userEvent.click(treeitem(canvasElement, /^Sales Manager, North Region/));
      await userEvent.click(await canvas.findByRole('button', { name: 'Show only the team of Sales Manager, North Region' }));
      await expect(canvas.getAllByRole('treeitem').map((el) => el.getAttribute('data-role-id'))).toEqual(['sales-manager-north', 'sales-assistant-north', 'rep-north-beijing', 'rep-north-tianjin']);
      await expect(new URLSearchParams(window.location.search).get('focus')).toBe('sales-manager-north');
    });
    await step('the whole organisation again, and out of the address', async () => {
      await userEvent.click(within(canvas.getByRole('navigation', { name: 'Chain of command' })).getByRole('button', { name: 'Whole organisation' }));
      await expect(canvas.getAllByRole('treeitem')).toHaveLength(salesOrg.roles.length);
      await expect(new URLSearchParams(window.location.search).has('focus')).toBe(false);
    });
  },
};

/** A link with `?focus=` opens on that team. */
export const ALinkToATeam: Story = {
  name: 'A link to a team',
  beforeEach: () => {
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', pathname + orgChartStateToSearch({ focus: 'sales-manager-east' }, search));
    return () => window.history.replaceState(window.history.state, '', pathname + search);
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('navigation', { name: 'Chain of command' })).toBeVisible();
    await expect(canvas.getAllByRole('treeitem')).toHaveLength(5);
  },
};

/** Following the address as it changes: back/forward, or a link elsewhere on the page. */
export const FollowsTheAddress: Story = {
  play: async ({ canvasElement }) => {
    await cardTitle(canvasElement, 'Assistant Sales Director');
    window.location.hash = '#role=ka-supervisor';
    await cardTitle(canvasElement, 'Channel and Key Account Supervisor');
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

/** Simplified Chinese: the shipped zh-CN labels through RolekitProvider, the Chinese sample org. */
export const Chinese: Story = {
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    await cardTitle(canvasElement, '销售副总监');
    await expect(within(canvasElement).getByRole('button', { name: '全部展开' })).toBeVisible();
    await expect(within(details(canvasElement)).getByText('完成进度')).toBeVisible();
  },
};

export const ChineseDark: Story = { globals: { locale: 'zh-CN', theme: 'dark' } };

/** Right to left: the chart, the card, the checklist and the stepper all mirror. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  play: async ({ canvasElement }) => {
    await cardTitle(canvasElement, 'Assistant Sales Director');
    const chart = within(canvasElement).getByRole('tree');
    const director = treeitem(canvasElement, /^Sales Director/).getBoundingClientRect();
    const north = treeitem(canvasElement, /^Sales Manager, North Region/).getBoundingClientRect();
    const south = treeitem(canvasElement, /^Sales Manager, South Region/).getBoundingClientRect();
    // The first report sits to the right of the last one, and the director above them.
    await expect(north.left).toBeGreaterThan(south.left);
    await expect(director.top).toBeLessThan(north.top);
    await expect(chart).toBeVisible();
  },
};

export const RightToLeftDark: Story = { globals: { dir: 'rtl', theme: 'dark' } };

import { useRef, useState } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { OrgChart, OrgChartNode, layoutOrg, outlineOrg, type Org, type OrgChartHandle, type Role } from '../src';
import { generateOrg, salesOrg, salesOrgZh } from '../src/examples';

const meta = {
  title: 'Components/OrgChart',
  component: OrgChart,
  args: { org: salesOrg, onActivate: fn(), onExpandedIdsChange: fn(), onError: fn() },
  argTypes: {
    org: { control: false },
    view: { options: ['chart', 'list'], control: { type: 'inline-radio' } },
    orientation: { options: ['top-to-bottom', 'left-to-right'], control: { type: 'inline-radio' } },
    compact: { control: 'boolean' },
    defaultExpandDepth: { control: { type: 'number', min: 0, max: 10 } },
  },
} satisfies Meta<typeof OrgChart>;

export default meta;
type Story = StoryObj<typeof meta>;

const treeitem = (canvasElement: HTMLElement, name: RegExp | string) => within(canvasElement).getByRole('treeitem', { name });

/* ------------------------------------------------------------------ the sample org */

/**
 * The sample sales department. The director's assistant and every regional manager's
 * assistant sit on a short branch beside their manager's trunk, above the row of reports.
 */
export const SalesOrg: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('tree', { name: 'Northwind Sales org chart' })).toBeVisible();
    const director = treeitem(canvasElement, /^Sales Director, Margaret Hale, Sales, 6 reports$/);
    const assistant = treeitem(canvasElement, /^Assistant to the Sales Director, 王芳/);
    const north = treeitem(canvasElement, /^Sales Manager, North Region/);
    // Beside the director's trunk, between the director and the row of reports.
    const a = assistant.getBoundingClientRect();
    await expect(a.top).toBeGreaterThan(director.getBoundingClientRect().bottom);
    await expect(a.bottom).toBeLessThan(north.getBoundingClientRect().top);
    await expect(treeitem(canvasElement, /^Assistant Sales Director, Daniel Ross/)).toBeVisible();
    await userEvent.click(north);
    await expect(args.onActivate).toHaveBeenCalledWith('sales-manager-north');
    await expect(north).toHaveAttribute('aria-selected', 'true');
  },
};

/** Roles without a holder: a dashed card with a "Vacant" badge, which is also in the accessible name. */
export const Vacancies: Story = {
  args: { org: generateOrg(24, 11, { vacancyRate: 0.35, name: 'Regional office' }), defaultExpandDepth: 3 },
  play: async ({ canvasElement }) => {
    const vacant = within(canvasElement).getAllByRole('treeitem', { name: /, Vacant/ });
    await expect(vacant.length).toBeGreaterThan(2);
    await expect(within(vacant[0]!).getByText('Vacant')).toBeVisible();
    await expect(vacant[0]).toHaveAttribute('data-vacant', '');
  },
};

const matrixOrg: Org = {
  name: 'Product group',
  people: [
    { id: 'p1', name: 'Ruth Adler' },
    { id: 'p2', name: 'Kenji Mori' },
    { id: 'p3', name: 'Ana Souza' },
    { id: 'p4', name: 'Idris Bello' },
    { id: 'p5', name: 'Mia Novak' },
    { id: 'p6', name: 'Leo Park' },
  ],
  roles: [
    { id: 'vp', title: 'VP Product', level: 'executive', holderIds: ['p1'] },
    { id: 'eng', title: 'Head of Engineering', level: 'director', reportsTo: 'vp', holderIds: ['p2'] },
    { id: 'design', title: 'Head of Design', level: 'director', reportsTo: 'vp', holderIds: ['p3'] },
    { id: 'fe', title: 'Frontend Lead', level: 'manager', reportsTo: 'eng', holderIds: ['p4'], dottedLineTo: ['design'] },
    { id: 'be', title: 'Backend Lead', level: 'manager', reportsTo: 'eng', holderIds: ['p5'] },
    { id: 'research', title: 'UX Researcher', level: 'representative', reportsTo: 'design', holderIds: ['p6'], dottedLineTo: ['fe'] },
    { id: 'writer', title: 'Content Designer', level: 'representative', reportsTo: 'design' },
  ],
};

/** Matrix reporting: dashed lines over the tree that never move it. */
export const DottedLines: Story = {
  args: { org: matrixOrg },
  play: async ({ canvasElement }) => {
    const dotted = canvasElement.querySelector('svg [data-kind="dotted"]');
    await expect(dotted).not.toBeNull();
    await expect(dotted!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
    await expect(canvasElement.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  },
};

/** Several roots side by side: a company and two independent offices. */
export const Forest: Story = {
  args: {
    org: {
      name: 'Group',
      roles: [
        { id: 'ceo', title: 'Chief Executive', level: 'executive' },
        { id: 'coo', title: 'Chief Operating Officer', level: 'director', reportsTo: 'ceo' },
        { id: 'cfo', title: 'Chief Financial Officer', level: 'director', reportsTo: 'ceo' },
        { id: 'audit', title: 'Head of Internal Audit', level: 'director' },
        { id: 'auditor', title: 'Auditor', reportsTo: 'audit' },
        { id: 'ombud', title: 'Ombudsperson', level: 'director' },
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const roots = within(canvasElement)
      .getAllByRole('treeitem')
      .filter((item) => item.getAttribute('aria-level') === '1');
    await expect(roots).toHaveLength(3);
    await expect(new Set(roots.map((r) => Math.round(r.getBoundingClientRect().top))).size).toBe(1);
  },
};

/** Levels run left to right; the expand knob sits on the edge the reports hang from. */
export const LeftToRight: Story = {
  args: { orientation: 'left-to-right', height: 640 },
  play: async ({ canvasElement }) => {
    const director = treeitem(canvasElement, /^Sales Director/).getBoundingClientRect();
    const north = treeitem(canvasElement, /^Sales Manager, North Region/).getBoundingClientRect();
    await expect(north.left).toBeGreaterThan(director.right);
  },
};

/** A right-to-left page: the chart mirrors (first report on the right) and ArrowLeft opens. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  args: { defaultExpandDepth: 1 },
  play: async ({ canvasElement }) => {
    const admin = treeitem(canvasElement, /^Head of Sales Administration/);
    const south = treeitem(canvasElement, /^Sales Manager, South Region/);
    await waitFor(() => expect(admin.getBoundingClientRect().left).toBeGreaterThan(south.getBoundingClientRect().left));
    admin.focus();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(admin).toHaveAttribute('aria-expanded', 'true');
  },
};

/** Dark theme: the same tokens, light text on dark cards. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { defaultSelectedId: 'sales-manager-east' },
};

/** Simplified Chinese: CJK titles clamp to two lines; the full title is in the accessible name. */
export const Chinese: Story = {
  globals: { locale: 'zh-CN' },
  args: {
    org: salesOrgZh,
    labels: {
      vacant: '空缺',
      reports: (_n, formatted) => `${formatted} 名下属`,
      tree: (name) => `${name}组织架构图`,
      expandAll: '全部展开',
      collapseAll: '全部收起',
      view: '视图',
      chartView: '图',
      listView: '列表',
    },
  },
};

/* ------------------------------------------------------------------ size and density */

const org300 = generateOrg(300, 4);

/**
 * 300 roles fully expanded in the normal layout: one very wide row per level. Past 150
 * visible roles only the window around the view is in the DOM; the keys still reach all.
 */
export const Normal300: Story = {
  args: { org: org300, defaultExpandDepth: Infinity, height: 560 },
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole('treeitem');
    await expect(items.length).toBeLessThan(120);
    const outline = outlineOrg(org300, { expandDepth: Infinity });
    await expect(outline.items).toHaveLength(300);
    items[0]!.focus();
    await userEvent.keyboard('{End}');
    const last = canvasElement.ownerDocument.activeElement;
    await expect(last).toHaveAttribute('data-role-id', outline.items[299]!.id);
    await expect(last).toHaveAttribute('aria-posinset', String(outline.items[299]!.posInSet));
  },
};

/** The same 300 roles in compact mode: teams of leaves stack in two columns under their manager. */
export const Compact300: Story = {
  args: { org: org300, defaultExpandDepth: Infinity, compact: true, height: 560 },
  play: async ({ canvasElement }) => {
    const items = within(canvasElement).getAllByRole('treeitem');
    await expect(items.length).toBeLessThan(120);
    // The grids are low in the chart: walk up from the last node to one in a grid; the view follows.
    const layout = layoutOrg(org300, { expandDepth: Infinity, compact: true });
    const last = layout.nodes.map((n) => n.placement).lastIndexOf('compact');
    items[0]!.focus();
    await userEvent.keyboard('{End}');
    for (let k = layout.nodes.length - 1; k > last; k--) await userEvent.keyboard('{ArrowUp}');
    await expect(canvasElement.ownerDocument.activeElement).toHaveAttribute('data-placement', 'compact');
    await waitFor(() => expect(canvasElement.querySelectorAll('[data-placement="compact"]').length).toBeGreaterThan(5));
  },
};

/** Collapsed to the roots: each closed node shows how many roles it hides. */
export const Collapsed: Story = {
  args: { org: org300, defaultExpandDepth: 1 },
  play: async ({ canvasElement }) => {
    const closed = within(canvasElement).getAllByRole('treeitem', { expanded: false });
    await expect(closed.length).toBeGreaterThan(0);
    await expect(closed[0]!.querySelector('[data-slot="org-chart-toggle"]')!.textContent).toMatch(/^\+\d+$/);
  },
};

/* ------------------------------------------------------------------ customising */

/** `renderNode` draws the content; rolekit keeps the tree item, keys and connectors. */
export const CustomRenderNode: Story = {
  args: {
    // At 100 %: the readable first view is judged on rolekit's card, not on this one.
    initialView: 'top',
    nodeSize: { width: 200, height: 64 },
    renderNode: (role: Role, state) => (
      <div
        style={{
          display: 'grid',
          alignContent: 'center',
          height: '100%',
          padding: '0 12px',
          borderRadius: 8,
          border: `2px solid ${state.selected ? '#1d4ed8' : '#0f766e'}`,
          background: state.vacant ? '#fffbeb' : '#f0fdfa',
          color: '#134e4a',
          fontSize: 13,
        }}
      >
        <strong style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{role.title}</strong>
        <span>{state.vacant ? 'Open position' : state.holders.map((p) => p.name).join(', ')}</span>
      </div>
    ),
  },
  play: async ({ canvasElement }) => {
    const director = treeitem(canvasElement, /^Sales Director/);
    await expect(within(director).getByText('Margaret Hale')).toBeVisible();
    await expect(director.getBoundingClientRect().width).toBe(200);
  },
};

/** The default card, decorated: a custom `renderNode` can wrap `OrgChartNode`, here to flag matrix roles. */
export const DecoratedDefaultNode: Story = {
  args: {
    org: matrixOrg,
    renderNode: (role: Role, state) => (
      <div style={{ position: 'relative', height: '100%' }}>
        <OrgChartNode role={role} state={state} />
        {role.dottedLineTo?.length ? (
          <span
            style={{
              position: 'absolute',
              insetBlockStart: 8,
              insetInlineEnd: 8,
              padding: '0 6px',
              borderRadius: 4,
              background: '#eff4ff',
              color: '#1d4ed8',
              fontSize: 11,
              fontWeight: 600,
            }}
          >
            Matrix
          </span>
        ) : null}
      </div>
    ),
  },
  play: async ({ canvasElement }) => {
    await expect(within(treeitem(canvasElement, /^Frontend Lead/)).getByText('Matrix')).toBeVisible();
    await expect(within(treeitem(canvasElement, /^Backend Lead/)).queryByText('Matrix')).toBeNull();
  },
};

/** The same org as an indented outline: the same tree semantics and keys, and what fits a phone. */
export const ListView: Story = {
  args: { view: 'list' },
  play: async ({ canvasElement }) => {
    const director = treeitem(canvasElement, /^Sales Director/);
    director.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(treeitem(canvasElement, /^Assistant to the Sales Director/)).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}{ArrowLeft}');
    await expect(director).toHaveAttribute('aria-expanded', 'false');
    await expect(within(canvasElement).getAllByRole('treeitem')).toHaveLength(1);
  },
};

/** A narrow phone screen: the list view. */
export const ListOnPhone: Story = {
  args: { defaultView: 'list' },
  decorators: [
    (Story) => (
      <div style={{ maxInlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
};

/** Controlled expansion and selection, plus the imperative handle. */
export const Controlled: Story = {
  render: function Render(args) {
    const [expanded, setExpanded] = useState<string[]>(['sales-director']);
    const [selected, setSelected] = useState<string | null>('sales-manager-east');
    const handle = useRef<OrgChartHandle>(null);
    return (
      <div style={{ display: 'grid', gap: 12 }}>
        <div style={{ display: 'flex', gap: 8 }}>
          <button type="button" onClick={() => void handle.current?.focusNode('rep-east-shanghai')}>
            Find the Shanghai dealer rep
          </button>
          <output>Selected: {selected ?? 'none'}</output>
        </div>
        <OrgChart
          {...args}
          handleRef={handle}
          expandedIds={expanded}
          onExpandedIdsChange={(ids) => {
            setExpanded(ids);
            args.onExpandedIdsChange?.(ids);
          }}
          selectedId={selected}
          onActivate={(id) => {
            setSelected(id);
            args.onActivate?.(id);
          }}
        />
      </div>
    );
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Find the Shanghai dealer rep' }));
    const rep = await canvas.findByRole('treeitem', { name: /^Dealer Sales Representative, Shanghai/ });
    await waitFor(() => expect(rep).toHaveFocus());
    await expect(args.onExpandedIdsChange).toHaveBeenCalledWith(['sales-director', 'sales-manager-east']);
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByText('Selected: rep-east-shanghai')).toBeVisible();
  },
};

/* ------------------------------------------------------------------ edge cases */

/**
 * "Show my team": `focusId` (here `defaultFocusId`) shows one role's team, `focusDepth`
 * levels open, under the path of its managers. Each step moves the focus up; "Whole
 * organisation" brings the rest back.
 */
export const FocusOnATeam: Story = {
  name: 'Focus on a team',
  args: { defaultFocusId: 'sales-manager-east', onFocusIdChange: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const path = canvas.getByRole('navigation', { name: 'Chain of command' });
    await expect(canvas.getAllByRole('treeitem')).toHaveLength(5);
    await expect(treeitem(canvasElement, /^Sales Manager, East Region/)).toHaveAttribute('aria-level', '1');
    await expect(within(path).getByText('Sales Manager, East Region')).toHaveAttribute('aria-current', 'location');
    await userEvent.click(within(path).getByRole('button', { name: 'Sales Director' }));
    await expect(args.onFocusIdChange).toHaveBeenCalledWith('sales-director');
    await waitFor(() => expect(treeitem(canvasElement, /^Sales Director/)).toHaveFocus());
    await userEvent.click(within(canvas.getByRole('navigation', { name: 'Chain of command' })).getByRole('button', { name: 'Whole organisation' }));
    await expect(args.onFocusIdChange).toHaveBeenLastCalledWith(null);
    await expect(canvas.queryByRole('navigation', { name: 'Chain of command' })).toBeNull();
    await expect(canvas.getAllByRole('treeitem')).toHaveLength(salesOrg.roles.length);
  },
};

/** Cycles, unknown managers and duplicate ids: a readable list of problems above what can still be drawn. */
export const ErrorState: Story = {
  args: {
    org: {
      name: 'Broken',
      roles: [
        { id: 'head', title: 'Head of Sales' },
        { id: 'a', title: 'Manager A', reportsTo: 'b' },
        { id: 'b', title: 'Manager B', reportsTo: 'a' },
        { id: 'c', title: 'Analyst', reportsTo: 'nobody' },
        { id: 'head', title: 'Second head' },
      ],
    },
  },
  play: async ({ canvasElement, args }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent(/^Part of this chart could not be shown\./);
    const details = alert.querySelector('details')!;
    await expect(within(details).getByText(/duplicate role id "head"/)).not.toBeVisible();
    await userEvent.click(within(alert).getByText('Details'));
    await expect(details).toHaveAttribute('open');
    await expect(within(details).getByText(/reporting lines form a cycle/)).toBeVisible();
    await expect(within(details).getByText(/no role has the id "nobody"/)).toBeVisible();
    await expect(within(canvasElement).getAllByRole('treeitem').length).toBeGreaterThan(0);
    await waitFor(() => expect(args.onError).toHaveBeenCalled());
  },
};

/** Not an org at all: the alert, never a blank box or a crash. */
export const Unreadable: Story = {
  args: { org: { name: 'Nope', roles: 'everyone' } as unknown as Org },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/^This chart could not be shown\./);
    await expect(within(canvasElement).queryByRole('tree')).toBeNull();
  },
};

/** An org with no roles yet. */
export const Empty: Story = {
  args: { org: { name: 'New department', roles: [] } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('There are no roles to show.')).toBeVisible();
  },
};

/** Every key of the tree table, played: Down, Right (open, then into), Left (to parent, then close), End, Home, type-ahead, `*`. */
export const Keyboard: Story = {
  args: { defaultExpandDepth: 1 },
  play: async ({ canvasElement }) => {
    const director = treeitem(canvasElement, /^Sales Director/);
    await userEvent.click(director);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const asd = treeitem(canvasElement, /^Assistant Sales Director/);
    await expect(asd).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    const admin = treeitem(canvasElement, /^Head of Sales Administration/);
    await userEvent.keyboard('{ArrowRight}');
    await expect(admin).toHaveAttribute('aria-expanded', 'true');
    await userEvent.keyboard('{ArrowRight}');
    await expect(treeitem(canvasElement, /^Sales Administrator/)).toHaveFocus();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    await expect(admin).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{End}');
    await expect(treeitem(canvasElement, /^Sales Manager, South Region/)).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect(director).toHaveFocus();
    // Type-ahead matches holders too: Olivia Grant heads Sales Administration.
    await userEvent.keyboard('o');
    await expect(admin).toHaveFocus();
    await userEvent.keyboard('*');
    await expect(treeitem(canvasElement, /^Sales Manager, North Region/)).toHaveAttribute('aria-expanded', 'true');
    await expect(admin).toHaveAttribute('aria-expanded', 'true');
  },
};

/* ------------------------------------------------------------------ at scale */

// Built on first use, not when the file loads: every story of this file shares the module.
const big = new Map<number, Org>();
const synthetic = (n: number) => big.get(n) ?? big.set(n, generateOrg(n, 1)).get(n)!;
const domSize = (el: Element) => el.getElementsByTagName('*').length;

/** 10,000 roles, opened two levels deep: drag to pan, Ctrl/⌘ + wheel or pinch to zoom, search by name. */
export const TenThousand: Story = {
  args: { height: 640 },
  render: (args) => <OrgChart {...args} org={synthetic(10_000)} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('tree')).toBeVisible();
    await expect(domSize(canvasElement)).toBeLessThan(2000);
  },
};

/** 10,000 roles fully expanded. Only what is in view is in the DOM; zoomed out, the boxes become marks on a canvas. */
export const TenThousandExpanded: Story = {
  args: { height: 640, defaultExpandDepth: Infinity },
  render: (args) => <OrgChart {...args} org={synthetic(10_000)} />,
  play: async ({ canvasElement }) => {
    await expect(domSize(canvasElement)).toBeLessThan(2000);
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Fit' }));
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="org-chart"]')).toHaveAttribute('data-detail', 'marks'));
    await expect(domSize(canvasElement)).toBeLessThan(2000);
  },
};

/** 100,000 roles, opened two levels deep. */
export const HundredThousand: Story = {
  args: { height: 640 },
  render: (args) => <OrgChart {...args} org={synthetic(100_000)} />,
  play: async ({ canvasElement }) => {
    await expect(domSize(canvasElement)).toBeLessThan(2000);
  },
};

/** 100,000 roles fully expanded: End walks to the last one, which is brought into view. */
export const HundredThousandExpanded: Story = {
  args: { height: 640, defaultExpandDepth: Infinity },
  render: (args) => <OrgChart {...args} org={synthetic(100_000)} />,
  play: async ({ canvasElement }) => {
    const first = within(canvasElement).getAllByRole('treeitem')[0]!;
    first.focus();
    await userEvent.keyboard('{End}');
    await expect(canvasElement.ownerDocument.activeElement).toHaveAttribute('aria-level');
    await expect(canvasElement.ownerDocument.activeElement).not.toBe(first);
    await expect(domSize(canvasElement)).toBeLessThan(2000);
  },
};

/** Search: type a name, title or department; Enter goes to the next match (expanding its managers), Shift+Enter back. */
export const Search: Story = {
  args: { defaultExpandDepth: 1, height: 480 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search' }), 'shanghai');
    // React renders the typed text when it gets to it, not inside the key event: wait for it.
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('1 match'));
    await userEvent.keyboard('{Enter}');
    const match = await canvas.findByRole('treeitem', { name: /Shanghai/ });
    await expect(match).toHaveAttribute('data-match', '');
    await expect(treeitem(canvasElement, /^Sales Director/)).toHaveAttribute('data-match-path', '');
  },
};

/** Zoom with the buttons (or + / − / 0 when the chart has focus). */
export const ZoomButtons: Story = {
  // Counts the steps from 100 %.
  args: { height: 420, initialView: 'top' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const layer = canvasElement.querySelector<HTMLElement>('[data-slot="org-chart-canvas"]')!;
    const scale = () => Number(/scale\(([\d.]+)\)/.exec(layer.style.transform)?.[1]);
    await userEvent.click(canvas.getByRole('button', { name: 'Zoom out' }));
    await waitFor(() => expect(scale()).toBeCloseTo(0.8));
    await userEvent.click(canvas.getByRole('button', { name: 'Zoom in' }));
    await waitFor(() => expect(scale()).toBeCloseTo(1));
    await userEvent.click(canvas.getByRole('button', { name: 'Fit' }));
    await waitFor(() => expect(scale()).toBeLessThan(1));
  },
};

/* ------------------------------------------------------------------ lazy loading, overview */

/** A fake server over a 2,000-role org: it sends a role's reports (each with its `reportCount`) after a short wait. */
function fakeServer(delay = 400) {
  const full = generateOrg(2_000, 6);
  const reportsOf = new Map<string, Role[]>();
  for (const role of full.roles) if (role.reportsTo) reportsOf.set(role.reportsTo, [...(reportsOf.get(role.reportsTo) ?? []), role]);
  const people = new Map((full.people ?? []).map((p) => [p.id, p]));
  const send = (roles: Role[]): Org => ({
    name: full.name,
    roles: roles.map((r) => ({ ...r, reportCount: reportsOf.get(r.id)?.length ?? 0 })),
    people: roles.flatMap((r) => (r.holderIds ?? []).map((id) => people.get(id)!)),
  });
  const root = full.roles[0]!;
  const first = send([root, ...(reportsOf.get(root.id) ?? [])]);
  const loadChildren = (id: string) =>
    new Promise<Org>((resolve) => setTimeout(() => resolve(send(reportsOf.get(id) ?? [])), delay));
  return { org: { ...first, name: 'Lazy-loaded org (2,000 roles on the server)' }, loadChildren };
}
const lazyServer = fakeServer();

/** `loadChildren`: only the top of the org is sent; each team loads when its manager is first opened. */
export const LazyLoaded: Story = {
  args: { org: lazyServer.org, loadChildren: lazyServer.loadChildren, height: 560 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const vp = canvas.getAllByRole('treeitem', { expanded: false })[0]!;
    vp.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(vp).toHaveAttribute('aria-expanded', 'true'), { timeout: 5000 });
    await expect(canvasElement.querySelectorAll('[role="treeitem"][aria-level="3"]').length).toBeGreaterThan(0);
  },
};

/**
 * Zoomed out to 15 % on 10,000 roles: the boxes are marks, each in its department's colour, vacant roles
 * pale with a dashed edge, the search's matches ("Director") solid with a ring. The minimap takes the
 * chart's shape (a strip: the org is some 1,800 times wider than tall); drag its marker to move the view.
 */
export const ZoomedOut: Story = {
  args: { height: 560, minimap: true, defaultExpandDepth: Infinity, defaultQuery: 'Director', initialView: { roleId: 'r1', scale: 0.15 } },
  render: (args) => <OrgChart {...args} org={synthetic(10_000)} />,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="org-chart"]')).toHaveAttribute('data-detail', 'marks'));
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="org-chart-minimap"]')).not.toBeNull());
    await expect(domSize(canvasElement)).toBeLessThan(2000);
  },
};

/** The mini-map: the whole chart, in its shape, with the visible area; drag the marker, or press anywhere in it, to move the view. */
export const WithMinimap: Story = {
  args: { height: 560, minimap: true, defaultExpandDepth: Infinity },
  render: (args) => <OrgChart {...args} org={synthetic(10_000)} />,
  play: async ({ canvasElement }) => {
    // The minimap loads on demand, just after the chart's first paint.
    await waitFor(() => expect(canvasElement.querySelector('[data-slot="org-chart-minimap"]')).not.toBeNull());
  },
};

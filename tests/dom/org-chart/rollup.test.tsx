import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OrgChart, RolekitProvider, type Org, type OrgChartProps } from '../../../src';
import { rollupOrg } from '../../../src/model';
import { zhCN } from '../../../src/locales/zh-CN';
import { expectNoAxeViolations } from '../../support/axe';

const rollupOf = (item: HTMLElement) => item.querySelector('[data-slot="org-chart-rollup"]')?.textContent ?? null;
const node = (title: string) => screen.getByRole('treeitem', { name: new RegExp(`^${title},`) });

describe('OrgChart headcount roll-ups', () => {
  describe('given a rollup', () => {
    it('shows the people and open positions below a manager on its card', () => {
      render(<Chart />);
      expect(rollupOf(node('Head of Sales'))).toBe('4 people · 2 open');
      expect(rollupOf(node('Team Lead North'))).toBe('2 people · 1 open');
    });

    it('shows nothing under a role with nobody below it', () => {
      render(<Chart />);
      expect(rollupOf(node('Rep 1'))).toBeNull();
    });

    it('reads the figures as the treeitem’s description, keeping its name', async () => {
      const { container } = render(<Chart />);
      expect(node('Head of Sales')).toHaveAccessibleName('Head of Sales, Ada King, Sales, 3 reports');
      expect(node('Head of Sales')).toHaveAccessibleDescription('4 people and 2 open');
      await expectNoAxeViolations(container);
    });

    it('reads them in Chinese, numbers as the locale writes them', () => {
      render(
        <RolekitProvider locale="zh-CN" labels={zhCN}>
          <Chart />
        </RolekitProvider>,
      );
      expect(rollupOf(node('Head of Sales'))).toBe('4 人 · 2 个空缺');
      expect(node('Head of Sales')).toHaveAccessibleDescription('4 人和2 个空缺');
    });

    it('groups large counts through Intl', () => {
      const roles = [{ id: 'top', title: 'Top' }, ...Array.from({ length: 1200 }, (_, i) => ({ id: `v${i}`, title: `Open ${i}`, reportsTo: 'top' }))];
      const big: Org = { name: 'Big', roles };
      render(<OrgChart org={big} rollup={rollupOrg(big)} defaultExpandDepth={0} />);
      expect(rollupOf(node('Top'))).toBe('0 people · 1,200 open');
    });

    it('shows them at the end of each row in the list view', async () => {
      render(<Chart />);
      await userEvent.click(screen.getByRole('button', { name: 'List' }));
      const row = node('Head of Sales');
      expect(row).toHaveAttribute('data-slot', 'org-chart-list-item');
      expect(rollupOf(row)).toBe('4 people · 2 open');
      expect(row).toHaveAccessibleDescription('4 people and 2 open');
    });

    it('leaves a custom renderNode to draw them, from its state', () => {
      render(<Chart renderNode={(role, state) => <span>{`${role.title}: ${state.rollup?.headcount ?? 0} below`}</span>} />);
      expect(screen.getByText('Head of Sales: 4 below')).toBeInTheDocument();
      expect(document.querySelector('[data-slot="org-chart-rollup"]')).toBeNull();
      expect(screen.getByRole('treeitem', { name: 'Head of Sales: 4 below' })).toHaveAccessibleDescription('4 people and 2 open');
    });
  });

  describe('given no rollup', () => {
    it('shows no roll-up line and no description for it', () => {
      render(<Chart rollup={undefined} />);
      expect(document.querySelector('[data-slot="org-chart-rollup"]')).toBeNull();
      expect(node('Head of Sales')).toHaveAccessibleDescription('');
    });
  });

  describe('given spanWarning', () => {
    it('flags a manager whose span of control is above it, assistants aside', () => {
      render(<Chart spanWarning={1} />);
      // Head of Sales: three reports, one an assistant, so a span of 2.
      expect(node('Head of Sales')).toHaveAttribute('data-wide-span');
      expect(node('Team Lead North')).toHaveAttribute('data-wide-span');
      expect(node('Team Lead South')).not.toHaveAttribute('data-wide-span');
    });

    it('does not flag a span equal to it', () => {
      render(<Chart spanWarning={2} />);
      expect(node('Head of Sales')).not.toHaveAttribute('data-wide-span');
    });

    it('says the wide span in the description, in words', async () => {
      const { container } = render(<Chart spanWarning={1} />);
      expect(node('Head of Sales')).toHaveAccessibleDescription('4 people and 2 open. Wide span of control: 2 direct reports');
      await expectNoAxeViolations(container);
    });

    it('says it in Chinese too', () => {
      render(
        <RolekitProvider locale="zh-CN" labels={zhCN}>
          <Chart spanWarning={1} rollup={undefined} />
        </RolekitProvider>,
      );
      expect(node('Head of Sales')).toHaveAccessibleDescription('管理幅度过宽：2 名直接下属');
    });

    it('works without a rollup', () => {
      render(<Chart spanWarning={1} rollup={undefined} />);
      expect(node('Head of Sales')).toHaveAttribute('data-wide-span');
      expect(node('Head of Sales')).toHaveAccessibleDescription('Wide span of control: 2 direct reports');
    });
  });
});

/* -------------------------------------------------------------------------------------------------
 * Fixture
 * -----------------------------------------------------------------------------------------------*/

// head (Ada) ─┬─ assistant (Bo, assistant)
//             ├─ north (Cy) ─┬─ rep1 (Di) ; rep2 (Eve) ; rep3 (vacant)
//             └─ south (vacant)
const org: Org = {
  name: 'Roll-up',
  people: ['Ada King', 'Bo Lee', 'Cy Park', 'Di Shaw', 'Eve Ng'].map((name, i) => ({ id: `p${i}`, name })),
  roles: [
    { id: 'head', title: 'Head of Sales', department: 'Sales', holderIds: ['p0'] },
    { id: 'assistant', title: 'Assistant', reportsTo: 'head', assistant: true, holderIds: ['p1'] },
    { id: 'north', title: 'Team Lead North', reportsTo: 'head', holderIds: ['p2'] },
    { id: 'south', title: 'Team Lead South', reportsTo: 'head' },
    { id: 'rep1', title: 'Rep 1', reportsTo: 'north', holderIds: ['p3'] },
    { id: 'rep2', title: 'Rep 2', reportsTo: 'north', holderIds: ['p4'] },
    { id: 'rep3', title: 'Rep 3', reportsTo: 'north' },
  ],
};

function Chart(props: Partial<OrgChartProps>) {
  return <OrgChart org={org} rollup={rollupOrg(org)} defaultExpandDepth={Infinity} {...props} />;
}

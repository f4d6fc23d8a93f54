import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { OrgChart, RolekitProvider, type Org } from '../../../src';
import { zhCN } from '../../../src/locales/zh-CN';
import { salesOrg, salesOrgZh } from '../../../src/examples';

/**
 * WCAG 2.5.3 (label in name) for every node, deterministically: what axe's
 * label-content-name-mismatch checks only for what it guesses is on screen (see
 * tests/support/axeRules.ts). A node's name is the card's texts in the order they are
 * shown, then what its knob shows in words.
 */
function shownTexts(item: HTMLElement): string[] {
  const card = item.querySelector<HTMLElement>('[data-slot="org-chart-card"]')!;
  return [...card.children].filter((part) => part.tagName !== 'IMG').map((part) => part.textContent!);
}
const knob = (item: HTMLElement) => item.querySelector('[data-slot="org-chart-toggle"]')?.textContent ?? '';

function expectEveryNameToSayWhatIsShown(hidden: (count: string) => string) {
  const items = screen.getAllByRole('treeitem');
  expect(items.length).toBeGreaterThan(1);
  for (const item of items) {
    const shown = shownTexts(item);
    expect(shown.every(Boolean), item.getAttribute('data-role-id')!).toBe(true);
    // A closed node's knob shows "+3": its name says "3 roles hidden".
    const count = /^\+(.+)$/.exec(knob(item))?.[1];
    expect(item.getAttribute('aria-label')).toBe([...shown, ...(count ? [hidden(count)] : [])].join(', '));
  }
}

describe('OrgChart node names (label in name, every node)', () => {
  it.each([
    ['fully expanded', Infinity],
    ['with closed branches', 1],
  ])('say what each card shows, in its order: the sample org %s', (_label, depth) => {
    render(<OrgChart org={salesOrg} defaultExpandDepth={depth} />);
    expectEveryNameToSayWhatIsShown((count) => `${count} role${count === '1' ? '' : 's'} hidden`);
  });

  it('do so in Chinese too', () => {
    render(
      <RolekitProvider locale="zh-CN" labels={zhCN}>
        <OrgChart org={salesOrgZh} defaultExpandDepth={1} />
      </RolekitProvider>,
    );
    expectEveryNameToSayWhatIsShown((count) => `${count} 个职位已收起`);
  });

  it('name a vacancy and several holders as shown', () => {
    const org: Org = {
      name: 'Shared',
      roles: [
        { id: 'head', title: 'Head of Sales', holderIds: ['a', 'b'], department: 'Sales' },
        { id: 'open', title: 'Account Manager', reportsTo: 'head' },
      ],
      people: [
        { id: 'a', name: 'Lucy Hart' },
        { id: 'b', name: 'Ben Carter' },
      ],
    };
    render(<OrgChart org={org} />);
    expectEveryNameToSayWhatIsShown(() => '');
    expect(screen.getByRole('treeitem', { name: 'Head of Sales, Lucy Hart and Ben Carter, Sales, 1 report' })).toBeInTheDocument();
    expect(screen.getByRole('treeitem', { name: 'Account Manager, Vacant' })).toBeInTheDocument();
  });
});

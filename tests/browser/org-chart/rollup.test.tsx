import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { OrgChart, RolekitProvider } from '../../../src';
import { rollupOrg } from '../../../src/model';
import { zhCN } from '../../../src/locales/zh-CN';
import { salesOrg, salesOrgZh } from '../../../src/examples';
import '../../../src/styles.css';

/** The roll-up line sits inside the box, below every row of the card and above the knob. */
async function expectRollupInPlace(name: RegExp) {
  const node = await screen.findByRole('treeitem', { name });
  const line = node.querySelector<HTMLElement>('[data-slot="org-chart-rollup"]')!;
  const box = node.getBoundingClientRect();
  const r = line.getBoundingClientRect();
  expect(r.height).toBeGreaterThan(0);
  expect(r.left).toBeGreaterThanOrEqual(box.left);
  expect(r.right).toBeLessThanOrEqual(box.right);
  for (const part of node.querySelectorAll('[data-slot="org-chart-card"] > span')) expect(part.getBoundingClientRect().bottom).toBeLessThanOrEqual(r.top + 1);
  const knob = node.querySelector('[data-slot="org-chart-toggle"]');
  if (knob) expect(r.bottom).toBeLessThanOrEqual(knob.getBoundingClientRect().top + 1);
  // One line, not cut: the figures are short.
  expect(line.scrollWidth).toBeLessThanOrEqual(line.clientWidth);
  return line;
}

describe('OrgChart roll-up line in a real layout', () => {
  it('fits under the card’s rows and above the knob', async () => {
    render(<OrgChart org={salesOrg} rollup={rollupOrg(salesOrg)} aria-label="Sales" height={420} />);
    await expectRollupInPlace(/^Sales Director/);
  });

  it('does so on a right-to-left page, starting on the right', async () => {
    render(
      <div dir="rtl" style={{ width: 900 }}>
        <OrgChart org={salesOrg} rollup={rollupOrg(salesOrg)} aria-label="Sales" height={420} />
      </div>,
    );
    const line = await expectRollupInPlace(/^Sales Director/);
    const node = line.closest('[role="treeitem"]')!.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(line);
    // The text hugs the box's right (start) side.
    expect(node.right - range.getBoundingClientRect().right).toBeLessThan(node.width / 2);
  });

  it('does so in Chinese', async () => {
    render(
      <RolekitProvider locale="zh-CN" labels={zhCN}>
        <OrgChart org={salesOrgZh} rollup={rollupOrg(salesOrgZh)} aria-label="销售" height={420} />
      </RolekitProvider>,
    );
    const top = salesOrgZh.roles[0]!.title;
    const line = await expectRollupInPlace(new RegExp(`^${top}`));
    expect(line.textContent).toMatch(/^\d+ 人/);
  });
});

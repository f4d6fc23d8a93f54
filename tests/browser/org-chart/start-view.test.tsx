import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { OrgChart, type OrgChartProps } from '../../../src';
import { generateOrg, salesOrg } from '../../../src/examples';
import { expectNoAxeViolations } from '../../support/axe';
import '../../../src/styles.css';

const viewport = () => document.querySelector<HTMLElement>('[data-slot="org-chart-viewport"]')!.getBoundingClientRect();
const item = (id: string) => document.querySelector<HTMLElement>(`[data-role-id="${id}"]`)!;
const items = () => [...document.querySelectorAll<HTMLElement>('[role="treeitem"]')];
/** The scale the chart is drawn at, as the browser applies it. */
const scale = () => new DOMMatrix(getComputedStyle(document.querySelector('[data-slot="org-chart-canvas"]')!).transform).a;
const inside = (el: HTMLElement) => {
  const v = viewport();
  const b = el.getBoundingClientRect();
  return b.left >= v.left - 0.5 && b.right <= v.right + 0.5 && b.top >= v.top - 0.5 && b.bottom <= v.bottom + 0.5;
};
/** The rendered size of the card's title text, in CSS pixels. */
const titlePx = (id: string) => parseFloat(getComputedStyle(item(id).querySelector('.rk-org-chart-title')!).fontSize) * scale();

describe('OrgChart first view (real Chromium)', () => {
  describe('given the sample org, one level open, in a 1280 px page', () => {
    it('opens with its whole width on screen and its text legible, with no handle or effect', async () => {
      const { container } = render(<Fixture width={1280} defaultExpandDepth={1} />);
      expect(items()).toHaveLength(7);
      for (const el of items()) expect(inside(el)).toBe(true);
      expect(scale()).toBeGreaterThan(0.9);
      expect(titlePx('sales-director')).toBeGreaterThanOrEqual(10);
      await expectNoAxeViolations(container);
    });
  });

  describe('given the sample org fully open, too wide to read fitted', () => {
    it('opens on its top at the readable scale, centred', () => {
      render(<Fixture width={1280} />);
      expect(scale()).toBeCloseTo(0.72);
      expect(titlePx('sales-director')).toBeGreaterThanOrEqual(10);
      const v = viewport();
      const top = item('sales-director').getBoundingClientRect();
      expect(inside(item('sales-director'))).toBe(true);
      expect((top.left + top.right) / 2).toBeCloseTo((v.left + v.right) / 2, 0);
      // No empty band above the chart: the top row sits just inside the padding.
      expect(top.top - v.top).toBeLessThan(30);
    });

    it('on a 390 px phone too', () => {
      render(<Fixture width={390} />);
      expect(scale()).toBeCloseTo(0.72);
      expect(inside(item('sales-director'))).toBe(true);
    });

    it('shows the selected role, deep in the chart', () => {
      render(<Fixture width={600} defaultSelectedId="rep-south-guangzhou" />);
      expect(inside(item('rep-south-guangzhou'))).toBe(true);
      expect(scale()).toBeCloseTo(0.72);
    });
  });

  describe('given 100,000 roles, two levels open', () => {
    it('opens on the top row, not an empty band', () => {
      render(<Fixture width={1280} org={generateOrg(100_000, 1)} height={640} />);
      const root = items().find((el) => el.getAttribute('aria-level') === '1')!;
      expect(inside(root)).toBe(true);
      expect(root.getBoundingClientRect().top - viewport().top).toBeLessThan(30);
    });
  });

  describe('given initialView', () => {
    it("'fit' shows the whole chart", () => {
      render(<Fixture width={900} initialView="fit" />);
      for (const el of items()) expect(inside(el)).toBe(true);
      expect(scale()).toBeLessThan(0.72);
    });

    it("'top' shows the top role at 100 %, whatever is selected", () => {
      render(<Fixture width={900} initialView="top" defaultSelectedId="rep-south-guangzhou" />);
      expect(scale()).toBe(1);
      expect(inside(item('sales-director'))).toBe(true);
      expect(inside(item('rep-south-guangzhou'))).toBe(false);
    });

    it("'selected' centres the selected role at 100 %", () => {
      render(<Fixture width={900} initialView="selected" defaultSelectedId="sales-manager-east" />);
      expect(scale()).toBe(1);
      const v = viewport();
      const b = item('sales-manager-east').getBoundingClientRect();
      expect((b.left + b.right) / 2).toBeCloseTo((v.left + v.right) / 2, 0);
    });

    it('{ roleId, scale } opens on that role at that scale', () => {
      render(<Fixture width={900} initialView={{ roleId: 'rep-south-guangzhou', scale: 0.5 }} />);
      expect(scale()).toBe(0.5);
      expect(inside(item('rep-south-guangzhou'))).toBe(true);
    });

    it('{ roleId } of a hidden role opens on the tab stop', () => {
      render(<Fixture width={900} defaultExpandDepth={1} initialView={{ roleId: 'rep-south-guangzhou' }} />);
      expect(document.querySelector('[data-role-id="rep-south-guangzhou"]')).toBeNull();
      expect(scale()).toBe(1);
      expect(inside(item('sales-director'))).toBe(true);
    });
  });
});

function Fixture({ width, ...props }: Partial<OrgChartProps> & { width: number }) {
  return (
    <div style={{ width }}>
      <OrgChart org={salesOrg} defaultExpandDepth={Infinity} dir="ltr" toolbar={false} {...props} />
    </div>
  );
}

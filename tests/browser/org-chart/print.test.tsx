import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { act, render } from '@testing-library/react';
import { OrgChart, outlineOrg, type Org, type OrgChartProps } from '../../../src';
import { generateOrg } from '../../../src/examples';
import { paperFeature } from '../../../src/org-chart/print/feature';
import '../../../src/styles.css';

const treeitems = () => document.querySelectorAll<HTMLElement>('[role="treeitem"]');
const viewport = () => document.querySelector<HTMLElement>('[data-slot="org-chart-viewport"]')!;

/** What the browser does when the user prints: beforeprint, then the page laid out for print media. */
async function startPrinting() {
  act(() => {
    dispatchEvent(new Event('beforeprint'));
  });
  await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
  await frames();
}

async function stopPrinting() {
  await cdp().send('Emulation.setEmulatedMedia', { media: '' });
  act(() => {
    dispatchEvent(new Event('afterprint'));
  });
  await frames();
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

afterEach(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { media: '' });
});

describe('OrgChart printing (real Chromium, print media)', () => {
  it('prints every node of a virtualised chart, fitted to the page width, and goes back to a window after', async () => {
    const org = generateOrg(300, 3);
    const titles = outlineOrg(org, { expandDepth: Infinity }).items.map((item) => item.role.title);
    render(<Fixture org={org} minimap />);
    // The minimap loads on demand, just after the first paint.
    await expect.poll(() => document.querySelector('[data-slot="org-chart-minimap"]')).not.toBeNull();
    const first = treeitems()[0]!;
    first.focus();
    expect(treeitems().length).toBeLessThan(120);

    await startPrinting();
    const printed = [...treeitems()];
    expect(printed).toHaveLength(titles.length);
    for (const title of titles) expect(printed.some((el) => el.textContent!.includes(title))).toBe(true);
    // Fitted: the chart is at most a page wide (1000 CSS px) and every box lies inside the viewport.
    const v = viewport().getBoundingClientRect();
    expect(v.width).toBeLessThanOrEqual(1001);
    for (const el of printed) {
      const b = el.getBoundingClientRect();
      expect(b.width).toBeGreaterThan(0);
      expect(b.left).toBeGreaterThanOrEqual(v.left - 0.5);
      expect(b.right).toBeLessThanOrEqual(v.left + 1000.5);
      expect(b.top).toBeGreaterThanOrEqual(v.top - 0.5);
      expect(b.bottom).toBeLessThanOrEqual(v.bottom + 0.5);
    }
    // Navigation aids stay off the page.
    expect(getComputedStyle(document.querySelector('[data-slot="org-chart-toolbar"]')!).display).toBe('none');
    expect(getComputedStyle(document.querySelector('[data-slot="org-chart-minimap"]')!).display).toBe('none');
    // The user's place survives: the same node still has focus.
    expect(document.activeElement).toBe(first);

    await stopPrinting();
    expect(treeitems().length).toBeLessThan(120);
    expect(document.activeElement).toBe(first);
  });

  it('prints every row of a virtualised list view', async () => {
    const org = generateOrg(300, 3);
    render(<Fixture org={org} defaultView="list" />);
    expect(treeitems().length).toBeLessThan(120);
    await startPrinting();
    expect(treeitems()).toHaveLength(300);
    // Rows in flow, one under another, not stacked on top of each other.
    const tops = [...treeitems()].map((el) => el.getBoundingClientRect().top);
    for (let k = 1; k < tops.length; k++) expect(tops[k]!).toBeGreaterThan(tops[k - 1]!);
    await stopPrinting();
    expect(treeitems().length).toBeLessThan(120);
  });

  it("prints a big virtualised chart as paper's pages in place of its on-screen window", async () => {
    const org = generateOrg(12_000, 5);
    render(<Fixture org={org} defaultExpandDepth={4} />);
    expect(document.querySelector('.rk-org-chart[data-virtual]')).not.toBeNull();
    // Paper's chunk arrives after mount; its controller is made once it has.
    await paperFeature.load();
    await new Promise((resolve) => setTimeout(resolve, 1700));
    await startPrinting();
    // No DOM explosion: the live chart keeps its window of nodes.
    expect(treeitems().length).toBeLessThan(120);
    const pages = [...document.querySelectorAll<HTMLElement>('[data-slot="org-chart-print-page"]')];
    expect(pages.length).toBeGreaterThan(0);
    // On paper the pages show and the on-screen window does not.
    expect(pages[0]!.getBoundingClientRect().width).toBeGreaterThan(100);
    expect(viewport().getBoundingClientRect().height).toBe(0);
    await stopPrinting();
    expect(document.querySelector('[data-slot="org-chart-print"]')).toBeNull();
  }, 60_000);
});

function Fixture(props: Partial<OrgChartProps> & { org: Org }) {
  return (
    <div style={{ width: 800 }}>
      <OrgChart defaultExpandDepth={Infinity} height={400} dir="ltr" {...props} />
    </div>
  );
}

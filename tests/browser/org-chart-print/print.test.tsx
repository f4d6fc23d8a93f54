import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { createRef } from 'react';
import { PDFDocument } from 'pdf-lib';
import { OrgChart, type Org, type OrgChartHandle } from '../../../src';
import { generateOrg } from '../../../src/examples';
import { paperFeature } from '../../../src/org-chart/print/feature';
import '../../../src/styles.css';

afterEach(cleanup);

/** The chart as paper will print it: the print chunk loaded, then the browser's beforeprint. */
async function printInPlace(org: Org) {
  const handle = createRef<OrgChartHandle>();
  const { container } = render(<OrgChart org={org} defaultExpandDepth={Infinity} minimap handleRef={handle} />);
  await paperFeature.load();
  // The hook makes its controller when the chunk arrives; print once it has.
  await new Promise((r) => setTimeout(r, 1700));
  dispatchEvent(new Event('beforeprint'));
  return container.querySelector<HTMLElement>('[data-slot="org-chart-print"]');
}

describe('printing an org chart (real Chromium, print media rules)', () => {
  describe('given a team that fits one A4 page at 7 pt', () => {
    const team: Org = { name: 'Team', roles: [{ id: 'a', title: 'Lead' }, ...[1, 2, 3].map((i) => ({ id: `b${i}`, title: `Engineer ${i}`, reportsTo: 'a' }))] };
    it('prints one page, the pages in place of the live chart', async () => {
      const print = await printInPlace(team);
      expect(print).not.toBeNull();
      expect(print!.querySelectorAll('[data-slot="org-chart-print-page"]')).toHaveLength(1);
      expect(print!.textContent).toContain('Engineer 3');
      // The chart's own parts are hidden on paper by the print rules keyed on this attribute.
      expect(print!.parentElement!.hasAttribute('data-rk-print-host')).toBe(true);
      dispatchEvent(new Event('afterprint'));
      expect(document.querySelector('[data-slot="org-chart-print"]')).toBeNull();
    });
  });

  describe('given 1,000 roles fully expanded', () => {
    it('prints a book with continuation marks, headings and an index, in a small DOM', async () => {
      const org = generateOrg(1000);
      const print = await printInPlace(org);
      expect(print).not.toBeNull();
      const pages = print!.querySelectorAll('[data-slot="org-chart-print-page"]');
      expect(pages.length).toBeGreaterThan(5);
      const text = print!.textContent!;
      expect(text).toMatch(/continued on page \d+/);
      expect(text).toMatch(/from page \d+: /);
      expect(pages[pages.length - 1]!.textContent).toContain('Index');
      // Every role's title is on paper (the index names holders; the cards, titles).
      const elements = print!.getElementsByTagName('*').length;
      expect(elements / 1000).toBeLessThan(14);
      dispatchEvent(new Event('afterprint'));
    });
  });

  describe('given 1,000 roles and toPDF()', () => {
    it('resolves with a paginated PDF, the same pages paper prints', async () => {
      const handle = createRef<OrgChartHandle>();
      render(<OrgChart org={generateOrg(1000)} defaultExpandDepth={Infinity} handleRef={handle} />);
      const pdf = await handle.current!.toPDF();
      expect(pdf.type).toBe('application/pdf');
      const bytes = new Uint8Array(await pdf.arrayBuffer());
      expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
      // Read back with pdf-lib itself: a book of several pages, not one unreadable sheet.
      const doc = await PDFDocument.load(bytes);
      expect(doc.getPageCount()).toBeGreaterThan(10);
    });
  });
});

import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { OrgChart } from '../../../src';
import { salesOrg } from '../../../src/examples';
import '../../../src/styles.css';

describe('OrgChart on a right-to-left page without a dir prop', () => {
  it('shows the selected role inside the chart once the page direction is known', async () => {
    render(
      <div dir="rtl" style={{ width: 900 }}>
        <OrgChart org={salesOrg} aria-label="Sales" defaultSelectedId="assistant-sales-director" height={420} />
      </div>,
    );
    const tree = screen.getByRole('tree', { name: 'Sales' });
    const node = await screen.findByRole('treeitem', { name: /Assistant Sales Director/ });
    const viewport = tree.closest('[data-slot="org-chart-viewport"]')!.getBoundingClientRect();
    await waitFor(() => {
      const box = node.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(viewport.left);
      expect(box.right).toBeLessThanOrEqual(viewport.right);
      // It is the director's first report, so mirrored it is the right-most box: the view
      // must not leave an empty band to its right (as a left-to-right first layout would).
      expect(viewport.right - box.right).toBeLessThan(viewport.width / 3);
    });
    // Mirrored: the director (first report's manager) sits to the left of its first report.
    const director = screen.getByRole('treeitem', { name: /^Sales Director/ });
    expect(director.getBoundingClientRect().left).toBeLessThan(node.getBoundingClientRect().left);
  });
});

describe('OrgChart text on a right-to-left page', () => {
  it('keeps a left-to-right phrase in its own order: "6 reports", not "reports 6"', async () => {
    render(
      <div dir="rtl" style={{ width: 900 }}>
        <OrgChart org={salesOrg} aria-label="Sales" defaultExpandDepth={1} height={420} />
      </div>,
    );
    const director = await screen.findByRole('treeitem', { name: /^Sales Director/ });
    const text = [...director.querySelectorAll('.rk-org-chart-reports')].map((el) => el.textContent)[0]!;
    expect(text).toBe('6 reports');
    const walker = document.createTreeWalker(director.querySelector('.rk-org-chart-reports')!, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode() as Text;
    const rectOf = (from: number, to: number) => {
      const range = document.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      return range.getBoundingClientRect();
    };
    // The digit is drawn left of the word, as in any left-to-right text.
    expect(rectOf(0, 1).left).toBeLessThan(rectOf(2, 9).left);
    // And the card still reads from the right: the title hugs the card's right edge.
    const title = director.querySelector('[data-slot="org-chart-title"]')!.getBoundingClientRect();
    const card = director.querySelector('[data-slot="org-chart-card"]')!.getBoundingClientRect();
    expect(card.right - title.right).toBeLessThan(card.width / 4);
  });
});

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

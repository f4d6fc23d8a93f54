import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { cleanup, render } from '@testing-library/react';
import { OrgChart, type Org } from '../../../src';
import { generateOrg } from '../../../src/examples';
import { paperFeature } from '../../../src/org-chart/print/feature';
import { defineRolekitElements } from '../../../src/elements';
import '../../../src/styles.css';

afterEach(async () => {
  dispatchEvent(new Event('afterprint'));
  await commands.emulateMedia(null);
  cleanup();
});

/** The print chunk loaded and the chart's controller made (1.5 s after mount), then beforeprint. */
async function beforePrint() {
  await paperFeature.load();
  await new Promise((r) => setTimeout(r, 1700));
  dispatchEvent(new Event('beforeprint'));
}

/** Rendered (no display:none on it or above it). */
const shown = (el: Element | null) => !!el && el.checkVisibility();

describe('a chart printed in place, under print media (real Chromium)', () => {
  describe('given a host that boxes the chart in a fixed 1280×500 scrolling panel', () => {
    const org: Org = generateOrg(300);
    function mountBoxed() {
      return render(
        <main data-testid="panel" style={{ width: 1280, height: 500, overflow: 'auto' }}>
          <section data-testid="card" style={{ width: 1280, height: 480, overflow: 'hidden' }}>
            <OrgChart org={org} defaultExpandDepth={Infinity} minimap />
          </section>
        </main>,
      );
    }

    it('shows paper\'s pages and none of the live chart', async () => {
      const { container } = mountBoxed();
      await beforePrint();
      await commands.emulateMedia('print');
      const pages = container.querySelectorAll('[data-slot="org-chart-print-page"]');
      expect(pages.length).toBeGreaterThan(1);
      expect([...pages].every(shown)).toBe(true);
      expect(shown(container.querySelector('[data-slot="org-chart-toolbar"]'))).toBe(false);
      expect(shown(container.querySelector('[data-slot="org-chart-minimap"]'))).toBe(false);
      expect(shown(container.querySelector('[role="tree"]'))).toBe(false);
    });

    it('lets every box around the chart grow and stop scrolling, so no page is clipped or shrunk', async () => {
      const { getByTestId } = mountBoxed();
      await beforePrint();
      await commands.emulateMedia('print');
      for (const box of [getByTestId('panel'), getByTestId('card')]) {
        const style = getComputedStyle(box);
        expect(style.overflow).toBe('visible');
        // No fixed width wider than paper (Chromium would shrink every page to fit it).
        expect(style.width).not.toBe('1280px');
        expect(box.scrollHeight).toBeLessThanOrEqual(box.clientHeight + 1);
      }
    });

    it('gives the boxes back their own size on screen after printing', async () => {
      const { getByTestId } = mountBoxed();
      await beforePrint();
      await commands.emulateMedia('print');
      dispatchEvent(new Event('afterprint'));
      await commands.emulateMedia(null);
      expect(getComputedStyle(getByTestId('panel')).width).toBe('1280px');
      expect(getComputedStyle(getByTestId('card')).overflow).toBe('hidden');
    });
  });

  describe('given <rolekit-org-chart> (its chart in a shadow root) in a fixed 1280 px box', () => {
    it('prints paper\'s pages in place of the live chart, and un-boxes the page', async () => {
      defineRolekitElements();
      const box = document.createElement('div');
      box.style.cssText = 'width:1280px;height:400px;overflow:auto';
      const chart = document.createElement('rolekit-org-chart');
      chart.org = generateOrg(300);
      chart.setAttribute('expand-depth', '99');
      box.append(chart);
      document.body.append(box);
      try {
        await expect.poll(() => chart.shadowRoot?.querySelector('[role="tree"]')).toBeTruthy();
        await beforePrint();
        await commands.emulateMedia('print');
        const root = chart.shadowRoot!;
        const pages = root.querySelectorAll('[data-slot="org-chart-print-page"]');
        expect(pages.length).toBeGreaterThan(1);
        expect([...pages].every(shown)).toBe(true);
        expect(shown(root.querySelector('[role="tree"]'))).toBe(false);
        expect(shown(root.querySelector('[data-slot="org-chart-toolbar"]'))).toBe(false);
        expect(getComputedStyle(box).overflow).toBe('visible');
        expect(getComputedStyle(box).width).not.toBe('1280px');
      } finally {
        box.remove();
      }
    });
  });
});

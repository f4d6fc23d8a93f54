import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
// Testing Library's act marks the act environment for its own duration (React's alone warns it is not set).
import { act } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { hydrateRoot, type Root } from 'react-dom/client';
import { OrgChart, type OrgChartProps } from '../../../src';
import { salesOrg } from '../../../src/examples';
import '../../../src/styles.css';

describe('OrgChart hydration (real Chromium)', () => {
  let root: Root | undefined;
  let host: HTMLElement | undefined;
  afterEach(() => {
    act(() => root?.unmount());
    host?.remove();
  });

  describe('given server HTML of the chart', () => {
    it('hydrates without a mismatch, nothing moves, and the keys work', async () => {
      const errors = vi.spyOn(console, 'error');
      const element = (
        <div style={{ width: 900 }}>
          <OrgChart org={salesOrg} defaultExpandDepth={1} dir="ltr" height={400} />
        </div>
      );
      host = document.createElement('div');
      host.innerHTML = renderToString(element);
      document.body.append(host);
      const positions = () => [...host!.querySelectorAll<HTMLElement>('[role="treeitem"]')].map((el) => el.style.transform);
      const server = positions();

      await act(async () => {
        root = hydrateRoot(host!, element);
      });

      expect(errors).not.toHaveBeenCalled();
      expect(positions()).toEqual(server);
      const director = host.querySelector<HTMLElement>('[data-role-id="sales-director"]')!;
      director.focus();
      await userEvent.keyboard('{ArrowLeft}');
      expect(director).toHaveAttribute('aria-expanded', 'false');
    });

    // The server cannot know the page's width: the first view is CSS over the viewport's
    // size, the same centring the client computes once it has measured.
    it.each([
      ['a chart that fits, in a narrow column', 1100, 1, undefined],
      ['a chart that fits, on a wide page', 1600, 1, undefined],
      ['a chart wider and taller than the view', 600, Infinity, undefined],
      ['a chart wider than a fixed-height view', 900, Infinity, 300],
    ])('puts every node on screen where the server put it: %s', async (_, width, depth, height) => {
      const element = (
        <div style={{ width }}>
          <OrgChart org={salesOrg} defaultExpandDepth={depth} dir="ltr" height={height} toolbar={false} />
        </div>
      );
      host = document.createElement('div');
      host.innerHTML = renderToString(element);
      document.body.append(host);
      const boxes = () =>
        [...host!.querySelectorAll<HTMLElement>('[role="treeitem"]')].map((el) => {
          const r = el.getBoundingClientRect();
          return [el.getAttribute('data-role-id'), Math.round(r.left), Math.round(r.top)];
        });
      const server = boxes();
      // The server's view shows the tab stop: it is not off the page.
      const first = host.querySelector<HTMLElement>('[role="treeitem"]')!.getBoundingClientRect();
      const view = host.querySelector<HTMLElement>('[data-slot="org-chart-viewport"]')!.getBoundingClientRect();
      expect(first.left).toBeGreaterThanOrEqual(view.left);
      expect(first.right).toBeLessThanOrEqual(view.right);

      await act(async () => {
        root = hydrateRoot(host!, element);
      });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(boxes()).toEqual(server);
    });
  });

  // The server picks the first view's scale for `initialWidth` (else 1280 px); the client
  // keeps it, so the readable, fitted or named first view arrives with the HTML.
  describe('given a first view chosen on the server', () => {
    it.each<[string, number, Partial<OrgChartProps>, number]>([
      ['the readable default, fitted to a known width', 1280, { initialWidth: 1280, defaultExpandDepth: 1 }, (1280 - 48) / 1296],
      ['the readable default, too wide to fit: its top', 700, { initialWidth: 700 }, 0.72],
      ["'fit' in a fixed height", 900, { initialWidth: 900, initialView: 'fit', height: 360 }, 0],
      ['a role at a scale', 900, { initialView: { roleId: 'rep-south-guangzhou', scale: 0.6 }, height: 360 }, 0.6],
      ['a page narrower than the assumed width', 390, {}, 0.72],
    ])('draws it before and after hydration, in the same place: %s', async (_, width, props, k) => {
      const element = (
        <div style={{ width }}>
          <OrgChart org={salesOrg} defaultExpandDepth={Infinity} dir="ltr" toolbar={false} {...props} />
        </div>
      );
      host = document.createElement('div');
      host.innerHTML = renderToString(element);
      document.body.append(host);
      const scale = () => new DOMMatrix(getComputedStyle(host!.querySelector('[data-slot="org-chart-canvas"]')!).transform).a;
      const boxes = () =>
        [...host!.querySelectorAll<HTMLElement>('[role="treeitem"]')].map((el) => {
          const r = el.getBoundingClientRect();
          return [el.getAttribute('data-role-id'), Math.round(r.left), Math.round(r.top), Math.round(r.width)];
        });
      const server = boxes();
      const serverScale = scale();
      if (k) expect(serverScale).toBeCloseTo(k);
      else expect(serverScale).toBeLessThan(0.72);

      await act(async () => {
        root = hydrateRoot(host!, element);
      });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(scale()).toBeCloseTo(serverScale, 6);
      expect(boxes()).toEqual(server);
    });
  });
});

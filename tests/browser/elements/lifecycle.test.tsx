import { beforeAll, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { waitFor } from '@testing-library/react';
import { defineRolekitElements } from '../../../src/elements';
import { salesOrg } from '../../../src/examples';
import type { Org } from '../../../src';

// A small chart keeps 200 cycles quick; what a cycle leaks does not depend on the size.
const org: Org = { ...salesOrg, roles: salesOrg.roles.filter((role) => ['sales-director', 'sales-manager-north', 'rep-north-beijing'].includes(role.id)) };

beforeAll(() => {
  defineRolekitElements();
});

interface Metrics {
  JSEventListeners: number;
  Nodes: number;
  JSHeapUsedSize: number;
}

/** Chromium's own counters after a full garbage collection (DevTools' Performance monitor). */
async function metrics(): Promise<Metrics> {
  const session = cdp();
  await session.send('HeapProfiler.collectGarbage');
  const { metrics: list } = (await session.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const get = (name: string) => list.find((metric) => metric.name === name)!.value;
  return { JSEventListeners: get('JSEventListeners'), Nodes: get('Nodes'), JSHeapUsedSize: get('JSHeapUsedSize') };
}

/** Connects a chart, waits for its tree, disconnects it and lets the deferred unmount run. */
async function cycle(chart: HTMLElement) {
  document.body.append(chart);
  await waitFor(() => expect(chart.shadowRoot?.querySelector('[role="treeitem"]')).toBeTruthy());
  chart.remove();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

describe('<rolekit-org-chart> connected and disconnected 200 times', () => {
  it('leaves no growth of listeners, nodes or heap', { timeout: 180_000 }, async () => {
    await cdp().send('Performance.enable');
    // Warm up: the first cycles load modules, fill caches and the stylesheet.
    for (let i = 0; i < 10; i++) {
      const chart = document.createElement('rolekit-org-chart');
      chart.org = org;
      await cycle(chart);
    }
    const before = await metrics();
    for (let i = 0; i < 200; i++) {
      const chart = document.createElement('rolekit-org-chart');
      chart.org = org;
      await cycle(chart);
      expect(chart.shadowRoot!.childElementCount).toBe(0);
    }
    const after = await metrics();
    // Fixed allowances, far below what one leaked chart per cycle would add (this one is
    // dozens of listeners and ~100 nodes: 200 leaked would be thousands and 20,000).
    expect(after.JSEventListeners - before.JSEventListeners).toBeLessThan(50);
    expect(after.Nodes - before.Nodes).toBeLessThan(1_000);
    expect(after.JSHeapUsedSize - before.JSHeapUsedSize).toBeLessThan(2_000_000);
  });

  it('reuses one element 200 times the same way', { timeout: 180_000 }, async () => {
    const chart = document.createElement('rolekit-org-chart');
    chart.org = org;
    await cycle(chart);
    const before = await metrics();
    for (let i = 0; i < 200; i++) await cycle(chart);
    const after = await metrics();
    expect(after.JSEventListeners - before.JSEventListeners).toBeLessThan(50);
    expect(after.Nodes - before.Nodes).toBeLessThan(1_000);
    expect(after.JSHeapUsedSize - before.JSHeapUsedSize).toBeLessThan(2_000_000);
  });
});

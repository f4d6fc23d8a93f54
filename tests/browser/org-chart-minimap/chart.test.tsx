import { beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render, waitFor } from '@testing-library/react';
import { OrgChart, layoutOrg } from '../../../src';
import { generateOrg } from '../../../src/examples';
import '../../../src/styles.css';

const org = generateOrg(10_000, 1);
// The chart's own layout: every role shown, default options.
const bounds = layoutOrg(org).bounds;

const minimap = () => document.querySelector<HTMLElement>('[data-slot="org-chart-minimap"]')!;
const marker = () => document.querySelector<HTMLElement>('[data-slot="org-chart-minimap-viewport"]')!;
const layer = () => document.querySelector<HTMLElement>('[data-slot="org-chart-canvas"]')!;
/** The chart's transform as the page draws it. */
const transform = () => {
  const m = new DOMMatrix(getComputedStyle(layer()).transform);
  return { x: m.e, y: m.f, k: m.a };
};
const pointer = (el: Element) => (type: string, at: { x: number; y: number }, buttons: number) =>
  el.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, pointerId: 1, button: 0, buttons, clientX: at.x, clientY: at.y, isPrimary: true, pointerType: 'mouse' }));
/** Minimap pixels per layout pixel, along x: the strip spans the minimap's width less its 4 px inset. */
const kx = () => (minimap().clientWidth - 8) / bounds.width;

describe('OrgChart minimap over 10,000 roles (real Chromium)', () => {
  const onTransformChange = vi.fn();
  beforeEach(async () => {
    onTransformChange.mockClear();
    render(<OrgChart org={org} minimap defaultExpandDepth={Infinity} height={560} onTransformChange={onTransformChange} />);
    await waitFor(() => expect(minimap()).not.toBeNull());
  });

  it('is a strip of the chart, not a hairline, with a marker at least 12 px a side', () => {
    const box = minimap().getBoundingClientRect();
    expect(box.width).toBeGreaterThan(3 * box.height);
    expect(box.height).toBeGreaterThanOrEqual(40);
    const f = marker().getBoundingClientRect();
    expect(f.width).toBeGreaterThanOrEqual(12);
    expect(f.height).toBeGreaterThanOrEqual(12);
  });

  it('moves the chart with the marker when the marker is dragged', () => {
    const before = transform();
    const f = marker().getBoundingClientRect();
    const from = { x: f.left + f.width / 2, y: f.top + f.height / 2 };
    const fire = pointer(marker());
    fire('pointerdown', from, 1);
    fire('pointermove', { x: from.x + 10, y: from.y }, 1);
    fire('pointermove', { x: from.x + 30, y: from.y }, 1);
    fire('pointerup', { x: from.x + 30, y: from.y }, 0);
    const after = transform();
    // 30 minimap pixels to the right: the chart slides left by that many layout pixels at its scale.
    expect(after.k).toBe(before.k);
    expect(before.x - after.x).toBeCloseTo((30 / kx()) * before.k, -1);
    expect(after.y).toBeCloseTo(before.y, 0);
  });

  it('centres the chart on the point clicked in the minimap', async () => {
    const box = minimap().getBoundingClientRect();
    const f = marker().getBoundingClientRect();
    // Three quarters across, clear of the marker, which sits over the top of the org in the middle.
    const at = { x: Math.round(box.width * 0.75), y: Math.round(box.height / 2) };
    expect(box.left + at.x > f.right || box.left + at.x < f.left).toBe(true);
    const before = transform();
    await userEvent.click(page.elementLocator(minimap()), { position: { ...at } }); // a copy: the click rescales the object it is given
    const t = transform();
    // The view is now centred there: the chart slid left, and the marker sits under the click.
    expect(t.x).toBeLessThan(before.x);
    // Measured again: clicking may have scrolled the page.
    const map = minimap().getBoundingClientRect();
    const moved = marker().getBoundingClientRect();
    expect(moved.left + moved.width / 2 - map.left).toBeCloseTo(at.x, -0.5);
    expect(moved.top + moved.height / 2 - map.top).toBeCloseTo(at.y, -0.5);
    await waitFor(() => expect(onTransformChange).toHaveBeenCalled());
    const reported = onTransformChange.mock.calls.at(-1)![0];
    expect(reported.x).toBeCloseTo(t.x, 0);
  });
});

import { describe, expect, it } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import { OrgChart } from '../../../src';
import { salesOrg } from '../../../src/examples';
import '../../../src/styles.css';

const layer = () => document.querySelector<HTMLElement>('[data-slot="org-chart-canvas"]')!;
const scale = () => new DOMMatrix(getComputedStyle(layer()).transform).a;
const link = (kind: string) => document.querySelector<SVGPathElement>(`[data-slot="org-chart-connectors"] [data-kind="${kind}"]`)!;
/** A connector's stroke as the screen gets it: its width in chart pixels, times the zoom, in device pixels. */
const devicePixels = (kind: string) => parseFloat(getComputedStyle(link(kind)).strokeWidth) * scale() * devicePixelRatio;

describe('OrgChart connectors at any zoom (real Chromium)', () => {
  describe('given the sample org zoomed out to the smallest scale', () => {
    it('draws the connectors at least one device pixel wide', async () => {
      render(<OrgChart org={salesOrg} defaultExpandDepth={Infinity} height={400} initialView={{ roleId: 'sales-director', scale: 0.05 }} />);
      await waitFor(() => expect(scale()).toBeCloseTo(0.05));
      expect(devicePixels('report')).toBeGreaterThanOrEqual(0.999);
      expect(devicePixels('assistant')).toBeGreaterThanOrEqual(0.999);
    });
  });

  describe('given the sample org at 100 %', () => {
    it('draws the connectors at their own width, one pixel', async () => {
      render(<OrgChart org={salesOrg} defaultExpandDepth={Infinity} height={400} initialView={{ roleId: 'sales-director', scale: 1 }} />);
      await waitFor(() => expect(scale()).toBeCloseTo(1));
      expect(parseFloat(getComputedStyle(link('report')).strokeWidth)).toBe(1);
    });
  });
});

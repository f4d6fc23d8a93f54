import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { OrgChart, type OrgChartProps } from '../../../src';
import { salesOrg } from '../../../src/examples';

/** The scale the server's markup opens the chart at. */
const serverScale = (props: Partial<OrgChartProps>) => {
  const html = renderToString(<OrgChart org={salesOrg} {...props} />);
  return Number(/--rk-org-chart-start:[^"]*scale\(([\d.]+)\)/.exec(html)?.[1]);
};

describe('OrgChart first view on the server', () => {
  it('fits the width it is told, when the cards stay readable there', () => {
    expect(serverScale({ defaultExpandDepth: 1, initialWidth: 1280 })).toBeCloseTo((1280 - 48) / 1296);
  });

  it('opens a chart too wide to read fitted at the readable scale, for the assumed 1280 px', () => {
    expect(serverScale({})).toBe(0.72);
    expect(serverScale({ initialWidth: 390, defaultExpandDepth: 1 })).toBe(0.72);
  });

  it("writes initialView's scale: 'fit' for the given height, a role's own", () => {
    expect(serverScale({ initialView: 'fit', height: 400, initialWidth: 1280 })).toBeCloseTo((1280 - 48) / 2688);
    expect(serverScale({ initialView: { roleId: 'sales-manager-east', scale: 0.5 } })).toBe(0.5);
    expect(serverScale({ initialView: 'top' })).toBe(1);
  });

  it('hugs the chart at that scale: the viewport is no taller than the scaled chart', () => {
    const html = renderToString(<OrgChart org={salesOrg} initialWidth={1280} />);
    // 648 px of chart at 72 %, plus 24 px padding above and below.
    expect(html).toContain(`min(var(--rk-org-chart-height, 30rem), ${Math.ceil(648 * 0.72) + 48}px)`);
  });
});

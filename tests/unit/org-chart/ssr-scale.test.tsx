import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { OrgChart } from '../../../src';
import { generateOrg } from '../../../src/examples';

describe('OrgChart at scale on the server', () => {
  const org = generateOrg(5000, 2);
  const html = renderToString(<OrgChart org={org} defaultExpandDepth={Infinity} />);
  const items = [...html.matchAll(/<div role="treeitem"([^>]*)>/g)].map(([, attrs]) => attrs!);

  it('renders only the window an assumed viewport shows around the first root, not 5,000 nodes', () => {
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThan(120);
    expect(items[0]).toContain('data-role-id="r0"');
    expect(items[0]).toContain('tabindex="0"');
  });

  it('still says where each rendered node sits in the whole tree', () => {
    for (const attrs of items) expect(attrs).toMatch(/aria-level="\d+" aria-setsize="\d+" aria-posinset="\d+"/);
  });

  it('renders the search landmark and the zoom buttons', () => {
    expect(html).toContain('role="search"');
    expect(html).toContain('aria-label="Zoom in"');
    expect(html).toContain('data-virtual=""');
  });

  it('renders the same HTML twice (nothing measured during render)', () => {
    expect(renderToString(<OrgChart org={org} defaultExpandDepth={Infinity} />)).toBe(html);
  });
});

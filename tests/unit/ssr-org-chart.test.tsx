import { describe, expect, it, vi } from 'vitest';
import { renderToString } from 'react-dom/server';
import { OrgChart, layoutOrg, type Org } from '../../src';
import { salesOrg } from '../../src/examples';

/** Attributes of every treeitem in server HTML, in document order. */
function treeItems(html: string) {
  return [...html.matchAll(/<div role="treeitem"([^>]*)>/g)].map(([, attrs]) => {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs!)?.[1];
    const translate = /translate\((-?\d+)px, (-?\d+)px\)/.exec(attrs!);
    return {
      id: attr('data-role-id'),
      level: attr('aria-level'),
      tabIndex: attr('tabindex'),
      x: translate ? Number(translate[1]) : undefined,
      y: translate ? Number(translate[2]) : undefined,
    };
  });
}

describe('OrgChart on the server', () => {
  it('runs where there is no window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  describe('given the sample org', () => {
    const html = renderToString(<OrgChart org={salesOrg} />);
    const nodes = treeItems(html);

    it('renders the labelled tree with every visible role', () => {
      expect(html).toContain('role="tree"');
      expect(html).toContain('aria-label="Northwind Sales org chart"');
      expect(nodes).toHaveLength(salesOrg.roles.length);
      expect(nodes[0]).toMatchObject({ id: 'sales-director', level: '1', tabIndex: '0' });
      // Heard as one phrase, and each part of the card isolates its own direction.
      expect(html).toContain('aria-label="Sales Director, Margaret Hale, Sales, 6 reports"');
      expect(html).toMatch(/<span class="rk-org-chart-title"[^>]*dir="auto"[^>]*>Sales Director<\/span>/);
    });

    it('places each node where the layout puts it, so hydration does not move anything', () => {
      const layout = layoutOrg(salesOrg, { expandDepth: 2 });
      const dx = nodes[0]!.x! - layout.nodes[0]!.x;
      const dy = nodes[0]!.y! - layout.nodes[0]!.y;
      for (const [k, node] of layout.nodes.entries()) {
        expect(nodes[k]).toMatchObject({ id: node.id, x: node.x + dx, y: node.y + dy });
      }
    });

    it('draws the connectors with the chart', () => {
      expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
      expect(html).toMatch(/data-kind="report" d="M/);
      expect(html).toMatch(/data-kind="dotted" d="M[^"]+C/);
    });
  });

  it('mirrors the positions for dir="rtl"', () => {
    const ltr = treeItems(renderToString(<OrgChart org={salesOrg} dir="ltr" />));
    const rtl = treeItems(renderToString(<OrgChart org={salesOrg} dir="rtl" />));
    const first = (list: typeof ltr, id: string) => list.find((n) => n.id === id)!.x!;
    expect(first(ltr, 'sales-admin-head')).toBeLessThan(first(ltr, 'sales-manager-south'));
    expect(first(rtl, 'sales-admin-head')).toBeGreaterThan(first(rtl, 'sales-manager-south'));
  });

  it('renders the list view as an outline', () => {
    const html = renderToString(<OrgChart org={salesOrg} view="list" defaultExpandDepth={1} />);
    const nodes = treeItems(html);
    expect(nodes).toHaveLength(7);
    expect(nodes.map((n) => n.level)).toEqual(['1', '2', '2', '2', '2', '2', '2']);
    expect(html).not.toContain('<svg class="rk-org-chart-connectors"');
  });

  it('renders a focused team alone, under its chain of command, in the chart and the list', () => {
    for (const view of ['chart', 'list'] as const) {
      const html = renderToString(<OrgChart org={salesOrg} view={view} focusId="sales-manager-east" />);
      const nodes = treeItems(html);
      expect(nodes.map((n) => n.id)).toEqual(['sales-manager-east', 'sales-assistant-east', 'ka-supervisor', 'rep-east-suizhou', 'rep-east-shanghai']);
      expect(nodes[0]!.level).toBe('1');
      expect(html).toContain('data-focused=""');
      expect(html).toMatch(/<nav class="rk-org-chart-breadcrumb" data-slot="org-chart-breadcrumb" aria-label="Chain of command">/);
      expect(html).toContain('data-role-id="sales-director">Sales Director</button>');
      expect(html).toContain('aria-current="location">Sales Manager, East Region</span>');
    }
  });

  it('renders the problems of bad data as an alert, next to what can be drawn', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = { name: 'Broken', roles: [{ id: 'a', title: 'A', reportsTo: 'a' }] } as Org;
    const html = renderToString(<OrgChart org={broken} />);
    expect(html).toContain('<div role="alert" class="rk-error" data-slot="error"><p class="rk-error-title" data-slot="error-title">Part of this chart could not be shown.</p>');
    // Closed on the server too: no `open`, so the page does not flash the list before hydrating.
    expect(html).toContain('<details data-slot="error-details"><summary>Details</summary>');
    expect(html).toContain('roles[0].reportsTo: role &quot;a&quot; reports to itself');
    expect(treeItems(html)).toHaveLength(1);
  });

  it('renders what renderError returns, or nothing with errorDisplay="none"', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = { name: 'Broken', roles: [{ id: 'a', title: 'A', reportsTo: 'a' }] } as Org;
    const custom = renderToString(<OrgChart org={broken} renderError={(issues) => <p className="host-error">{issues.length} problem</p>} />);
    expect(custom).toContain('<p class="host-error">1<!-- --> problem</p>');
    expect(custom).not.toContain('role="alert"');
    expect(renderToString(<OrgChart org={broken} errorDisplay="none" />)).not.toContain('data-slot="error"');
  });
});

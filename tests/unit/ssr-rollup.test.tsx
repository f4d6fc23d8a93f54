import { describe, expect, it } from 'vitest';
import { renderToString } from 'react-dom/server';
import { OrgChart, RolekitProvider } from '../../src';
import { rollupOrg } from '../../src/model';
import { zhCN } from '../../src/locales/zh-CN';
import { salesOrg, salesOrgZh } from '../../src/examples';

/** The opening tag of a role's treeitem, and what follows it up to the next treeitem. */
const nodeHtml = (html: string, id: string) => html.slice(html.indexOf(`data-role-id="${id}"`)).split('role="treeitem"')[0]!;
const descriptionOf = (html: string, id: string) => {
  const describedBy = /aria-describedby="([^"]+)"/.exec(nodeHtml(html, id))?.[1];
  return describedBy ? new RegExp(`<span id="${describedBy}" hidden="">([^<]*)</span>`).exec(html)?.[1] : undefined;
};

describe('OrgChart roll-ups on the server', () => {
  const top = salesOrg.roles[0]!.id;
  const { headcount, vacancies } = rollupOrg(salesOrg).get(top)!;

  it('renders the roll-up line on the card and its words as the description', () => {
    const html = renderToString(<OrgChart org={salesOrg} rollup={rollupOrg(salesOrg)} />);
    const line = `${headcount} people${vacancies ? ` · ${vacancies} open` : ''}`;
    expect(nodeHtml(html, top)).toContain(`<span class="rk-org-chart-rollup" data-slot="org-chart-rollup">${line}</span>`);
    expect(descriptionOf(html, top)).toBe(`${headcount} people${vacancies ? ` and ${vacancies} open` : ''}`);
  });

  it('marks a wide span and says it, with the same markup the client hydrates', () => {
    const html = renderToString(<OrgChart org={salesOrg} spanWarning={1} />);
    expect(nodeHtml(html, top)).toContain('data-wide-span=""');
    expect(descriptionOf(html, top)).toMatch(/^Wide span of control: \d+ direct reports$/);
  });

  it('renders them in Chinese', () => {
    const zhTop = salesOrgZh.roles[0]!.id;
    const html = renderToString(
      <RolekitProvider locale="zh-CN" labels={zhCN}>
        <OrgChart org={salesOrgZh} rollup={rollupOrg(salesOrgZh)} />
      </RolekitProvider>,
    );
    expect(nodeHtml(html, zhTop)).toContain(`${rollupOrg(salesOrgZh).get(zhTop)!.headcount} 人`);
  });
});

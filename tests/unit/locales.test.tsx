import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OrgChart, ResponsibilityChecklist, RoleCard, RolekitProvider, WorkflowStepper, type Role } from '../../src';
import { salesOrg, salesOrgZh } from '../../src/examples';
import { plural } from '../../src/internal/plural';
import { zhCN } from '../../src/locales/zh-CN';

afterEach(() => vi.restoreAllMocks());

const role = (id: string): Role => salesOrg.roles.find((candidate) => candidate.id === id)!;
const zhRole = (id: string): Role => salesOrgZh.roles.find((candidate) => candidate.id === id)!;
/** Visible text of server HTML, tags dropped. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('plural', () => {
  it('picks the English form from Intl.PluralRules', () => {
    expect(plural('en', 1, { one: 'duty', other: 'duties' })).toBe('duty');
    expect(plural('en', 0, { one: 'duty', other: 'duties' })).toBe('duties');
    expect(plural('en', 2, { one: 'duty', other: 'duties' })).toBe('duties');
  });

  it('uses the locale’s own categories (Russian "few")', () => {
    const forms = { one: 'обязанность', few: 'обязанности', many: 'обязанностей', other: 'обязанности' };
    expect(plural('ru', 3, forms)).toBe('обязанности');
    expect(plural('ru', 5, forms)).toBe('обязанностей');
  });

  it('falls back to "other" for a category the caller did not give', () => {
    expect(plural('ru', 21, { other: 'x' })).toBe('x');
  });
});

describe('counts shown through Intl.NumberFormat', () => {
  it('writes the checklist’s progress with the locale’s digits', () => {
    const html = renderToString(<ResponsibilityChecklist role={role('sales-manager-north')} locale="ar-EG" />);
    expect(text(html)).toMatch(/٠ of [٠-٩]+ duties done/);
    expect(text(html)).toMatch(/٠ of [٠-٩]+ /); // each group's "0 of 4" too
  });

  it('groups a large report count in the card (1,234 reports)', () => {
    const many = Array.from({ length: 1234 }, (_, i) => ({ id: `r${i}`, title: `Rep ${i}`, reportsTo: 'boss' }));
    const org = { name: 'Big', roles: [{ id: 'boss', title: 'Boss' }, ...many], people: [] };
    const html = renderToString(<RoleCard role={org.roles[0]!} org={org} variant="compact" locale="en-US" />);
    expect(text(html)).toContain('1,234 reports');
  });

  it('says "1 report", not "1 reports"', () => {
    const org = { name: 'Small', roles: [{ id: 'boss', title: 'Boss' }, { id: 'rep', title: 'Rep', reportsTo: 'boss' }], people: [] };
    const html = renderToString(<RoleCard role={org.roles[0]!} org={org} variant="compact" />);
    expect(text(html)).toContain('1 report');
    expect(text(html)).not.toContain('1 reports');
  });
});

describe('zh-CN, shipped as rolekit/locales/zh-CN', () => {
  const zh = (node: ReactNode) => text(renderToString(<RolekitProvider locale="zh-CN" labels={zhCN}>{node}</RolekitProvider>));

  it('has labels for every component key the components read', () => {
    expect(Object.keys(zhCN).sort()).toEqual(['orgChart', 'responsibilityChecklist', 'roleCard', 'workflowStepper']);
  });

  it('translates the org chart’s built-in strings', () => {
    const html = zh(<OrgChart org={salesOrgZh} />);
    expect(html).toContain('全部展开');
    expect(html).toContain('空缺');
    expect(html).not.toContain('Expand all');
    expect(html).not.toContain('Vacant');
  });

  it('translates the role card', () => {
    const html = zh(<RoleCard role={zhRole('zh-assistant-director')} org={salesOrgZh} />);
    expect(html).toContain('直接上级');
    expect(html).toMatch(/\d+ 项职责/);
    expect(html).not.toMatch(/Reports to|duties/);
  });

  it('translates the checklist', () => {
    const html = zh(<ResponsibilityChecklist role={zhRole('zh-assistant-director')} />);
    expect(html).toContain('完成进度');
    expect(html).toMatch(/已完成 0 \/ \d+ 项职责/);
    expect(html).not.toMatch(/Progress|Filter duties/);
  });

  it('translates the stepper ("第 1 / 4 阶段")', () => {
    const workflow = salesOrgZh.roles.find((r) => r.workflow)!.workflow!;
    const html = zh(<WorkflowStepper workflow={workflow} />);
    expect(html).toContain('第 1 / 4 阶段');
    expect(html).toContain('下一步');
    expect(html).not.toMatch(/Phase 1 of 4|Next/);
  });

  it('translates the error box’s sentence and its Details disclosure', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const html = zh(<OrgChart org={{ name: '坏数据', roles: [{ id: 'a', title: '甲', reportsTo: 'a' }] }} dir="ltr" />);
    expect(html).toContain('该架构图有部分内容无法显示。');
    expect(html).toContain('详细信息');
    expect(html).not.toMatch(/could not be shown|Details/);
  });
});

describe('OrgChart counts', () => {
  it('says "1 report" on a chart node and groups larger counts', () => {
    const one = { name: 'O', roles: [{ id: 'a', title: 'Lead' }, { id: 'b', title: 'Member', reportsTo: 'a' }] };
    expect(renderToString(<OrgChart org={one} dir="ltr" />)).toContain('1 report<');
    const many = { name: 'M', roles: [{ id: 'a', title: 'Lead' }, ...Array.from({ length: 1234 }, (_, i) => ({ id: `m${i}`, title: 'Member', reportsTo: 'a' }))] };
    expect(renderToString(<OrgChart org={many} dir="ltr" defaultExpandDepth={1} />)).toContain('1,234 reports');
  });

  it('counts hidden problems with the locale’s digits in the error box', () => {
    const roles = Array.from({ length: 1300 }, (_, i) => ({ id: 'dup', title: `T${i}` }));
    expect(renderToString(<OrgChart org={{ name: 'Bad', roles }} dir="ltr" />)).toContain('…and 1,294 more');
  });
});

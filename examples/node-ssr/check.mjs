// ESM on plain Node: import('rolekit') and render every component to a string.
import assert from 'node:assert/strict';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';

const { OrgChart, RoleCard, ResponsibilityChecklist, WorkflowStepper, RolekitProvider, parseOrg } = await import('rolekit');
const { salesOrg, salesOrgZh } = await import('rolekit/examples');
const { zhCN } = await import('rolekit/locales/zh-CN');

assert.equal(typeof window, 'undefined');
assert.equal(parseOrg(salesOrg).ok, true);
const role = salesOrg.roles.find((r) => r.id === 'assistant-sales-director');
const html = [
  renderToString(h(OrgChart, { org: salesOrg })),
  renderToString(h(RoleCard, { role, org: salesOrg })),
  renderToString(h(ResponsibilityChecklist, { role })),
  renderToString(h(WorkflowStepper, { workflow: role.workflow })),
];
assert.match(html[0], /role="tree"/);
assert.match(html[0], /Sales Director/);
assert.match(html[1], /Assistant Sales Director/);
assert.match(html[2], /role="progressbar"/);
assert.match(html[3], /Market problem-solving cycle/);
const zhChart = renderToString(h(RolekitProvider, { locale: 'zh-CN', labels: zhCN }, h(OrgChart, { org: salesOrgZh })));
assert.match(zhChart, /全部展开/);
// The pure model and the schemas from their own entries.
const { layoutOrg } = await import('rolekit/model');
const { OrgSchema } = await import('rolekit/schema');
assert.ok(layoutOrg(salesOrg).nodes.length > 0);
assert.equal(OrgSchema.type, 'object');
console.log('import(rolekit): 4 components rendered to strings; rolekit/model and rolekit/schema load');

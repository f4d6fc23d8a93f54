// CommonJS on plain Node: require('rolekit') and render every component to a string.
const assert = require('node:assert/strict');
const { createElement: h } = require('react');
const { renderToString } = require('react-dom/server');
const rolekit = require('rolekit');
const { salesOrg } = require('rolekit/examples');
const { zhCN } = require('rolekit/locales/zh-CN');

assert.equal(typeof window, 'undefined', 'no window: this is the server');
assert.equal(typeof document, 'undefined');
const { OrgChart, RoleCard, ResponsibilityChecklist, WorkflowStepper, RolekitProvider } = rolekit;
const role = salesOrg.roles.find((r) => r.id === 'assistant-sales-director');

const chart = renderToString(h(OrgChart, { org: salesOrg, defaultExpandDepth: Infinity }));
for (const r of salesOrg.roles) assert.ok(chart.includes(r.title.replace(/&/g, '&amp;')), `chart names ${r.title}`);
assert.match(renderToString(h(RoleCard, { role, org: salesOrg })), /Assistant Sales Director/);
assert.match(renderToString(h(ResponsibilityChecklist, { role })), /role="progressbar"/);
assert.match(renderToString(h(WorkflowStepper, { workflow: role.workflow })), /aria-current="step"/);
// The shipped Chinese labels through the provider.
const zh = renderToString(h(RolekitProvider, { locale: 'zh-CN', labels: zhCN }, h(ResponsibilityChecklist, { role })));
assert.match(zh, /完成进度/);
assert.equal(require('rolekit/schema').OrgSchema.type, 'object');
assert.equal(typeof require('rolekit/model').layoutOrg, 'function');
console.log('require(rolekit): 4 components rendered to strings; rolekit/model and rolekit/schema load');

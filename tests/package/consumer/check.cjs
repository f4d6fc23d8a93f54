// A CommonJS consumer on plain Node: no bundler, no require(esm).
const assert = require('node:assert');
const rolekit = require('rolekit');
const { salesOrg, generateOrg } = require('rolekit/examples');
const schema = require('rolekit/schema.json');
assert.equal(typeof rolekit.parseOrg, 'function');
assert.equal(rolekit.parseOrg(salesOrg).ok, true, 'sample org parses');
assert.equal(rolekit.parseOrg(null).ok, false);
assert.equal(rolekit.fromPeople([{ id: '1', name: 'A', title: 'Boss' }]).ok, true);
assert.equal(schema.type, 'object');
// The model's own helpers and the raw schemas are not the main entry's API.
for (const name of ['makeIssue', 'previewValue', 'formatPath', 'wasValidated', 'indexOrg', 'OrgSchema', 'RoleSchema', 'LIMITS', 'orgHierarchy', 'chartToSVG', 'chartToPNG']) {
  assert.equal(name in rolekit, false, `rolekit should not export ${name}`);
}
const model = require('rolekit/model');
assert.equal(model.indexOrg(salesOrg).roleById.size, salesOrg.roles.length, 'indexOrg is in rolekit/model');
assert.equal(typeof model.layoutOrg, 'function');
assert.equal(model.orgHierarchy(generateOrg(50, 1)).descendants().length, 51, 'd3-hierarchy works from CJS');
const { chartToSVG } = require('rolekit/export');
assert.match(chartToSVG(model.layoutOrg(salesOrg), salesOrg), /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/, 'rolekit/export from CJS');
const { OrgSchema, LIMITS } = require('rolekit/schema');
assert.equal(require('valibot').safeParse(OrgSchema, salesOrg).success, true, 'rolekit/schema from CJS');
assert.equal(LIMITS.nesting, 8);
const { fromCSV } = require('rolekit/import');
assert.equal(fromCSV('id;name;title\r\nS1;Marta;Head of Sales\r\nS2;Lea;Rep\r\n').org.roles.length, 2, 'rolekit/import from CJS');
console.log('CJS consumer ok');

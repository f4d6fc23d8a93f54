// A CommonJS consumer on plain Node: no bundler, no require(esm).
const assert = require('node:assert');
const rolekit = require('rolekit');
const { salesOrg, generateOrg } = require('rolekit/examples');
const schema = require('rolekit/schema.json');
assert.equal(typeof rolekit.parseOrg, 'function');
assert.equal(rolekit.parseOrg(salesOrg).ok, true, 'sample org parses');
assert.equal(rolekit.parseOrg(null).ok, false);
assert.equal(rolekit.fromPeople([{ id: '1', name: 'A', title: 'Boss' }]).ok, true);
assert.equal(rolekit.orgHierarchy(generateOrg(50, 1)).descendants().length, 51, 'd3-hierarchy works from CJS');
assert.equal(schema.type, 'object');
console.log('CJS consumer ok');

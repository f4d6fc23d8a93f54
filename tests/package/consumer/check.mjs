// An ESM consumer on plain Node.
import assert from 'node:assert';
import { parseOrg, fromPeople } from 'rolekit';
import { orgHierarchy, layoutOrg } from 'rolekit/model';
import { chartToSVG } from 'rolekit/export';
import { salesOrg, defaultWorkflow } from 'rolekit/examples';
assert.equal(parseOrg(salesOrg).ok, true);
assert.equal(fromPeople([{ id: '1', name: 'A', title: 'Boss' }]).ok, true);
assert.equal(orgHierarchy(salesOrg).children.length >= 1, true);
// The exporter is server-safe: an SVG string on plain Node.
assert.match(chartToSVG(layoutOrg(salesOrg), salesOrg), /Sales Director/);
assert.equal(defaultWorkflow.phases.length, 4);
console.log('ESM consumer ok');

// The model entry carries no 'use client', so server code can validate data.
const model = await import('rolekit/model');
assert.equal(model.parseOrg(salesOrg).ok, true);
const { readFileSync } = await import('node:fs');
const { createRequire } = await import('node:module');
const modelFile = createRequire(import.meta.url).resolve('rolekit/model').replace(/\.cjs$/, '.js');
assert.ok(!readFileSync(modelFile, 'utf8').includes('use client'), 'rolekit/model must not be a client module');
for (const name of ['layoutOrg', 'outlineOrg', 'searchOrg', 'getOrgModel', 'indexOrg', 'fromPeople']) {
  assert.equal(typeof model[name], 'function', `rolekit/model exports ${name}`);
}
console.log('rolekit/model ok');

// The valibot schemas, apart from the main entry.
const rolekit = await import('rolekit');
assert.equal('OrgSchema' in rolekit, false, 'schemas are not in the main entry');
const { OrgSchema, RoleSchema } = await import('rolekit/schema');
const { safeParse } = await import('valibot');
assert.equal(safeParse(OrgSchema, salesOrg).success, true);
assert.equal(safeParse(RoleSchema, { id: 'r', title: '' }).success, false);
const schemaFile = createRequire(import.meta.url).resolve('rolekit/schema').replace(/\.cjs$/, '.js');
assert.ok(!readFileSync(schemaFile, 'utf8').includes('use client'), 'rolekit/schema must not be a client module');
console.log('rolekit/schema ok');

// CSV → Org, apart from the main entry.
const { fromCSV } = await import('rolekit/import');
assert.equal(fromCSV('id,name,title,manager id\nS1,Marta,Head of Sales,\nS2,Lea,Rep,S1\n').org.roles.length, 2);
assert.equal('fromCSV' in rolekit, false, 'fromCSV is not in the main entry');
const { fromSCIM, fromGraph } = await import('rolekit/import');
assert.equal(fromSCIM({ Resources: [{ id: 'u1', title: 'Head of Sales', displayName: 'Marta' }] }).ok, true);
assert.equal(fromGraph({ value: [{ id: 'u1', jobTitle: 'Head of Sales', displayName: 'Marta' }] }).ok, true);
console.log('rolekit/import ok');

// An ESM consumer on plain Node.
import assert from 'node:assert';
import { parseOrg, fromPeople, orgHierarchy } from 'rolekit';
import { salesOrg, defaultWorkflow } from 'rolekit/examples';
assert.equal(parseOrg(salesOrg).ok, true);
assert.equal(fromPeople([{ id: '1', name: 'A', title: 'Boss' }]).ok, true);
assert.equal(orgHierarchy(salesOrg).children.length >= 1, true);
assert.equal(defaultWorkflow.phases.length, 4);
console.log('ESM consumer ok');

// The model entry carries no 'use client', so server code can validate data.
const model = await import('rolekit/model');
assert.equal(model.parseOrg(salesOrg).ok, true);
const { readFileSync } = await import('node:fs');
const { createRequire } = await import('node:module');
const modelFile = createRequire(import.meta.url).resolve('rolekit/model').replace(/\.cjs$/, '.js');
assert.ok(!readFileSync(modelFile, 'utf8').includes('use client'), 'rolekit/model must not be a client module');
console.log('rolekit/model ok');

// An ESM consumer on plain Node.
import assert from 'node:assert';
import { parseOrg, fromPeople, orgHierarchy, defaultWorkflow } from 'rolekit';
import { salesOrg } from 'rolekit/examples';
assert.equal(parseOrg(salesOrg).ok, true);
assert.equal(fromPeople([{ id: '1', name: 'A', title: 'Boss' }]).ok, true);
assert.equal(orgHierarchy(salesOrg).children.length >= 1, true);
assert.equal(defaultWorkflow.phases.length, 4);
console.log('ESM consumer ok');

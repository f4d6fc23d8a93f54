// Writes dist/schema.json so back ends that do not run TypeScript validate the same rules.
import { writeFileSync } from 'node:fs';
import * as schemas from '../dist/schema.js';
import { orgJsonSchema } from './org-json-schema.mjs';

writeFileSync(new URL('../dist/schema.json', import.meta.url), `${JSON.stringify(orgJsonSchema(schemas), null, 2)}\n`);
console.log('dist/schema.json written');

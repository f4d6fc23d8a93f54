/**
 * Sample data, kept out of the main entry so it costs nothing unless imported:
 * `import { salesOrg, generateOrg, defaultWorkflow } from 'rolekit/examples'`.
 */
export { salesOrg } from './examples/salesOrg';
export { salesOrgZh } from './examples/salesOrgZh';
export { generateOrg, type GenerateOrgOptions } from './examples/generateOrg';
export { defaultWorkflow } from './examples/defaultWorkflow';

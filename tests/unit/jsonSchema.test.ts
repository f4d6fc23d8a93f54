import { describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parseOrg } from '../../src';
import { OrgSchema, ResponsibilitySchema, WorkflowStepSchema } from '../../src/schema';
import { salesOrg, salesOrgZh, generateOrg } from '../../src/examples';
import { orgJsonSchema } from '../../scripts/org-json-schema.mjs';

// What a back end without TypeScript does with rolekit/schema.json.
const schema = orgJsonSchema({ OrgSchema, ResponsibilitySchema, WorkflowStepSchema });
// With the formats a real back end adds: a bare Ajv ignores `format: "email"` (and says so on stderr).
const validate = addFormats(new Ajv({ allErrors: true, strict: false })).compile(schema);

describe('schema.json', () => {
  it('declares a dialect Ajv validates', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it.each([
    ['the sample sales org', salesOrg],
    ['the Chinese sample org', salesOrgZh],
    ['a generated org', generateOrg(200, 4)],
  ])('accepts %s', (_label, org) => {
    expect(validate(JSON.parse(JSON.stringify(org))), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each([
    ['a role without a title', { name: 'X', roles: [{ id: 'a' }] }],
    ['a blank title', { name: 'X', roles: [{ id: 'a', title: '   ' }] }],
    ['an email without an @', { name: 'X', roles: [], people: [{ id: 'p', name: 'P', email: 'lucy.example.com' }] }],
    ['a javascript: avatar', { name: 'X', roles: [], people: [{ id: 'p', name: 'P', avatarUrl: 'javascript:alert(1)' }] }],
    ['a currency that is not ISO 4217', { name: 'X', roles: [{ id: 'a', title: 'A', assessments: [{ id: 's', text: 'S', penalty: { amount: 5, currency: 'yuan' } }] }] }],
    ['a nested duty without text', { name: 'X', roles: [{ id: 'a', title: 'A', responsibilities: [{ id: 'g', title: 'G', items: [{ id: 'd', text: 'D', children: [{ id: 'e' }] }] }] }] }],
  ])('rejects %s, as parseOrg does', (_label, input) => {
    expect(validate(input)).toBe(false);
    expect(parseOrg(input).ok).toBe(false);
  });
});

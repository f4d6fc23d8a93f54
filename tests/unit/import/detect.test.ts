import { describe, expect, it } from 'vitest';
import { detectImportFormat, toCSV } from '../../../src/import';
import { salesOrg } from '../../../src/examples';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const scimUser = { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE], id: 'u1', userName: 'lea@example.com', title: 'Account Rep' };
const graphUser = { id: 'g1', displayName: 'Lea Park', jobTitle: 'Account Rep', mail: 'lea@example.com', manager: { id: 'g0' } };

describe('detectImportFormat', () => {
  describe('given CSV', () => {
    it('reads a header of known column names as CSV', () => {
      expect(detectImportFormat('Employee ID,Full Name,Job Title,Manager ID\nS1,Marta Quill,Head of Sales,\n')).toBe('csv');
    });

    it('sees through a byte-order mark, semicolons and quoted headers', () => {
      expect(detectImportFormat('\uFEFF"Personalnummer";"Name";"Position"\r\n1;Ana;Lead\r\n')).toBe('csv');
    });

    it('reads tab- and pipe-separated exports', () => {
      expect(detectImportFormat('worker id\ttitle\n1\tLead')).toBe('csv');
      expect(detectImportFormat('id|title\n1|Lead')).toBe('csv');
    });

    it('reads a table of unknown headers as CSV when every line has as many cells', () => {
      expect(detectImportFormat('Personalnr,Vorname,Stelle\n1,Ana,Leitung\n2,Ben,Vertrieb\n')).toBe('csv');
    });

    it('reads what toCSV writes as CSV', () => {
      expect(detectImportFormat(toCSV(salesOrg))).toBe('csv');
    });

    it('hands an HTML page to fromCSV, which says it is not a CSV', () => {
      expect(detectImportFormat('<!DOCTYPE html>\n<html><body>Sign in</body></html>')).toBe('csv');
    });
  });

  describe('given SCIM', () => {
    it('reads a ListResponse as SCIM', () => {
      expect(detectImportFormat(JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 1, Resources: [scimUser] }))).toBe('scim');
    });

    it('reads an empty ListResponse as SCIM', () => {
      expect(detectImportFormat(JSON.stringify({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 0 }))).toBe('scim');
    });

    it('reads an array of User resources as SCIM', () => {
      expect(detectImportFormat(JSON.stringify([scimUser, { id: 'u2', userName: 'ben', emails: [{ value: 'b@example.com' }] }]))).toBe('scim');
    });

    it('reads a SCIM file with a syntax error as SCIM, so its error can be shown', () => {
      expect(detectImportFormat(`{"schemas":["urn:ietf:params:scim:api:messages:2.0:ListResponse"],"Resources":[{"id":"u1",}]}`)).toBe('scim');
    });
  });

  describe('given Microsoft Graph', () => {
    it('reads a users page as Graph', () => {
      expect(detectImportFormat(JSON.stringify({ '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users', value: [graphUser] }))).toBe('graph');
    });

    it('reads an array of pages as Graph', () => {
      expect(detectImportFormat(JSON.stringify([{ value: [graphUser] }, { value: [] }]))).toBe('graph');
    });

    it('reads an array of users with jobTitle and mail as Graph, though they share id and displayName with SCIM', () => {
      expect(detectImportFormat(JSON.stringify([graphUser, { id: 'g2', displayName: 'Ben', jobTitle: 'Lead' }]))).toBe('graph');
    });
  });

  describe("given rolekit's own JSON", () => {
    it('reads an Org as rolekit', () => {
      expect(detectImportFormat(JSON.stringify(salesOrg, null, 2))).toBe('rolekit');
    });

    it('reads a broken object as rolekit, for parseOrg to report', () => {
      expect(detectImportFormat('{ "name": "Sales", "roles": [ }')).toBe('rolekit');
    });
  });

  describe('given prose', () => {
    it('reads job descriptions as text', () => {
      expect(detectImportFormat('Responsibilities of the dispatch office\n\nJob title: Dispatch Lead\n1, plan the routes for the next day;\n')).toBe('text');
    });

    it('reads Chinese job descriptions as text', () => {
      expect(detectImportFormat('岗位名称：调度主管\n岗位职责：\n1、制定次日路线；\n')).toBe('text');
    });

    it('reads prose with commas on lines of different lengths as text', () => {
      expect(detectImportFormat('Sales, marketing and service\nThe team plans, sells, and follows up.\nOne line.')).toBe('text');
    });

    it('reads prose that starts with a bracket as text', () => {
      expect(detectImportFormat('[Draft] Responsibilities of the night porter\n1. Lock the gates.')).toBe('text');
    });

    it('reads empty text as text', () => {
      expect(detectImportFormat('  \n')).toBe('text');
    });

    it('does not throw on a value that is not a string', () => {
      expect(detectImportFormat(42 as unknown as string)).toBe('text');
    });
  });
});

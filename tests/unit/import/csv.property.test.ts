import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromCSV, type ImportIssue } from '../../../src/import';
import { parseOrg } from '../../../src/model';

/** Pieces a CSV is made of, and the ones that break it: quotes, mixed line ends, a BOM, HTML. */
const piece = fc.constantFrom(
  ',', ';', '\t', '|', '\n', '\r\n', '\r', '"', '""', ' ', '\uFEFF',
  'id', 'employee id', 'title', 'job title', 'name', 'first name', 'manager id', 'reports to', 'position id',
  'assistant', 'matrix manager id', 'email', 'phone', 'Cost Centre',
  'S1', 'S2', 'S3', 'P1', 'Head of Sales', 'Account Rep', 'Lea Park', 'yes', '0', 'x@y', '<html>', '=1+2',
);
const header = fc.constantFrom('', 'id,name,title,manager id\n', 'employee id;title;reports to;position id\r\n', 'id\ttitle\tassistant\tmatrix manager id\n');
/** Row-shaped text: the header's columns, cells drawn from ids, titles and junk, quoted or not. */
const cell = fc.oneof(piece, fc.string({ maxLength: 8 })).map((value) => (value.includes('"') || value.includes('\n') ? `"${value.replace(/"/g, '""')}"` : value));
const rowShaped = fc
  .tuple(fc.constantFrom(',', ';', '\t'), fc.constantFrom('\n', '\r\n'), fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { maxLength: 8 }))
  .map(([sep, eol, rows]) =>
    [['id', 'name', 'title', 'manager id', 'position id', 'assistant', 'matrix manager id'], ...rows].map((row) => row.join(sep)).join(eol),
  );
const csvish = fc.oneof(
  rowShaped,
  fc.tuple(header, fc.array(piece, { maxLength: 60 })).map(([head, parts]) => head + parts.join('')),
  fc.string({ maxLength: 200 }),
);

const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

function expectWellFormed(entry: ImportIssue, lines: number) {
  expect(typeof entry.code).toBe('string');
  expect(Array.isArray(entry.path)).toBe(true);
  expect(entry.message.length).toBeGreaterThan(0);
  if (entry.line !== undefined) {
    expect(Number.isInteger(entry.line) && entry.line >= 1 && entry.line <= lines).toBe(true);
    expect(entry.message.startsWith(`line ${entry.line}`)).toBe(true);
  }
}

describe('fromCSV on arbitrary text', () => {
  it('never throws and always returns a well-formed result (2,000 runs)', () => {
    const seen = { ok: 0, failed: 0, roles: 0, warned: 0 };
    fc.assert(
      fc.property(csvish, (text) => {
        const result = fromCSV(text);
        const lines = lineCount(text);
        for (const warning of result.warnings) expectWellFormed(warning, lines);
        if (result.warnings.length > 0) seen.warned++;
        if (result.ok) {
          seen.ok++;
          if (result.org.roles.length > 0) seen.roles++;
          expect(parseOrg(result.org).ok).toBe(true);
        } else {
          seen.failed++;
          expect(result.issues.length).toBeGreaterThan(0);
          for (const entry of result.issues) expectWellFormed(entry, lines);
          if (result.partial) expect(parseOrg(result.partial).ok).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
    // The generator reaches every branch: orgs with roles, warnings, and failures.
    expect(Math.min(seen.ok, seen.failed, seen.roles, seen.warned)).toBeGreaterThan(50);
  });
});

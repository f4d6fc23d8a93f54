import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRoleText } from '../../../../src/import';
import { parseOrg } from '../../../../src/model';
import { uncoveredLines } from './fixtures';

/** The pieces job descriptions are made of, and the damage they come with. */
const piece = fc.constantFrom(
  '\n', '\r\n', '\r', ' ', '\t', '1.', '1 1,', '2、', '(3)', '（一）', '一、', '①', 'a,', 'B.', 'First,', '• ', '- ', '## ',
  'Responsibilities of the sales manager', 'Sales department 2 job responsibilities', 'Responsibilities:', 'qualified',
  'Job title: ', 'Direct superior: ', 'sales manager', 'Workflow:', '50 yuan once', '罚款50元/次', 'RMB 100', '¥',
  '岗位职责：', '任职要求', '直接上级：', '销售经理', 'is preferred', '优先', 'has the right to', ';', '。', ':', '\u0000', '\uFFFD', '=',
);
const textish = fc.oneof(
  fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 80 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.uint8Array({ maxLength: 400 }).map((bytes) => String.fromCharCode(...bytes)),
);

describe('parseRoleText on any text', () => {
  it('never throws, returns an org parseOrg accepts, and drops no line silently', () => {
    fc.assert(
      fc.property(textish, (text) => {
        const result = parseRoleText(text);
        expect(parseOrg(result.org).ok).toBe(true);
        for (const warning of result.warnings) {
          expect(warning.message).toMatch(/^lines? \d+/);
          expect(warning.span[0]).toBeLessThanOrEqual(warning.span[1]);
        }
        expect(uncoveredLines(text, [...Object.values(result.spans), ...result.warnings.map((w) => w.span)])).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('gives every span within the text', () => {
    fc.assert(
      fc.property(textish, (text) => {
        for (const [start, end] of Object.values(parseRoleText(text).spans)) {
          expect(0 <= start && start <= end && end <= text.length).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseRoleText on pathological lines', () => {
  const n = 100_000;
  // Each was quadratic once (a `[…]+$` or `\s*=\s*` regex retrying across a long run).
  it.each([
    ['a run of spaces in a title field', 'Job title: a' + ' '.repeat(n) + 'b'],
    ['a run of stars after a title field', 'Job title: a' + '*'.repeat(n) + 'x'],
    ['a run of dots in a markdown heading', '# Sales' + '.'.repeat(n) + 'x'],
    ['a run of digits in a fine', 'Assessment:\n1. ' + '5'.repeat(n)],
    ['a run of sentence ends in an item', '1. a' + '. '.repeat(n)],
    ['a run of colons and letters in an item', '1. a' + ': a, '.repeat(n / 4)],
  ])('reads %s to a valid org', (_, text) => {
    // Quadratic here took minutes: the test's timeout is the guard; speed is the bench's
    // (BENCH_ONLY=text npm run bench), not a timed test's.
    const result = parseRoleText(text);
    expect(parseOrg(result.org).ok).toBe(true);
  });
});

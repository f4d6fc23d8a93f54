import { describe, expect, it } from 'vitest';
import { fromCSV, type ImportResult } from '../../../src/import';

/**
 * A 10 MB export: a tree of managers, each with ten reports, with quoted cells (commas,
 * doubled quotes, a newline) and CRLF throughout, and two broken rows near the end.
 */
function bigExport(targetBytes: number): { text: string; rows: number; lastLine: number } {
  const lines = ['Employee ID,Full Name,Job Title,Manager ID,Department,Email,Notes'];
  let bytes = lines[0]!.length;
  let line = 1;
  let n = 0;
  while (bytes < targetBytes) {
    const manager = n === 0 ? '' : `E${Math.floor((n - 1) / 10)}`;
    // Every 1,000th row holds a newline in a quoted cell: it spans two lines of the file.
    const notes = n % 1000 === 999 ? '"first line\nsecond line"' : n % 7 === 0 ? '"Sales, ""key"" accounts"' : 'plain';
    const row = `E${n},Person ${n},Account Executive ${n % 50},${manager},Sales ${n % 12},p${n}@example.com,${notes}`;
    lines.push(row);
    bytes += row.length + 2;
    line += notes.includes('\n') ? 2 : 1;
    n++;
  }
  lines.push(`X1,Lost Person,Account Executive,E99999999,Sales,lost@example.com,plain`);
  lines.push(`,No Id,Account Executive,E0,Sales,noid@example.com,plain`);
  return { text: lines.join('\r\n'), rows: n + 1, lastLine: line + 2 };
}

const org = (result: ImportResult) => {
  if (!result.ok) throw new Error(`expected ok, got ${result.issues.slice(0, 3).map((i) => i.message).join('; ')}`);
  return result.org;
};

describe('fromCSV at scale', () => {
  const big = bigExport(10 * 1024 * 1024);

  // No time is asserted (the bench measures speed); the timeout only keeps a hang from passing.
  it('reads a 10 MB export into a whole org, with the two bad rows near the end warned about at their lines', { timeout: 120_000 }, () => {
    expect(big.text.length).toBeGreaterThan(10 * 1024 * 1024);
    const result = fromCSV(big.text);
    const built = org(result);
    expect(built.roles).toHaveLength(big.rows);
    expect(built.people).toHaveLength(big.rows);
    expect(built.roles.filter((role) => role.reportsTo === undefined).map((role) => role.id)).toEqual(['E0', 'X1']);
    expect(result.warnings.map((w) => [w.code, w.line, w.column])).toEqual([
      ['skipped_row', big.lastLine, 'Employee ID'],
      ['unknown_manager', big.lastLine - 1, 'Manager ID'],
    ]);
    expect(built.roles.find((role) => role.id === 'E999')!.meta).toEqual({ Notes: 'first line\nsecond line' });
  });
});

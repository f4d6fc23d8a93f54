import { readFileSync } from 'node:fs';

/** The job descriptions in tests/fixtures/text, written for these tests in the styles HR documents come in. */
export const FIXTURES = ['hr-export.txt', 'zh-multi.txt', 'markdown.md', 'messy-crlf.txt', 'seed-style.txt'] as const;

export const fixture = (name: (typeof FIXTURES)[number]): string => readFileSync(new URL(`../../../fixtures/text/${name}`, import.meta.url), 'utf8');

/** Every non-blank line's [start, end), split the way parseRoleText counts lines. */
export function nonBlankLines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m[0] !== '') {
    const body = m[0].replace(/[\r\n]+$/, '');
    if (body.trim() !== '') out.push([m.index, m.index + body.length]);
    if (re.lastIndex >= text.length) break;
  }
  return out;
}

/** The lines no role span and no warning span holds: what the reader would have dropped silently. */
export function uncoveredLines(text: string, spans: ReadonlyArray<readonly [number, number]>): string[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  return nonBlankLines(text)
    .filter(([start, end]) => !sorted.some(([s, e]) => s <= start && end <= e) && !coveredByUnion(start, end, sorted))
    .map(([start, end]) => text.slice(start, end));
}

function coveredByUnion(start: number, end: number, sorted: ReadonlyArray<readonly [number, number]>): boolean {
  let reach = start;
  for (const [s, e] of sorted) {
    if (s > reach) continue;
    if (e > reach) reach = e;
    if (reach >= end) return true;
  }
  return reach >= end;
}

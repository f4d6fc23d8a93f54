/** One line of the source text and where it sits in it. */
export interface SourceLine {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past its last character, line break excluded. */
  end: number;
  /** 1-based, as an editor counts (CRLF is one break). */
  number: number;
  text: string;
}

/**
 * The text's lines with their offsets, one pass with indexOf rather than a split, so a
 * 5 MB paste is walked once and every span can point back into the original string.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let number = 1;
  while (start <= text.length) {
    let end = start;
    while (end < text.length) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    lines.push({ start, end, number, text: text.slice(start, end) });
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    number++;
  }
  return lines;
}

/** Offset → 1-based line number, by binary search over the lines' starts. */
export function lineAt(lines: readonly SourceLine[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lines[lo]?.number ?? 1;
}

/** Lines with no letter, digit or CJK character (a stray `;`, a rule of dashes) carry nothing to read. */
export function isPunctuationOnly(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

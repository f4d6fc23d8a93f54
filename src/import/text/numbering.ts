/**
 * List markers: the number, letter or bullet an item starts with. Each family is a
 * separate list style, so a change of family is how nesting shows in job descriptions
 * (`1.` → `(1)` → `a)`); two spellings of one family (`1,` and `2.`) are the same list.
 */
export type MarkerFamily =
  | 'digit'
  | 'digit-paren'
  | 'paren-digit'
  | 'letter'
  | 'paren-letter'
  | 'circled'
  | 'cjk'
  | 'paren-cjk'
  | 'ordinal'
  | 'step'
  | `bullet${string}`;

export interface Marker {
  family: MarkerFamily;
  /** 1-based position in its list; 0 for bullets, which carry none. */
  value: number;
  /**
   * OCR splits numbers (`1 1,` for 11): the separate digits, when there were spaces.
   * `value` reads them joined; `resolveMarkerValue` picks the reading the list expects.
   */
  digits?: string[] | undefined;
  /** Offset where the marker starts. */
  start: number;
  /** Offset where the item's own text starts (marker and the spaces after it skipped). */
  end: number;
}

const CJK_DIGITS = '〇一二三四五六七八九';

/** 一 … 九十九, the range list numbering uses. */
export function cjkNumeral(text: string): number | undefined {
  if (!/^[一二三四五六七八九十]{1,3}$/.test(text)) return undefined;
  const ten = text.indexOf('十');
  if (ten === -1) return text.length === 1 ? CJK_DIGITS.indexOf(text) : undefined;
  const tens = ten === 0 ? 1 : CJK_DIGITS.indexOf(text[0]!);
  const units = ten === text.length - 1 ? 0 : CJK_DIGITS.indexOf(text[ten + 1]!);
  return tens > 0 && units >= 0 && text.length - ten <= 2 ? tens * 10 + units : undefined;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

// Sticky (`y`) so each is tried at one offset of a possibly huge line, never scanning it.
const CIRCLED = /\s*([\u2460-\u2473])[\s.,，、]*/y;
const PAREN = /\s*[(（]\s*(\d{1,3}|[A-Za-z]|[一二三四五六七八九十]{1,3})\s*[)）][\s.,，、:：]*/y;
// `2.2 years…` is item 2 with its text glued on, so a digit may follow the dot; after a
// comma three digits are a thousands group (`1,000 yuan`), not an item.
// Up to five digits: a long list goes past 999 (a number that big only continues a list, see isPlausibleStart).
const DIGIT = /\s*(\d{1,5}(?: \d){0,3}) ?([.,、;；，．)）])(?!(?<=,)\d{3})[\s]*/y;
const CJK = /\s*([一二三四五六七八九十]{1,3})\s*[、.．,，][\s]*/y;
const LETTER = /\s*([A-Za-z]) ?[.,、)）](?:\s+|(?=[\u4e00-\u9fff]))/y;
const ORDINAL = /\s*(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?\s*[,，:：.、][\s]*/iy;
const STEP = /\s*(?:step\s*(\d{1,2})|第([一二三四五六七八九十]{1,3}|\d{1,2})(?:步|阶段|部分|环节))\s*[:：.,，、)）]?[\s]*/iy;
const BULLET = /\s*(?:([-*+–—])\s+|([•·●○◦▪■□◆◇►▶✓√※])\s*)/y;

function at(re: RegExp, text: string, from: number): RegExpExecArray | null {
  re.lastIndex = from;
  return re.exec(text);
}

/** The list marker at `from` (after any spaces), or undefined when the text there is not an item. */
export function readMarker(text: string, from = 0): Marker | undefined {
  const start = skipSpaces(text, from);
  let m: RegExpExecArray | null;
  if ((m = at(CIRCLED, text, from))) return { family: 'circled', value: m[1]!.charCodeAt(0) - 0x2460 + 1, start, end: from + m[0].length };
  if ((m = at(PAREN, text, from))) {
    const inner = m[1]!;
    if (/^\d/.test(inner)) return { family: 'paren-digit', value: Number(inner), start, end: from + m[0].length };
    if (/^[A-Za-z]$/.test(inner)) return { family: 'paren-letter', value: letterValue(inner), start, end: from + m[0].length };
    const value = cjkNumeral(inner);
    if (value !== undefined) return { family: 'paren-cjk', value, start, end: from + m[0].length };
  }
  if ((m = at(DIGIT, text, from))) {
    const raw = m[1]!;
    const digits = raw.includes(' ') ? raw.split(' ') : undefined;
    const family = m[2] === ')' || m[2] === '）' ? 'digit-paren' : 'digit';
    return { family, value: Number(raw.replace(/ /g, '')), digits, start, end: from + m[0].length };
  }
  if ((m = at(CJK, text, from))) {
    const value = cjkNumeral(m[1]!);
    if (value !== undefined) return { family: 'cjk', value, start, end: from + m[0].length };
  }
  if ((m = at(STEP, text, from))) {
    const n = m[1] ?? m[2]!;
    const value = /^\d/.test(n) ? Number(n) : cjkNumeral(n);
    if (value !== undefined) return { family: 'step', value, start, end: from + m[0].length };
  }
  if ((m = at(ORDINAL, text, from))) return { family: 'ordinal', value: ORDINALS.indexOf(m[1]!.toLowerCase()) + 1, start, end: from + m[0].length };
  if ((m = at(LETTER, text, from))) return { family: 'letter', value: letterValue(m[1]!), start, end: from + m[0].length };
  if ((m = at(BULLET, text, from))) {
    const bullet = m[1] ?? m[2]!;
    // `**Bold**` and `--` rules are markdown, not bullets.
    if (bullet === '*' && text[from + m[0].length] === '*') return undefined;
    return { family: `bullet${bullet}`, value: 0, start, end: from + m[0].length };
  }
  return undefined;
}

const letterValue = (letter: string) => letter.toLowerCase().charCodeAt(0) - 96;

function skipSpaces(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/**
 * Which reading of an OCR-split number the list means: `1 1,` after item 10 is 11, but
 * after a heading that ends in its own number (`… department 4 1.`) only the last digit is
 * the item's. `expected` is the value the list would continue with.
 */
export function resolveMarkerValue(marker: Marker, expected: number | undefined): number {
  if (!marker.digits) return marker.value;
  if (marker.value === expected) return marker.value;
  const last = Number(marker.digits[marker.digits.length - 1]);
  return last === expected || (expected === undefined && last === 1) ? last : marker.value;
}

/**
 * A letter or ordinal marker only counts where the list it would belong to is plausible:
 * it starts a list (a, First) or continues one. Otherwise "A, B and C" would be three items
 * and "Second, the team…" a step. A number of four digits or more likewise.
 */
const FIRST_LONG_NUMBER = 1000;

export function isPlausibleStart(marker: Marker, expected: number | undefined): boolean {
  // `2023. The company…` is a year, not item 2023 of a list: four digits only continue one.
  if (marker.value >= FIRST_LONG_NUMBER) return marker.value === expected;
  if (marker.family !== 'letter' && marker.family !== 'paren-letter' && marker.family !== 'ordinal') return true;
  return marker.value === 1 || marker.value === expected;
}

/**
 * The next place inside a line where another item starts: right after a sentence ends
 * (`…plan. 5. Inquire`), a closing bracket, or a colon that opens a sub-list (`…training:
 * a, confirm`). `accept` decides whether the marker there is one the list expects; without
 * that check `…of 7.KA channel` would be split. One forward scan from `from`.
 */
const BOUNDARY = /[.;。；:：!?！？)）](\s*)/g;

export function findNextInlineMarker(text: string, from: number, accept: (marker: Marker, afterColon: boolean) => boolean): Marker | undefined {
  // One module-level regex: a new one per item was a measurable share of a 5 MB paste's garbage.
  const boundary = BOUNDARY;
  boundary.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(text))) {
    const punct = m[0][0]!;
    // ASCII punctuation needs a space after it (`7.KA` is a name); Chinese punctuation does not.
    if (punct.charCodeAt(0) < 128 && m[1] === '') continue;
    const marker = readMarker(text, m.index + m[0].length);
    if (marker && marker.end < text.length && accept(marker, punct === ':' || punct === '：')) return marker;
  }
  return undefined;
}

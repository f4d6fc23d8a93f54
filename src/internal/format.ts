/** Intl formatters are costly to build; cache one per locale and options. */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, locale?: string, options?: Intl.NumberFormatOptions): string {
  const key = `${locale ?? ''}|${JSON.stringify(options ?? {})}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      // An unknown currency code or locale from data: fall back rather than crash.
      format = new Intl.NumberFormat(undefined, options?.style === 'currency' ? {} : options);
    }
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/**
 * Languages whose numbers are written in ASCII digits in every region (CLDR's default
 * numbering system is "latn"). A test compares them with Intl for every count 0–999.
 */
export const LATIN_DIGITS: ReadonlySet<string> = new Set(
  'af am az be bg bs ca cs cy da de el en es et eu fi fil fr ga gl gu he hi hr hu hy id is it ja ka kk km kn ko ky lo lt lv mk ml mn nb nl nn no pl pt ro ru si sk sl sq sr sv sw ta te th tk tr uk vi zh zu'.split(' '),
);
let defaultLocale: string | undefined;

/**
 * A count as the locale writes it. Counts under 1,000 in a language written in ASCII
 * digits need no grouping and no other digits, so they skip `Intl.NumberFormat`: the
 * first one a page builds costs 15–60 ms of ICU start-up in Chromium, on the first paint
 * of every chart. Anything else — other digits, a `-u-nu-` extension, a script subtag,
 * larger numbers — goes through Intl.
 */
export function formatCount(value: number, locale?: string): string {
  if (Number.isInteger(value) && value >= 0 && value < 1000) {
    // PluralRules is cheap to build (well under a millisecond), unlike NumberFormat.
    const tag = locale ?? (defaultLocale ??= new Intl.PluralRules().resolvedOptions().locale);
    const match = /^([a-z]{2,3})(?:[-_](?:[A-Z]{2}|\d{3}))?$/i.exec(tag);
    if (match && LATIN_DIGITS.has(match[1]!.toLowerCase())) return String(value);
  }
  return formatNumber(value, locale);
}

const listFormats = new Map<string, Intl.ListFormat | null>();

/**
 * "Lucy Hart and Ben Carter" (or, as a `disjunction`, "Lead or Head of sales") in the
 * locale's words; a plain comma list where Intl.ListFormat is missing.
 */
export function formatList(items: readonly string[], locale?: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  if (items.length < 2) return items[0] ?? '';
  const key = `${type}:${locale ?? ''}`;
  let format = listFormats.get(key);
  if (format === undefined) {
    try {
      format = typeof Intl.ListFormat === 'function' ? new Intl.ListFormat(locale, { type }) : null;
    } catch {
      format = null;
    }
    listFormats.set(key, format);
  }
  return format ? format.format(items) : items.join(', ');
}

export function formatCurrency(amount: number, currency: string, locale?: string): string {
  return formatNumber(amount, locale, { style: 'currency', currency });
}

/** Up to two initials, from the first and last word; a CJK name shows its first character. */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = Array.from(words[0]!)[0] ?? '';
  // No Han character lies below U+2E80: most names never compile the Unicode-property
  // regex, whose first use cost a 10,000-role collapse about ten milliseconds.
  if (first.codePointAt(0)! >= 0x2e80 && /\p{Script=Han}/u.test(first)) return first;
  const last = words.length > 1 ? (Array.from(words[words.length - 1]!)[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/**
 * Wraps text in a first-strong isolate (FSI … PDI), for attributes that cannot hold a
 * `<bdi>`: an English placeholder on a right-to-left page keeps its trailing "…" at
 * the end instead of the start. Screen readers ignore the two marks.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;

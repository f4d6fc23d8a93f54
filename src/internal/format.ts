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
  if (/\p{Script=Han}/u.test(first)) return first;
  const last = words.length > 1 ? (Array.from(words[words.length - 1]!)[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/**
 * Wraps text in a first-strong isolate (FSI … PDI), for attributes that cannot hold a
 * `<bdi>`: an English placeholder on a right-to-left page keeps its trailing "…" at
 * the end instead of the start. Screen readers ignore the two marks.
 */
export const isolate = (text: string) => `\u2068${text}\u2069`;

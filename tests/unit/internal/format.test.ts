import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber, LATIN_DIGITS } from '../../../src/internal/format';

// formatCount skips Intl for small counts in the languages it lists as written in ASCII
// digits; it must never write a count differently from Intl.NumberFormat.
const LANGUAGES = [...LATIN_DIGITS];

describe('formatCount', () => {
  it.each(LANGUAGES)('writes every count 0–999 in %s as Intl does', (language) => {
    for (const tag of [language, `${language}-001`]) {
      const intl = new Intl.NumberFormat(tag);
      for (let n = 0; n < 1000; n++) expect(formatCount(n, tag)).toBe(intl.format(n));
    }
  });

  it.each(['ar-EG', 'fa', 'bn', 'mr', 'ne', 'my', 'en-u-nu-arab', 'zh-Hans-CN-u-nu-hanidec', 'ar'])('leaves %s to Intl, whose digits differ', (tag) => {
    expect(formatCount(7, tag)).toBe(formatNumber(7, tag));
    expect(formatCount(312, tag)).toBe(new Intl.NumberFormat(tag).format(312));
  });

  it('groups large counts as the locale does', () => {
    expect(formatCount(12_345, 'en')).toBe('12,345');
    expect(formatCount(12_345, 'de')).toBe('12.345');
  });

  it('follows the runtime default locale when none is given', () => {
    expect(formatCount(42)).toBe(new Intl.NumberFormat().format(42));
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readChineseNumeral } from '../../../../src/import/text/chineseNumerals';

/** n in 1..99999 the way it is written out: 十五, 一百零五, 一千五百, 一万零五十. The reader is tested against it. */
function writeChineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  const units = ['', '十', '百', '千', '万'];
  const places = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  places.forEach((digit, i) => {
    const unit = units[places.length - 1 - i]!;
    if (digit === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    // 十五, not 一十五: a leading one ten is written without its 一.
    out += (digit === 1 && unit === '十' && out === '' ? '' : digits[digit]!) + unit;
  });
  return out;
}

describe('readChineseNumeral', () => {
  it.each([
    ['五', 5],
    ['十', 10],
    ['十五', 15],
    ['一十五', 15],
    ['五十', 50],
    ['一百', 100],
    ['二百', 200],
    ['两百', 200],
    ['一百零五', 105],
    ['一千五百', 1500],
    ['一千五', 1500],
    ['一千零五', 1005],
    ['三万五', 35000],
    ['一万零五百', 10500],
    ['一百万', 1_000_000],
    ['一亿二千万', 120_000_000],
    ['伍拾', 50],
    ['壹佰', 100],
    ['二〇二六', 2026],
  ])('%j is %d', (text, value) => {
    expect(readChineseNumeral(text)).toBe(value);
  });

  it.each([[''], ['万'], ['百'], ['五a'], ['元']])('%j is no numeral', (text) => {
    expect(readChineseNumeral(text)).toBeUndefined();
  });

  it('reads back every number from 1 to 99999 as it is written out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), (n) => {
        expect(readChineseNumeral(writeChineseNumeral(n))).toBe(n);
      }),
      { numRuns: 5_000, examples: [[1], [10], [11], [100], [101], [110], [1000], [1001], [1010], [10000], [10001], [10010], [10100], [99999]] },
    );
  });
});

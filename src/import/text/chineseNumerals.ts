/**
 * Chinese numerals as fines write them: 五十, 一百, 二百, 一千五百, 一万零五百, 两千, the
 * financial forms (壹佰, 伍拾) and the spoken shortening 一千五 (= 1500). Intl formats
 * numbers but reads none back, so this is by hand.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
/** Units below 万: they multiply the digit before them within a section. */
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** Units that close a section: everything read so far is so many 万 (or 亿). */
const SECTION_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** The characters a Chinese numeral is written with, for a regex character class. */
export const CHINESE_NUMERAL_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億';

/**
 * The value of a Chinese numeral, or undefined when `text` is not one (an empty string,
 * another character, a unit with nothing to multiply such as 万 alone).
 */
export function readChineseNumeral(text: string): number | undefined {
  if (text === '') return undefined;
  let total = 0;
  /** What the current section (below 万) adds up to so far. */
  let section = 0;
  /** Digits read since the last unit, positional when several follow each other (二〇二六). */
  let digits: number | undefined;
  /** The unit just before the pending digits, for 一千五 = 1500; reset by 零 (一千零五 = 1005). */
  let lastUnit = 0;
  let zeroSince = false;
  let sectionUnitSeen = 0;
  for (const c of text) {
    const digit = DIGITS[c];
    if (digit !== undefined) {
      if (digit === 0) zeroSince = true;
      digits = digits === undefined ? digit : digits * 10 + digit;
      continue;
    }
    const small = SMALL_UNITS[c];
    if (small !== undefined) {
      // 十五 is 15: a 十 with no digit before it is one ten (only 十 is written that way).
      if (digits === undefined && small !== 10) return undefined;
      section += (digits ?? 1) * small;
      digits = undefined;
      lastUnit = small;
      zeroSince = false;
      continue;
    }
    const big = SECTION_UNITS[c];
    if (big !== undefined) {
      const value = section + (digits ?? 0);
      if (value === 0 && total === 0) return undefined;
      // 一亿二千万: 万 after 亿 multiplies only its own section.
      if (sectionUnitSeen !== 0 && big > sectionUnitSeen) total = (total + value) * big;
      else total += value * big;
      sectionUnitSeen = big;
      section = 0;
      digits = undefined;
      lastUnit = big;
      zeroSince = false;
      continue;
    }
    return undefined;
  }
  if (digits !== undefined) {
    // 一千五 (no 零, one digit right after a unit): the digit counts in the next unit down.
    const shortened = !zeroSince && lastUnit >= 100 && digits < 10;
    section += shortened ? digits * (lastUnit === 1e4 ? 1000 : lastUnit === 1e8 ? 1e7 : lastUnit / 10) : digits;
  }
  return total + section;
}

import type { PenaltyInput, PenaltyPeriod } from '../../model/schema';
import { CHINESE_NUMERAL_CHARS, readChineseNumeral } from './chineseNumerals';

/** Currency words and signs → ISO 4217. Yuan, 元, RMB and ¥ are the Chinese documents' CNY. */
const CURRENCY_WORDS: Array<[RegExp, string]> = [
  [/^(?:yuan|元|块|rmb|cny|renminbi|人民币|¥|￥)$/i, 'CNY'],
  [/^(?:usd|us\$|\$|dollars?)$/i, 'USD'],
  [/^(?:eur|€|euros?)$/i, 'EUR'],
  [/^(?:gbp|£|pounds?)$/i, 'GBP'],
];

function currencyOf(word: string): string | undefined {
  for (const [re, code] of CURRENCY_WORDS) if (re.test(word)) return code;
  return undefined;
}

// Bounded digit runs: an unbounded `\d+` before a currency word backtracks through a long run of digits at every start (quadratic).
const AMOUNT = '(\\d{1,3}(?:,\\d{3}){1,5}|\\d{1,15})(?:\\.(\\d{1,6}))?';
const SIGN_FIRST = /* @__PURE__ */ new RegExp(`(RMB|CNY|USD|EUR|GBP|US\\$|[¥￥$€£])\\s*${AMOUNT}`, 'gi');
const AMOUNT_FIRST = /* @__PURE__ */ new RegExp(`${AMOUNT}\\s*(万)?\\s*(yuan|元|块|RMB|CNY|USD|EUR|GBP|dollars?|euros?|pounds?)(?![A-Za-z])`, 'gi');
/** 罚款五十元, 一百元/次, 一千五百元: a run of numeral characters before 元 (bounded, so a long run is not retried at every start). */
// 元 and 块 start words too (一元化 unified, 元素 element, 一块儿 together): those are no currency.
const CHINESE_AMOUNT = /* @__PURE__ */ new RegExp(`([${CHINESE_NUMERAL_CHARS}]{1,16})\\s*(元(?![化素件旦首宵])|块(?![儿地状头])|人民币)`, 'g');
/**
 * What may stand right before a Chinese amount: a penalty word's last character, 次 of 每次,
 * or anything but a Han character. 统一元 (unified) is no one-yuan fine.
 */
const BEFORE_CHINESE_AMOUNT = /[款罚扣处次计以为共额币金]|^[^\p{Script=Han}]$/u;
const PENALTY_WORD = /* @__PURE__ */ new RegExp(`(?:fined?|fines|penalty|penalised|penalized|deduct(?:ed|ion)?(?:\\s+of)?|罚款|扣款|扣罚|罚|扣)\\s*(?:of\\s*)?${AMOUNT}`, 'gi');

/** Each reading of an amount needs a digit, a currency sign, or 元 / 块 / 人民币 after a Chinese numeral. */
const MAY_HOLD_AMOUNT = /[0-9¥￥$€£元块币]/;

/** What one fine is charged for, read from the words next to the amount. */
const PERIODS: Array<[RegExp, PenaltyPeriod]> = [
  [/^\s*(?:\/\s*次|每次|per (?:time|occurrence|incident|case|violation)|each time|once\b|a time\b)/i, 'occurrence'],
  [/^\s*(?:\/\s*(?:天|日)|每天|每日|per day|a day\b|daily)/i, 'day'],
  [/^\s*(?:\/\s*周|每周|per week|a week\b|weekly)/i, 'week'],
  [/^\s*(?:\/\s*月|每月|per month|a month\b|monthly)/i, 'month'],
  [/^\s*(?:\/\s*季度?|每季度?|per quarter|quarterly)/i, 'quarter'],
  [/^\s*(?:\/\s*年|每年|per year|a year\b|yearly|annually)/i, 'year'],
];
const PERIOD_BEFORE: Array<[RegExp, PenaltyPeriod]> = [
  [/(?:每次|each time)\s*\S{0,4}$/i, 'occurrence'],
  [/(?:每天|每日)\s*\S{0,4}$/, 'day'],
  [/每周\s*\S{0,4}$/, 'week'],
  [/每月\s*\S{0,4}$/, 'month'],
];

export interface Fine {
  amount: number;
  /** Undefined when the text names no currency (`fined 50 per day`). */
  currency?: string | undefined;
  per?: PenaltyPeriod | undefined;
}

/**
 * The fine an assessment rule names: `50 yuan once`, `RMB 100`, `¥200`, `罚款50元/次`,
 * `fined 30 per day`. The first amount with a currency wins; a bare amount counts only
 * after a penalty word, so "3 years" or "twice a week" are not fines.
 */
export function readFine(text: string): Fine | undefined {
  const found = locateFine(text);
  if (!found) return undefined;
  const { start: _start, ...fine } = found;
  return fine;
}

/** `readFine`, and where its amount (or currency sign) starts: the rule it belongs to is the clause around it. */
export function locateFine(text: string): (Fine & { start: number }) | undefined {
  // Every duty is asked whether it names a fine, and most name none: one cheap test before four regexes.
  if (!MAY_HOLD_AMOUNT.test(text)) return undefined;
  const found = firstMatch(text);
  if (!found) return undefined;
  const { amount, currency, start, end } = found;
  if (!Number.isFinite(amount) || amount > Number.MAX_SAFE_INTEGER) return undefined;
  const fine: Fine & { start: number } = { amount, start };
  if (currency) fine.currency = currency;
  const per = periodAround(text, start, end);
  if (per) fine.per = per;
  return fine;
}

function firstMatch(text: string): { amount: number; currency?: string | undefined; start: number; end: number } | undefined {
  let best: { amount: number; currency?: string | undefined; start: number; end: number } | undefined;
  for (const re of [SIGN_FIRST, AMOUNT_FIRST]) {
    re.lastIndex = 0;
    const m = re.exec(text);
    if (!m) continue;
    const signFirst = re === SIGN_FIRST;
    // `1.5万元`: so many ten thousands.
    const amount = signFirst ? toAmount(m[2]!, m[3]) : toAmount(m[1]!, m[2]) * (m[3] ? 1e4 : 1);
    const currency = currencyOf(signFirst ? m[1]! : m[4]!);
    if (!best || m.index < best.start) best = { amount, currency, start: m.index, end: m.index + m[0].length };
  }
  const chinese = chineseAmount(text, best?.start ?? text.length);
  if (chinese) best = chinese;
  if (best) {
    // `罚款50元/次`: the amount and currency are one match; a per suffix may follow either form.
    return best;
  }
  PENALTY_WORD.lastIndex = 0;
  const m = PENALTY_WORD.exec(text);
  if (!m) return undefined;
  return { amount: toAmount(m[1]!, m[2]), start: m.index, end: m.index + m[0].length };
}

/** The first Chinese-numeral amount before `before`, skipping numerals that are part of a word. */
function chineseAmount(text: string, before: number): { amount: number; currency: string; start: number; end: number } | undefined {
  CHINESE_AMOUNT.lastIndex = 0;
  for (let m = CHINESE_AMOUNT.exec(text); m && m.index < before; m = CHINESE_AMOUNT.exec(text)) {
    const previous = m.index > 0 ? text[m.index - 1]! : ' ';
    if (!BEFORE_CHINESE_AMOUNT.test(previous)) continue;
    const amount = readChineseNumeral(m[1]!);
    if (amount === undefined || amount === 0) continue;
    return { amount, currency: currencyOf(m[2]!) ?? 'CNY', start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

function toAmount(whole: string, fraction: string | undefined): number {
  return Number(whole.replace(/,/g, '') + (fraction ? `.${fraction}` : ''));
}

function periodAround(text: string, start: number, end: number): PenaltyPeriod | undefined {
  const after = text.slice(end, end + 24);
  for (const [re, per] of PERIODS) if (re.test(after)) return per;
  const before = text.slice(Math.max(0, start - 12), start);
  for (const [re, per] of PERIOD_BEFORE) if (re.test(before)) return per;
  return undefined;
}

/** A fine as the model wants it, or undefined when no currency is known at all. */
export function toPenalty(fine: Fine, fallbackCurrency: string | undefined): PenaltyInput | undefined {
  const currency = fine.currency ?? fallbackCurrency;
  if (currency === undefined) return undefined;
  const penalty: PenaltyInput = { amount: fine.amount, currency };
  if (fine.per) penalty.per = fine.per;
  return penalty;
}

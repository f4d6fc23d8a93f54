/**
 * Which duties an assessment rule is about, read from the words the two share: "no other
 * work assigned by the leadership, 20 yuan" checks "complete other tasks assigned by the
 * leadership". Only a clear match links: at least two shared words (three shared pairs of
 * Chinese characters: one three-character run shared across a word boundary is chance), and
 * one or two duties ahead of the rest; a rule that matches nothing (or everything) stays unlinked.
 */

export interface DutyForLinking {
  id: string;
  text: string;
  /** Index of the duty group it is in. */
  group: number;
}

/** Words every rule or duty uses: they tell no duty from another. */
const STOP_WORDS = /* @__PURE__ */ new Set(
  (
    'the and for with not are was were been being has have had will shall would should can could may must this that these those there their them they its his her our your ' +
    'from into onto over under once each time times other any all per who which when where what than then also such more most very one two three ' +
    'yuan rmb cny usd eur gbp assessment assessed assess evaluate evaluated evaluates fine fined fines penalty deduct deducted deduction cost ' +
    'day days week weeks month months year years responsible responsibility responsibilities complete work job company department'
  ).split(' '),
);

/** Chinese pairs of that kind: fines, "each time", "responsible for", "the company", "work". */
const STOP_BIGRAMS = /* @__PURE__ */ new Set(['罚款', '扣款', '扣罚', '每次', '考核', '负责', '公司', '工作', '部门', '完成', '元次', '按时']);

/** Numerals and the currency sign-word: an amount is no topic. */
const NUMERAL = /[零〇一二两三四五六七八九十百千万元块]/;

/** A word's first five letters stand for it: "customers" and "customer", "satisfied" and "satisfaction". */
const STEM_LENGTH = 5;

/** A word every duty shares says nothing about which one a rule checks; skipping such words also keeps the work linear. */
const MAX_DUTIES_PER_WORD = 32;

/** How much a shared word counts towards `ENOUGH_SHARED`: an English stem is a word, a Chinese pair two thirds of one. */
const STEM_POINTS = 3;
const PAIR_POINTS = 2;
const ENOUGH_SHARED = 6;

/** English stems and Chinese character pairs of a text, each once (a pair is two Han characters, a stem Latin letters). */
export function topicWords(text: string): Set<string> {
  const words = new Set<string>();
  const lower = text.toLowerCase();
  for (const match of lower.matchAll(/[a-z]{3,}/g)) {
    const word = match[0];
    if (STOP_WORDS.has(word)) continue;
    words.add(word.slice(0, STEM_LENGTH));
  }
  for (const match of text.matchAll(/\p{Script=Han}{2,}/gu)) {
    const run = match[0];
    for (let i = 0; i + 1 < run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (STOP_BIGRAMS.has(pair) || NUMERAL.test(pair)) continue;
      words.add(pair);
    }
  }
  return words;
}

/** The duties of one role, indexed by the words they use, so each rule is matched without comparing it to every duty. */
export class DutyIndex {
  private readonly postings = new Map<string, number[]>();
  /** Each group's duties, as far as the one-duty fallback needs: the first id and how many. */
  private readonly groups = new Map<number, { first: string; count: number }>();

  constructor(private readonly duties: readonly DutyForLinking[]) {
    duties.forEach((duty, i) => {
      const group = this.groups.get(duty.group);
      if (group) group.count++;
      else this.groups.set(duty.group, { first: duty.id, count: 1 });
      for (const word of topicWords(duty.text)) {
        const list = this.postings.get(word);
        if (!list) this.postings.set(word, [i]);
        else if (list.length <= MAX_DUTIES_PER_WORD) list.push(i);
      }
    });
  }

  /**
   * The ids of the duties `text` is about. `group`: the duty group the rule was written
   * under or after; its duties win a tie with other groups', and when nothing matches by
   * words, a group of one duty is that duty.
   */
  match(text: string, group: number | undefined): string[] {
    const scores = new Map<number, { score: number; shared: number }>();
    const total = this.duties.length;
    for (const word of topicWords(text)) {
      const list = this.postings.get(word);
      if (!list || list.length > MAX_DUTIES_PER_WORD) continue;
      // Rarer words weigh more: "satisfaction" tells more than "sales" in a sales department.
      const weight = Math.log(1 + total / list.length);
      const points = /^[a-z]/.test(word) ? STEM_POINTS : PAIR_POINTS;
      for (const i of list) {
        const entry = scores.get(i);
        if (entry) {
          entry.score += weight;
          entry.shared += points;
        } else scores.set(i, { score: weight, shared: points });
      }
    }
    let candidates = [...scores].filter(([, entry]) => entry.shared >= ENOUGH_SHARED);
    if (group !== undefined && candidates.some(([i]) => this.duties[i]!.group === group)) {
      candidates = candidates.filter(([i]) => this.duties[i]!.group === group);
    }
    if (candidates.length === 0) {
      const only = group === undefined ? undefined : this.groups.get(group);
      return only?.count === 1 ? [only.first] : [];
    }
    // A loop, not Math.max(...): a long rule can share words with thousands of duties, more than a call's arguments.
    let best = -Infinity;
    for (const [, entry] of candidates) if (entry.score > best) best = entry.score;
    // Equal scores within rounding: a rule naming two duties' shared words is about both.
    const top = candidates.filter(([, entry]) => best - entry.score < 1e-9).map(([i]) => this.duties[i]!.id);
    return top.length <= 2 ? top : [];
  }
}

/** Where a sentence or a list clause ends: the rule a duty's fine belongs to starts after the last one before the amount. */
const CLAUSE_END = /* @__PURE__ */ new Set([';', '；', '。', '！', '!', '?', '？']);

/**
 * The rule inside a duty that carries its own fine: "Submit the plan by the 5th; late plans,
 * 50 yuan once" → "late plans, 50 yuan once". The whole text when nothing but the amount
 * would be left ("… by the 5th. 50 yuan once").
 */
export function fineClause(text: string, fineStart: number): string {
  let start = 0;
  for (let i = Math.min(fineStart, text.length) - 1; i >= 0; i--) {
    const c = text[i]!;
    if (CLAUSE_END.has(c) || (c === '.' && (text[i + 1] === ' ' || i + 1 === text.length))) {
      start = i + 1;
      break;
    }
  }
  const clause = text.slice(start).trim();
  const before = text.slice(start, fineStart);
  return /\p{L}{2,}/u.test(before) ? clause : text.trim();
}

/**
 * Section headings (`Main responsibilities:`, `任职要求`) and the title lines that open a
 * job description (`Responsibilities of the sales manager`, `销售经理岗位职责`).
 */
export type SectionKind = 'duties' | 'qualifications' | 'workflow' | 'assessments' | 'authority' | 'summary' | 'accountabilities';

const SECTION_WORDS: Record<SectionKind, readonly string[]> = {
  duties: [
    'responsibilities', 'job responsibilities', 'main responsibilities', 'key responsibilities', 'primary responsibilities',
    'duties', 'job duties', 'main duties', 'key duties', 'duties and responsibilities', 'responsibilities and duties',
    'job content', 'work content', 'job description', 'what you will do', 'what you ll do', 'specific responsibilities',
    '岗位职责', '工作职责', '主要职责', '职责', '工作内容', '岗位描述', '职位描述', '职责描述', '主要工作', '具体职责',
  ],
  qualifications: [
    'qualified', 'qualifications', 'qualification', 'requirements', 'job requirements', 'requirement', 'skills',
    'skills and experience', 'qualifications and experience', 'what we look for', 'who you are', 'job qualifications',
    'requirements and qualifications', 'qualification requirements', 'eligibility', 'preferred qualifications',
    '任职要求', '任职资格', '岗位要求', '任职条件', '资格要求', '职位要求', '应聘要求', '要求',
  ],
  workflow: ['workflow', 'work flow', 'work process', 'work procedure', 'procedure', 'process', 'workflow process', '工作流程', '流程', '工作程序', '操作流程'],
  assessments: [
    'assessment', 'assessments', 'assessment criteria', 'assessment standards', 'assessment rules', 'kpi', 'kpis',
    'performance assessment', 'penalties', 'rewards and penalties', 'evaluation', '考核', '考核标准', '考核内容', '考核办法', '考核指标', '奖惩', '处罚',
  ],
  authority: ['authority', 'powers', 'management authority', 'rights', 'job authority', 'authorities', 'decision rights', '权限', '岗位权限', '工作权限', '职权', '权力'],
  summary: [
    'nature of work', 'summary', 'job summary', 'overview', 'job overview', 'purpose', 'job purpose', 'about the role',
    'position summary', 'role summary', '工作性质', '岗位概述', '职位概要', '工作概述', '岗位目的', '岗位概要', '职位概述',
  ],
  accountabilities: ['management responsibilities', 'accountabilities', 'accountability', 'responsibility', 'responsibilities for results', '责任', '工作责任', '岗位责任'],
};

/** Word → the kind it names, built once. Marked pure so a page importing only fromCSV from rolekit/import drops the tables. */
export function indexWords<K extends string>(table: Record<K, readonly string[]>): Map<string, K> {
  const index = new Map<string, K>();
  for (const [kind, words] of Object.entries(table) as Array<[K, readonly string[]]>) {
    for (const word of words) index.set(word, kind);
  }
  return index;
}

const SECTION_BY_WORDS = /* @__PURE__ */ indexWords(SECTION_WORDS);

/** Case, markdown, brackets and punctuation do not count when matching a heading's words. */
export function headingKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[#*_[\]【】()（）<>《》"'’`]/g, ' ')
    .replace(/[.:：;；,，、!?！？\s]+/g, ' ')
    .trim();
}

export interface SectionHeading {
  kind: SectionKind;
  /** The heading as written, without markdown, brackets or the colon. */
  title: string;
  /** Offset (in the text given) of what follows the colon on the same line; `text.length` when nothing does. */
  inlineStart: number;
}

/** Longer than this without a colon, a line is a sentence, not a heading. */
const HEADING_MAX = 60;

/**
 * A line that names a section: its words match the table exactly (`Qualifications`,
 * `【岗位职责】`), or begin one and go on with "and …" (`Job responsibilities and specific
 * work process`). Text after a colon on the same line is the section's first content.
 */
export function readSectionHeading(text: string, from = 0): SectionHeading | undefined {
  const colon = findColon(text, from, 40);
  const head = colon === -1 ? text.slice(from) : text.slice(from, colon);
  if (head.length > HEADING_MAX) return undefined;
  const key = headingKey(head);
  if (key === '') return undefined;
  let kind = SECTION_BY_WORDS.get(key);
  if (kind === undefined && colon === -1) {
    const and = key.match(/^(.+?) (?:and|&) /);
    if (and && key.split(' ').length <= 10) kind = SECTION_BY_WORDS.get(and[1]!);
  }
  if (kind === undefined) return undefined;
  const inlineStart = colon === -1 ? text.length : colon + 1;
  return { kind, title: cleanHeading(head), inlineStart };
}

const HEADING_LEAD = /* @__PURE__ */ new Set([' ', ':', '：']);
const HEADING_TRAIL = /* @__PURE__ */ new Set([' ', ':', '：', ';', '；', '.', '。']);

export function cleanHeading(text: string): string {
  const collapsed = text.replace(/[#*_[\]【】]/g, ' ').replace(/\s+/g, ' ');
  // Trimmed by loops: `[…]+$` retries at every character of a long run of dots (quadratic).
  let start = 0;
  let end = collapsed.length;
  while (start < end && HEADING_LEAD.has(collapsed[start]!)) start++;
  while (end > start && HEADING_TRAIL.has(collapsed[end - 1]!)) end--;
  return collapsed.slice(start, end);
}

function findColon(text: string, from: number, within: number): number {
  const limit = Math.min(text.length, from + within);
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === ':' || c === '：') return i;
  }
  return -1;
}

/* -------------------------------------------------------------------------------------------------
 * Role headings
 * -----------------------------------------------------------------------------------------------*/

export interface RoleHeading {
  /** The position's name as the heading gives it, e.g. "Sales manager". */
  title: string;
  /** A number the document gives the description (`… department 4`), kept apart from the title. */
  ordinal?: string | undefined;
  /** Offset where the rest of the line starts: a glued first item, a colon's text, another sentence. */
  rest: number;
}

/** Words that make "X responsibilities" a section heading, not a position's name. */
const NOT_A_SUBJECT = /* @__PURE__ */ new Set(['main', 'job', 'key', 'management', 'specific', 'primary', 'core', 'other', 'general', 'my', 'our', 'your', 'these', 'the', 'work', 'detailed', 'daily', 'basic', 'its', 'their', 'his', 'her']);
const NOT_A_ZH_SUBJECT = /* @__PURE__ */ new Set(['主要', '岗位', '工作', '具体', '基本', '职位', '其他', '日常', '管理']);

const WORD = "[A-Za-z][A-Za-z'’&/-]*";
const SUBJECT = `${WORD}(?:[ \\t]+${WORD}){0,5}`;
const KEYWORD = '(?:job[ \\t]+)?(?:responsibilities|duties|description)';
// After the keyword: nothing, a colon, a number, a bracket — never more words ("… responsibilities play a role").
const HEADING_END = '(?=[ \\t]*(?:$|[\\d:：;；.,，\\[【(（]))';
const OF_FORM = /* @__PURE__ */ new RegExp(`\\s*(?:job[ \\t]+)?(?:responsibilities|duties|job description)[ \\t]+of[ \\t]+(?:(?:the|a|an)[ \\t]+)?(${SUBJECT})(?=[ \\t]*(?:$|[\\d:：;；.,，\\[【(（]))`, 'iy');
const SUFFIX_FORM = /* @__PURE__ */ new RegExp(`\\s*(${SUBJECT})(?:[ \\t]+(\\d{1,3}))?[ \\t]+${KEYWORD}${HEADING_END}`, 'iy');
const ZH_FORM = /\s*([^\s，。、：:；;,.()（）【】[\]]{1,20}?)(?:岗位职责|工作职责|职位职责|岗位说明书|岗位说明|职位说明书|职责)(?=\s*(?:$|[:：\d（(【[一二三四五六七八九十①]))/y;

/**
 * A line that opens a job description by naming the position: "Responsibilities of X",
 * "X (job) responsibilities", "X岗位职责". Whatever follows (an ordinal, the first item,
 * a colon) is left for the caller at `rest`.
 */
export function readRoleHeading(text: string, from = 0): RoleHeading | undefined {
  let subject: string | undefined;
  let ordinal: string | undefined;
  let end = from;
  let m: RegExpExecArray | null;
  OF_FORM.lastIndex = from;
  SUFFIX_FORM.lastIndex = from;
  ZH_FORM.lastIndex = from;
  if ((m = OF_FORM.exec(text))) {
    subject = m[1]!.replace(/^(?:the|a|an)\s+/i, '');
    end = from + m[0].length;
  } else if ((m = SUFFIX_FORM.exec(text))) {
    subject = m[1]!.replace(/\s+job$/i, '');
    ordinal = m[2];
    if (NOT_A_SUBJECT.has(subject.split(/\s+/)[0]!.toLowerCase())) return undefined;
    end = from + m[0].length;
  } else if ((m = ZH_FORM.exec(text))) {
    subject = m[1]!;
    if (NOT_A_ZH_SUBJECT.has(subject)) return undefined;
    end = from + m[0].length;
  }
  if (subject === undefined || /^(?:and|or|of|with)$/i.test(subject.split(/\s+/).pop()!)) return undefined;
  const tail = readOrdinal(text, end);
  return { title: capitalise(subject), ordinal: tail.ordinal ?? ordinal, rest: tail.rest };
}

const ORDINAL_RUN = /[ \t]*[:：]?[ \t]*[(（]?(\d(?:[ \t]?\d){0,3})[)）]?([.,、;；，．)）])?/y;

/**
 * The digits after a role heading: `… department 4 1.` is description 4 and its item 1;
 * `Sales responsibilities121;` is 12 and 1, the heading glued to its first item. A run
 * followed by an item's punctuation ends in the item's number, which is left at `rest`.
 */
export function readOrdinal(text: string, from: number): { ordinal?: string | undefined; rest: number } {
  ORDINAL_RUN.lastIndex = from;
  const m = ORDINAL_RUN.exec(text);
  if (!m) return { rest: from };
  const digits = m[1]!.replace(/[ \t]/g, '');
  if (m[2] === undefined) return { ordinal: digits, rest: from + m[0].length };
  // The item's number is the run's last digit: the first item is 1 (a longer number would be a glued page count).
  const lastDigit = from + m[0].length - m[2].length - 1;
  const ordinal = digits.length > 1 ? digits.slice(0, -1) : undefined;
  return { ordinal, rest: lastDigit };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

import { indexWords } from './headings';
/** `Key: value` lines that describe the position itself (title, reporting line, department). */
export type RoleField = 'title' | 'superior' | 'reports' | 'department' | 'location' | 'level';

const FIELD_KEYS: Record<RoleField, readonly string[]> = {
  title: ['job title', 'title', 'position', 'position title', 'job name', 'post', 'post name', 'role', 'job', '岗位名称', '职位名称', '岗位', '职位', '职务', '职务名称'],
  superior: ['direct superior', 'direct supervisor', 'immediate superior', 'immediate supervisor', 'superior', 'supervisor', 'reports to', 'reporting to', 'line manager', 'report to', '直接上级', '直属上级', '上级', '汇报对象', '汇报上级'],
  reports: ['direct reports', 'direct subordinates', 'subordinates', 'manages', '直接下级', '下级', '下属', '直属下级'],
  department: ['department', 'dept', 'division', 'team', '所属部门', '部门'],
  location: ['location', 'work location', 'place of work', 'based in', '工作地点'],
  level: ['level', 'grade', 'job level', 'job grade', '职级', '岗位级别', '职位级别', '层级'],
};

const FIELD_BY_KEY = /* @__PURE__ */ indexWords(FIELD_KEYS);

export interface KeyValue {
  field: RoleField;
  value: string;
  /** Offset of the value in the text given. */
  valueStart: number;
}

/** Keys are short: a colon further in belongs to a sentence ("Note the following: …"). */
const KEY_MAX = 30;

/** `Job title: Sales manager`, `直接上级：销售总监`, `**Reports to:** …`. */
export function readKeyValue(text: string, from = 0): KeyValue | undefined {
  const limit = Math.min(text.length, from + KEY_MAX);
  let colon = -1;
  for (let i = from; i < limit; i++) {
    if (text[i] === ':' || text[i] === '：') {
      colon = i;
      break;
    }
  }
  if (colon === -1) return undefined;
  const key = text
    .slice(from, colon)
    .toLowerCase()
    .replace(/[*_#[\]【】]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const field = FIELD_BY_KEY.get(key);
  if (field === undefined) return undefined;
  let valueStart = colon + 1;
  while (valueStart < text.length && /[\s*_]/.test(text[valueStart]!)) valueStart++;
  // Markdown's closing `**` trimmed by a loop: `[*_]+$` retries at every star of a long run.
  let valueEnd = text.length;
  while (valueEnd > valueStart && /[\s*_]/.test(text[valueEnd - 1]!)) valueEnd--;
  const value = text.slice(valueStart, valueEnd).replace(/[;；。.]$/, '').trim();
  return { field, value, valueStart };
}

/**
 * `Assistant Director of Department = Marketing Manager` or `Sales lead (= Team lead)`:
 * the first name is the title, the others are the same position's other names.
 */
export function splitAlternateTitles(value: string): { title: string; alternates: string[] } {
  // Split on `=` alone and trim after: `\s*=\s*` patterns retry across a long run of spaces (quadratic).
  const names = value
    .split(/[=＝]/)
    .map((name) => name.replace(/[()（）]/g, ' ').trim())
    .filter((name) => name !== '');
  return { title: names[0] ?? value.trim(), alternates: names.slice(1) };
}

/** Titles compared the way people mean them: case, articles and punctuation do not count. */
export function normaliseTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(?:the|a|an|of)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

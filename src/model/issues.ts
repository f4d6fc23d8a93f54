/**
 * Problems found in org data. Codes are short and stable (grep for them);
 * messages name the path and the offending value so a person can fix the data.
 */

export type OrgIssueCode =
  | 'invalid'
  | 'too_deep'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'self_reference'
  | 'cycle';

export type OrgPath = ReadonlyArray<string | number>;

export interface OrgIssue {
  readonly code: OrgIssueCode;
  /** Keys and indexes from the input's top, e.g. `['roles', 3, 'reportsTo']`. */
  readonly path: OrgPath;
  /** One line a person can act on, naming the path and the value. */
  readonly message: string;
}

/** Thrown only by the throwing conveniences (`assertOrg`); `parseOrg` never throws. */
export class OrgError extends Error {
  readonly issues: readonly OrgIssue[];
  constructor(issues: readonly OrgIssue[]) {
    const first = issues[0]?.message ?? 'invalid org';
    const more = issues.length > 1 ? ` (+${issues.length - 1} more)` : '';
    super(`${first}${more}`);
    this.name = 'OrgError';
    this.issues = issues;
  }
}

/** `['roles', 3, 'title']` → `roles[3].title`; the empty path is `(root)`. */
export function formatPath(path: OrgPath): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

const PREVIEW_CHARS = 40;

/** A short, safe rendering of any value for a message — never the whole 1 MB string. */
export function previewValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (value.length <= PREVIEW_CHARS) return JSON.stringify(value);
    return `${JSON.stringify(value.slice(0, PREVIEW_CHARS))}… (${value.length.toLocaleString('en-US')} characters)`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

export function makeIssue(code: OrgIssueCode, path: OrgPath, detail: string): OrgIssue {
  return { code, path: [...path], message: `${formatPath(path)}: ${detail}` };
}

import type { Org } from '../../model/schema';
import type { TextLanguage } from './language';

export type TextImportWarningCode =
  /** Nothing to read. */
  | 'empty'
  /** Control characters or NUL bytes: a binary file rather than a document. */
  | 'binary'
  /** Lines outside every job description (a page header, an introduction, a heading with nothing under it). */
  | 'unread_text'
  /** No job description found anywhere in the text. */
  | 'no_roles'
  /** A description with duties but no title line; it is named "Role 3". */
  | 'untitled_role'
  /** `Direct superior:` names no role of this text (or several); the name is kept in `meta.superior`. */
  | 'unknown_superior'
  | 'ambiguous_superior'
  /** Reporting lines that go round in a circle; one is cut. */
  | 'cycle'
  /** A fine with an amount but no currency, and no `options.currency`: kept as a rule without a penalty. */
  | 'no_currency'
  /** A title or duty longer than the model allows, cut short. */
  | 'truncated'
  /** Defensive: something the model rejected, left out. */
  | 'invalid';

/** Something the reader could not use as it stands, and the characters it is about. */
export interface TextImportWarning {
  readonly code: TextImportWarningCode;
  /** One line a person can act on; starts `line 7: ` (or `lines 1–3: `). */
  readonly message: string;
  /** `[start, end)` offsets into the text given. */
  readonly span: [number, number];
  /** 1-based line the span starts on. */
  readonly line: number;
}

export interface ParseRoleTextOptions {
  /** The org's display name.  @default 'Job descriptions' (English) or '岗位职责' (Chinese) */
  name?: string | undefined;
  /** ISO 4217 code for fines written without one (`fined 50 per day`). Yuan, 元, RMB and ¥ are always CNY. */
  currency?: string | undefined;
  /** A hint (`'zh-CN'`, `'en'`); the language is detected from the text either way. */
  locale?: string | undefined;
}

export interface ParseRoleTextResult {
  /** Valid for `parseOrg`: one role per job description found. */
  readonly org: Org;
  readonly warnings: readonly TextImportWarning[];
  /** For every id in `org` (role, group, duty, qualification, assessment, workflow, phase, step): `[start, end)` of its source. */
  readonly spans: Record<string, [number, number]>;
  /** The language the text was read as. */
  readonly language: TextLanguage;
}

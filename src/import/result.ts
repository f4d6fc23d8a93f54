import type { Org } from '../model/schema';
import type { OrgIssueCode, OrgPath } from '../model/issues';
import type { CsvColumnMapping } from './columns';

export type ImportIssueCode =
  | OrgIssueCode
  /** Nothing to read: an empty file, or no rows after the header. */
  | 'empty'
  /** The text is something else (an HTML page). */
  | 'not_csv'
  /** A column the org cannot be built without (id, title) is not there. */
  | 'missing_column'
  /** A quote left open, a row with more cells than the header. */
  | 'csv_syntax'
  /** A manager id or name that names nobody, or more than one person. */
  | 'unknown_manager'
  | 'ambiguous_manager'
  /** A row left out (no id, no title) or a value dropped (an email that is not one). */
  | 'skipped_row'
  | 'dropped_value'
  /** Two columns read as the same field; the later one is kept in `meta`. */
  | 'duplicate_column'
  /** withRoleContent: a content entry that no role's id or title matched. */
  | 'unmatched_content'
  /** withRoleContent: a role whose title several content entries matched (none applied). */
  | 'ambiguous_content';

/** A problem found while importing, and where in the input it comes from. */
export interface ImportIssue {
  readonly code: ImportIssueCode;
  /** Into the built org (`['roles', 3, 'reportsTo']`), or `[]` when the problem is the file's. */
  readonly path: OrgPath;
  /** One line a person can act on; for a CSV it starts `line 7, "Manager ID": `. */
  readonly message: string;
  /** 1-based line of the CSV text the problem is on (a quoted newline counts). */
  readonly line?: number | undefined;
  /** The column's header, as written in the file. */
  readonly column?: string | undefined;
  /** For JSON input (SCIM, Graph): the path in the input, e.g. `['Resources', 3, 'title']`. */
  readonly input?: OrgPath | undefined;
}

/**
 * Like `parseOrg`'s result, plus the warnings (what was repaired: a manager who is not in
 * the file, a cycle cut, a row left out) and the column mapping that was used.
 */
export type ImportResult =
  | {
      readonly ok: true;
      readonly org: Org;
      readonly warnings: readonly ImportIssue[];
      readonly columns: CsvColumnMapping;
      readonly issues?: undefined;
    }
  | {
      readonly ok: false;
      readonly issues: readonly ImportIssue[];
      readonly warnings: readonly ImportIssue[];
      readonly columns: CsvColumnMapping;
      /** The part that could be built, validated, to draw beside the issues. */
      readonly partial?: Org;
    };

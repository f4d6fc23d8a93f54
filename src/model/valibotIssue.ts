import type * as v from 'valibot';
import { makeIssue, previewValue, type OrgIssue } from './issues';

/** A valibot issue as an OrgIssue: the path as keys and indexes, the value previewed, never whole. */
export function fromValibotIssue(issue: v.BaseIssue<unknown>): OrgIssue {
  const path: Array<string | number> = (issue.path ?? []).map((item) =>
    typeof item.key === 'number' || typeof item.key === 'string' ? item.key : String(item.key),
  );
  const got = previewValue(issue.input);
  let detail: string;
  if (issue.kind === 'schema') {
    // valibot reports a missing key as an `object` issue on the key's path.
    detail = issue.input === undefined && path.length > 0 ? 'is missing' : `expected ${issue.expected}, got ${got}`;
  } else if (issue.type === 'max_length' || issue.type === 'min_length') {
    const length = typeof issue.input === 'string' || Array.isArray(issue.input) ? issue.input.length : 0;
    const bound = issue.type === 'max_length' ? 'at most' : 'at least';
    detail =
      issue.type === 'min_length' && length === 0
        ? 'must not be empty'
        : `length ${length.toLocaleString('en-US')} is out of range (${bound} ${String(issue.requirement)}): got ${got}`;
  } else if (issue.type === 'check' || issue.type === 'regex' || issue.type === 'email' || issue.type === 'min_value') {
    detail = `${issue.message}, got ${got}`;
  } else {
    detail = `${issue.message.replace(/^Invalid \w+: /, '')} (got ${got})`;
  }
  return makeIssue('invalid', path, detail);
}


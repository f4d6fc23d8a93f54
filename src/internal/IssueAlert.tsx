import type { OrgIssue } from '../model/issues';

export interface IssueAlertProps {
  /** Sentence before the list, e.g. "Some of this org chart could not be drawn". */
  title: string;
  issues: readonly OrgIssue[];
  /** Only the first few are listed; the rest are counted. @default 5 */
  limit?: number;
  moreLabel?: (count: number) => string;
}

/** The visible error state every component uses: a role="alert" box listing problems in words. */
export function IssueAlert({ title, issues, limit = 5, moreLabel = (n) => `…and ${n} more` }: IssueAlertProps) {
  const shown = issues.slice(0, limit);
  return (
    <div role="alert" className="rk-error" data-slot="error">
      <p className="rk-error-title">{title}</p>
      {shown.length > 0 && (
        <ul className="rk-error-list">
          {shown.map((issue, i) => (
            <li key={i} data-code={issue.code}>
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      {issues.length > limit && <p className="rk-error-more">{moreLabel(issues.length - limit)}</p>}
    </div>
  );
}

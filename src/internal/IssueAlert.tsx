import type { OrgIssue } from '../model/issues';
import { formatNumber } from './format';
import { useLocale } from './locale';

export interface IssueAlertProps {
  /** Sentence before the list, e.g. "Some of this org chart could not be drawn". */
  title: string;
  issues: readonly OrgIssue[];
  /** Only the first few are listed; the rest are counted. @default 5 */
  limit?: number;
  /** "…and 3 more": the raw count (for plural rules) and the count formatted for the locale. */
  moreLabel?: (count: number, countText: string) => string;
  /** Locale of the count.  @default the `RolekitProvider` locale */
  locale?: string | undefined;
}

/** The visible error state every component uses: a role="alert" box listing problems in words. */
export function IssueAlert({ title, issues, limit = 5, moreLabel = (_n, text) => `…and ${text} more`, locale }: IssueAlertProps) {
  const contextLocale = useLocale();
  const hidden = issues.length - limit;
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
      {hidden > 0 && <p className="rk-error-more">{moreLabel(hidden, formatNumber(hidden, locale ?? contextLocale))}</p>}
    </div>
  );
}

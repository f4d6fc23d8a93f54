import type { ReactNode } from 'react';
import type { OrgIssue } from '../model/issues';
import { formatNumber } from './format';
import { useLocale } from './locale';

export interface IssueAlertProps {
  /** The sentence an employee reads (and a screen reader announces), e.g. "Part of this chart could not be shown." */
  title: string;
  /** Name of the disclosure holding the issue list, e.g. "Details". */
  details: string;
  issues: readonly OrgIssue[];
  /** Only the first few are listed; the rest are counted. @default 5 */
  limit?: number;
  /** "…and 3 more": the raw count (for plural rules) and the count formatted for the locale. */
  moreLabel: (count: number, countText: string) => string;
  /** Locale of the count.  @default the `RolekitProvider` locale */
  locale?: string | undefined;
  /** The host's own error display, in place of the box. */
  renderError?: ((issues: readonly OrgIssue[]) => ReactNode) | undefined;
  /** `'none'`: nothing at all (the host reports through `onError`).  @default 'alert' */
  errorDisplay?: 'alert' | 'none' | undefined;
}

/**
 * The visible error state every component uses: a role="alert" box with one plain
 * sentence. The issue messages are written for developers (paths, ids), so they wait in
 * a closed disclosure: whoever fixes the data can open it; an employee need not read them.
 */
export function IssueAlert({ title, details, issues, limit = 5, moreLabel, locale, renderError, errorDisplay }: IssueAlertProps) {
  const contextLocale = useLocale();
  if (errorDisplay === 'none') return null;
  if (renderError) return renderError(issues);
  const hidden = issues.length - limit;
  return (
    <div role="alert" className="rk-error" data-slot="error">
      <p className="rk-error-title" data-slot="error-title">{title}</p>
      {issues.length > 0 && (
        <details data-slot="error-details">
          <summary>{details}</summary>
          <ul className="rk-error-list" data-slot="error-list">
            {issues.slice(0, limit).map((issue, i) => (
              <li key={i} data-code={issue.code}>
                {issue.message}
              </li>
            ))}
          </ul>
          {hidden > 0 && <p className="rk-error-more" data-slot="error-more">{moreLabel(hidden, formatNumber(hidden, locale ?? contextLocale))}</p>}
        </details>
      )}
    </div>
  );
}

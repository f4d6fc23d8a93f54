import { plural } from '../internal/plural';
import type { PenaltyPeriod } from '../model/schema';

export type { PenaltyPeriod };

const duties = (n: number) => plural('en', n, { one: 'duty', other: 'duties' });

/**
 * Every string ResponsibilityChecklist shows or announces. Override any of them with
 * the `labels` prop or `RolekitProvider labels={{ responsibilityChecklist: … }}`.
 * Count functions receive the raw numbers (to pick a plural form with
 * `Intl.PluralRules`) followed by the same numbers formatted for the locale (to show);
 * amounts arrive already formatted. Simplified Chinese ships as `zhCN` in
 * `rolekit/locales/zh-CN`.
 */
export interface ResponsibilityChecklistLabels {
  /** Visible label of the overall progress bar. */
  progressLabel: string;
  /** Overall progress, shown beside the bar and announced when it changes. */
  progress: (done: number, total: number, doneText: string, totalText: string) => string;
  /** A group's count, shown in its header. */
  groupProgress: (done: number, total: number, doneText: string, totalText: string) => string;
  /** Accessible name of a group's tri-state checkbox; starts with the visible group title. */
  groupCheckbox: (groupTitle: string) => string;
  /** Heading text of a group whose data has no title. */
  untitledGroup: string;
  /** Text of a duty whose data has no text. */
  untitledDuty: string;
  filterLabel: string;
  filterPlaceholder: string;
  /** Shown (and announced) while a filter is applied. */
  filterCount: (shown: number, total: number, shownText: string, totalText: string) => string;
  noMatches: (query: string) => string;
  clearFilter: string;
  emptyTitle: string;
  emptyDescription: string;
  /** Prefix read before each assessment rule; visually hidden. */
  assessment: string;
  /** A rule's penalty, e.g. "¥50.00 per year". `amount` is already formatted. */
  penalty: (amount: string, per: PenaltyPeriod) => string;
  /** State of a rule whose duties are all checked; visually hidden. */
  ruleMet: string;
  penaltiesAtRisk: string;
  noPenaltiesAtRisk: string;
  /** Heading over assessments that name no duty of this role. */
  otherAssessments: string;
  /** The error box's sentence when the duties cannot be shown at all. Plain words: the issues are under `errorDetails`. */
  errorTitle: string;
  /** The disclosure, closed at first, that lists the issues (written for developers) in the error box. */
  errorDetails: string;
  moreIssues: (count: number, countText: string) => string;
}

const PER: Record<PenaltyPeriod, string> = {
  occurrence: 'each time',
  day: 'per day',
  week: 'per week',
  month: 'per month',
  quarter: 'per quarter',
  year: 'per year',
};

export const responsibilityChecklistLabels: ResponsibilityChecklistLabels = {
  progressLabel: 'Progress',
  progress: (_done, total, doneText, totalText) => `${doneText} of ${totalText} ${duties(total)} done`,
  groupProgress: (_done, _total, doneText, totalText) => `${doneText} of ${totalText}`,
  groupCheckbox: (title) => `${title}: all duties`,
  untitledGroup: 'Untitled group',
  untitledDuty: 'Untitled duty',
  filterLabel: 'Filter duties',
  filterPlaceholder: 'Filter duties…',
  filterCount: (_shown, total, shownText, totalText) => `Showing ${shownText} of ${totalText} ${duties(total)}`,
  noMatches: (query) => `No duties match “${query}”.`,
  clearFilter: 'Clear filter',
  emptyTitle: 'No responsibilities yet',
  emptyDescription: 'This role has no duties listed. Once they are added, they will appear here as a checklist.',
  assessment: 'Assessment:',
  penalty: (amount, per) => `${amount} ${PER[per] ?? ''}`.trim(),
  ruleMet: '(met)',
  penaltiesAtRisk: 'Penalties at risk',
  noPenaltiesAtRisk: 'No penalties at risk',
  otherAssessments: 'Other assessments',
  errorTitle: 'These responsibilities could not be shown.',
  errorDetails: 'Details',
  moreIssues: (_count, text) => `…and ${text} more`,
};

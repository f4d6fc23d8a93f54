import { plural } from '../internal/plural';

const en = (n: number, one: string, other: string) => plural('en', n, { one, other });

const LEVELS: Record<string, string> = {
  executive: 'Executive',
  director: 'Director',
  manager: 'Manager',
  supervisor: 'Supervisor',
  assistant: 'Assistant',
  representative: 'Representative',
};

/**
 * Every string RoleCard shows. Override any of them with the `labels` prop or
 * `RolekitProvider labels={{ roleCard: … }}`. Count labels receive the number (to
 * pick a plural form with `Intl.PluralRules`) and the number already formatted for the
 * locale (to show). Simplified Chinese ships as `zhCN` in `rolekit/locales/zh-CN`.
 */
export interface RoleCardLabels {
  /** Badge on a role nobody holds. */
  vacant: string;
  /** Line under the badge in the full card. */
  vacantDescription: string;
  /** Title shown when the data has none. */
  untitledRole: string;
  /** Line under the title naming the role's other titles, already joined for the locale ("A or B"). */
  alsoKnownAs: (titles: string) => string;
  department: string;
  level: string;
  location: string;
  /** Display name of a `level` value ('director' → 'Director'); unknown levels pass through. */
  levelName: (level: string) => string;
  /** Term (visually hidden in the card) before the people holding the role. */
  holders: (count: number) => string;
  email: string;
  phone: string;
  reportsTo: string;
  directReports: string;
  assistants: string;
  dottedLineTo: string;
  dottedLineReports: string;
  /** Compact card: "5 reports". */
  reportsCount: (count: number, countText: string) => string;
  /** Button revealing the rest of a long list. */
  showMore: (hidden: number, hiddenText: string) => string;
  showFewer: string;
  /** Compact card: the button under a title cut to `--rk-card-title-lines`, which shows it whole. */
  showFullTitle: string;
  /** Compact card: the same button once the title is whole. */
  showLessTitle: string;
  summary: string;
  authority: string;
  accountabilities: string;
  qualifications: string;
  required: string;
  preferred: string;
  /** Footer: "12 duties · 6 assessments". */
  counts: (duties: number, assessments: number, dutiesText: string, assessmentsText: string) => string;
  /** Term (visually hidden) before the counts. */
  countsLabel: string;
  /** The error box's sentence when the role cannot be shown at all. Plain words: the issues are under `errorDetails`. */
  errorTitle: string;
  /** The disclosure, closed at first, that lists the issues (written for developers) in the error box. */
  errorDetails: string;
  moreIssues: (count: number, countText: string) => string;
}

export const roleCardLabels: RoleCardLabels = {
  vacant: 'Vacant',
  vacantDescription: 'Nobody holds this position at the moment.',
  untitledRole: 'Untitled role',
  alsoKnownAs: (titles) => `Also known as ${titles}`,
  department: 'Department',
  level: 'Level',
  location: 'Location',
  levelName: (level) => LEVELS[level] ?? level,
  holders: (count) => en(count, 'Holder', 'Holders'),
  email: 'Email',
  phone: 'Phone',
  reportsTo: 'Reports to',
  directReports: 'Direct reports',
  assistants: 'Assistants',
  dottedLineTo: 'Dotted line to',
  dottedLineReports: 'Dotted-line reports',
  reportsCount: (count, text) => `${text} ${en(count, 'report', 'reports')}`,
  showMore: (_hidden, text) => `+${text} more`,
  showFewer: 'Show fewer',
  showFullTitle: 'Show full title',
  showLessTitle: 'Show less',
  summary: 'Nature of work',
  authority: 'Authority',
  accountabilities: 'Accountable for',
  qualifications: 'Qualifications',
  required: 'Required',
  preferred: 'Preferred',
  counts: (duties, assessments, dutiesText, assessmentsText) =>
    [`${dutiesText} ${en(duties, 'duty', 'duties')}`, assessments > 0 ? `${assessmentsText} ${en(assessments, 'assessment', 'assessments')}` : '']
      .filter(Boolean)
      .join(' · '),
  countsLabel: 'Responsibilities',
  errorTitle: 'This role could not be shown.',
  errorDetails: 'Details',
  moreIssues: (_count, text) => `…and ${text} more`,
};

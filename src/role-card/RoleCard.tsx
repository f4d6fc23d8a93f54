import {
  forwardRef,
  useId,
  useMemo,
  type ComponentPropsWithoutRef,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { cx } from '../internal/cx';
import { formatList, formatNumber } from '../internal/format';
import { isRecord, nonBlank, stringList } from '../internal/guards';
import { IssueAlert } from '../internal/IssueAlert';
import { useLabels, useLocale } from '../internal/locale';
import { useReportIssues } from '../internal/useReportIssues';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { makeIssue, previewValue, type OrgIssue } from '../model/issues';
import { getOrgModel } from '../model/orgModel';
import { countDuties } from '../model/duties';
import { parseRole } from '../model/parseOrg';
import type { Org, Role } from '../model/schema';
import { roleCardLabels, type RoleCardLabels } from './labels';
import { Facts, readFacts, RoleName, type LinkContext } from './RoleCardFacts';
import { Avatar, Holder, VacantAvatar, VacantBadge } from './RoleCardPeople';
import { CompactTitle } from './RoleCardTitle';

/* -------------------------------------------------------------------------------------------------
 * RoleCard
 * -----------------------------------------------------------------------------------------------*/

const CARD_NAME = 'RoleCard';

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export interface RoleCardProps extends Omit<ComponentPropsWithoutRef<'article'>, 'role' | 'onError'> {
  /** The role to show. */
  role: Role;
  /**
   * The org the role belongs to. With it, holders get names and contacts, and reporting
   * lines resolve to roles and people; without it the card shows what the role alone holds.
   */
  org?: Org;
  /**
   * `full` for a profile page; `compact` (title, holder or vacancy, department, reports)
   * for a chart node or a list row, about 240×80 px.
   * @default 'full'
   */
  variant?: 'full' | 'compact';
  /** Level of the card's title; section headings follow one level below.  @default 3 */
  headingLevel?: HeadingLevel;
  /** Direct reports named before "+N more".  @default 5 */
  reportsLimit?: number;
  /**
   * Makes role names (manager, reports, assistants, dotted lines; the title of a
   * compact card) links. Relative URLs are fine; schemes other than http(s), mailto
   * and tel are dropped.
   */
  getRoleHref?: (roleId: string) => string | undefined;
  /**
   * Called when a role name is activated. With `getRoleHref` the names stay links
   * (call `event.preventDefault()` to route yourself); without it they are buttons.
   */
  onRoleClick?: (roleId: string, event: MouseEvent<HTMLElement>) => void;
  /** Called after render with problems in the role's data (or its links into `org`). */
  onError?: (issues: readonly OrgIssue[]) => void;
  /**
   * Draws the error state in place of rolekit's box (a plain sentence, the issues in a
   * closed "Details" disclosure), with the issues that box would list. Whatever it returns
   * is rendered, `null` included.
   */
  renderError?: (issues: readonly OrgIssue[]) => ReactNode;
  /** `'none'` shows no error state at all, not even `renderError`'s; `onError` still gets the issues.  @default 'alert' */
  errorDisplay?: 'alert' | 'none';
  /** Overrides for the built-in strings. */
  labels?: Partial<RoleCardLabels>;
  /** BCP 47 locale for lists ("A or B").  @default the `RolekitProvider` locale, else the browser's */
  locale?: string;
  /** The host's own actions (buttons, links), shown at the card's foot. */
  children?: ReactNode;
}

/**
 * A role at a glance: title, holder(s) or a vacancy, reporting lines, nature of work,
 * authority, qualifications and the size of its checklist.
 *
 * Styling hooks on `.rk-card` (`[data-slot="role-card"]`):
 * - `[data-variant="full|compact"]`, `[data-level="<role.level>"]`
 * - `[data-vacant]` when nobody holds the role; `[data-assistant]` for a staff role
 * - parts: `role-card-header`, `-title`, `-meta`, `-holders`, `-avatar`, `-facts`, `-section`, `-footer`, `-actions`
 * - compact: `role-card-title[data-state="closed|open"]` and a `role-card-title-toggle` button, only
 *   while the title is longer than `--rk-card-title-lines` (or has been opened)
 */
export const RoleCard = forwardRef<HTMLElement, RoleCardProps>(function RoleCard(props, forwardedRef) {
  const {
    role,
    org,
    variant = 'full',
    headingLevel = 3,
    reportsLimit = 5,
    getRoleHref,
    onRoleClick,
    onError,
    renderError,
    errorDisplay,
    labels: labelsProp,
    locale: localeProp,
    className,
    children,
    ...rootProps
  } = props;

  const labels = useLabels('roleCard', roleCardLabels, labelsProp);
  const contextLocale = useLocale();
  const locale = localeProp ?? contextLocale;
  const titleId = useId();

  const record = isRecord(role) ? (role as Role) : undefined;
  const index = useMemo(() => (isRecord(org) ? getOrgModel(org).index : undefined), [org]);
  const issues = useMemo(() => cardIssues(role, org), [role, org]);
  useReportIssues(CARD_NAME, issues, onError);
  const responsibilities = record?.responsibilities;
  const dutyCount = useMemo(() => countDuties(responsibilities), [responsibilities]);

  const rootClass = cx('rk-root', 'rk-card', className);
  if (!record) {
    return (
      <article {...rootProps} ref={forwardedRef} className={rootClass} data-slot="role-card" part="card" data-variant={variant}>
        <IssueAlert
          title={labels.errorTitle} details={labels.errorDetails} issues={issues} moreLabel={labels.moreIssues} locale={locale}
          renderError={renderError} errorDisplay={errorDisplay}
        />
      </article>
    );
  }

  const facts = readFacts(record, index);
  const links: LinkContext = { getRoleHref, onRoleClick };
  const level = clampLevel(headingLevel);
  const Title = `h${level}` as 'h3';
  const title = nonBlank(record.title) ?? labels.untitledRole;
  const roleLevel = nonBlank(record.level);

  const common = {
    ...rootProps,
    ref: forwardedRef,
    className: rootClass,
    'aria-labelledby': rootProps['aria-labelledby'] ?? (rootProps['aria-label'] ? undefined : titleId),
    'data-slot': 'role-card',
    // ::part(card) in <rolekit-role-card>: the page restyles the card through the shadow root.
    part: 'card',
    'data-variant': variant,
    'data-level': roleLevel,
    'data-vacant': facts.vacant ? '' : undefined,
    'data-assistant': record.assistant === true ? '' : undefined,
  };

  if (variant === 'compact') {
    const first = facts.holders[0];
    return (
      <article {...common}>
        {first ? <Avatar person={first} /> : facts.vacant ? <VacantAvatar /> : null}
        <div className="rk-card-body" data-slot="role-card-body">
          {/* Keyed by role: a title opened in full belongs to the role it was opened on. */}
          <CompactTitle key={record.id} as={Title} id={titleId} text={title} labels={labels}>
            {nonBlank(record.id) ? (
              <RoleName roleId={record.id} links={links}>
                <bdi>{title}</bdi>
              </RoleName>
            ) : (
              <bdi>{title}</bdi>
            )}
          </CompactTitle>
          <dl className="rk-card-compact-facts" data-slot="role-card-facts">
            {(facts.vacant || facts.holders.length > 0) && (
              <div className="rk-card-compact-holder" data-slot="role-card-compact-holder">
                <VisuallyHidden as="dt">{labels.holders(facts.holders.length || 1)}</VisuallyHidden>
                <dd>{facts.vacant ? <VacantBadge labels={labels} /> : <bdi>{facts.holders.map((person) => person.name).join(', ')}</bdi>}</dd>
              </div>
            )}
            {nonBlank(record.department) && (
              <div className="rk-card-compact-department" data-slot="role-card-compact-department">
                <VisuallyHidden as="dt">{labels.department}</VisuallyHidden>
                <dd>
                  <bdi>{record.department}</bdi>
                </dd>
              </div>
            )}
            {facts.reports.length > 0 && (
              <div className="rk-card-compact-reports" data-slot="role-card-compact-reports">
                <VisuallyHidden as="dt">{labels.directReports}</VisuallyHidden>
                {/* dir="auto": "3 reports" keeps its order in an RTL page; the cell stays one box. */}
                <dd dir="auto">{labels.reportsCount(facts.reports.length, formatNumber(facts.reports.length, locale))}</dd>
              </div>
            )}
          </dl>
        </div>
        {children != null && (
          <div className="rk-card-actions" data-slot="role-card-actions">
            {children}
          </div>
        )}
      </article>
    );
  }

  const Section = `h${Math.min(level + 1, 6)}` as 'h4';
  const Subsection = `h${Math.min(level + 2, 6)}` as 'h5';
  const alternateTitles = stringList(record.alternateTitles);
  const authority = stringList(record.authority);
  const accountabilities = stringList(record.accountabilities);
  const qualifications = Array.isArray(record.qualifications) ? record.qualifications.filter((q) => isRecord(q) && nonBlank(q.text)) : [];
  const required = qualifications.filter((q) => q.kind !== 'preferred');
  const preferred = qualifications.filter((q) => q.kind === 'preferred');
  const assessmentCount = Array.isArray(record.assessments) ? record.assessments.length : 0;
  const summary = nonBlank(record.summary);
  const meta: Array<[string, string]> = [];
  if (nonBlank(record.department)) meta.push([labels.department, record.department!]);
  if (roleLevel) meta.push([labels.level, labels.levelName(roleLevel)]);
  if (nonBlank(record.location)) meta.push([labels.location, record.location!]);

  return (
    <article {...common}>
      <header className="rk-card-header" data-slot="role-card-header">
        {/* bdi everywhere data is written: its text keeps its own order ("R&D (Interim)" on a
            right-to-left page) while alignment follows the card, so title, chips and holder
            share one start edge whatever script each is in. */}
        <Title id={titleId} className="rk-card-title" data-slot="role-card-title">
          <bdi>{title}</bdi>
        </Title>
        {alternateTitles.length > 0 && <p className="rk-card-alternate" data-slot="role-card-alternate">{labels.alsoKnownAs(formatList(alternateTitles, locale, 'disjunction'))}</p>}
        {meta.length > 0 && (
          <dl className="rk-card-meta" data-slot="role-card-meta">
            {meta.map(([term, value]) => (
              <div key={term} className="rk-card-chip" data-slot="role-card-chip">
                <VisuallyHidden as="dt">{term}</VisuallyHidden>
                <dd>
                  <bdi>{value}</bdi>
                </dd>
              </div>
            ))}
          </dl>
        )}
      </header>

      {(facts.vacant || facts.holders.length > 0) && (
        <dl className="rk-card-holders" data-slot="role-card-holders">
          <VisuallyHidden as="dt">{labels.holders(facts.holders.length || 1)}</VisuallyHidden>
          {facts.vacant ? (
            <dd className="rk-card-vacancy" data-slot="role-card-vacancy">
              <VacantAvatar />
              <div>
                <VacantBadge labels={labels} />
                <p className="rk-card-muted" data-slot="role-card-vacancy-description">{labels.vacantDescription}</p>
              </div>
            </dd>
          ) : (
            facts.holders.map((person) => <Holder key={person.id} person={person} labels={labels} />)
          )}
        </dl>
      )}

      {/* Keyed by role: an expanded "+N more" belongs to the role it was opened on. */}
      <Facts key={record.id} facts={facts} links={links} labels={labels} limit={reportsLimit} locale={locale} />

      {summary && (
        <div className="rk-card-section" data-slot="role-card-section">
          <Section className="rk-card-section-title" data-slot="role-card-section-title">{labels.summary}</Section>
          <p className="rk-card-summary" data-slot="role-card-summary">
            <bdi>{summary}</bdi>
          </p>
        </div>
      )}
      {authority.length > 0 && (
        <div className="rk-card-section" data-slot="role-card-section">
          <Section className="rk-card-section-title" data-slot="role-card-section-title">{labels.authority}</Section>
          <TextList items={authority} />
        </div>
      )}
      {accountabilities.length > 0 && (
        <div className="rk-card-section" data-slot="role-card-section">
          <Section className="rk-card-section-title" data-slot="role-card-section-title">{labels.accountabilities}</Section>
          <TextList items={accountabilities} />
        </div>
      )}
      {qualifications.length > 0 && (
        <div className="rk-card-section" data-slot="role-card-section">
          <Section className="rk-card-section-title" data-slot="role-card-section-title">{labels.qualifications}</Section>
          <div className="rk-card-qualifications" data-slot="role-card-qualifications">
            {required.length > 0 && (
              <div className="rk-card-qualification-group" data-slot="role-card-qualification-group" data-kind="required">
                <Subsection className="rk-card-subsection-title" data-slot="role-card-subsection-title">{labels.required}</Subsection>
                <TextList items={required.map((q) => q.text)} />
              </div>
            )}
            {preferred.length > 0 && (
              <div className="rk-card-qualification-group" data-slot="role-card-qualification-group" data-kind="preferred">
                <Subsection className="rk-card-subsection-title" data-slot="role-card-subsection-title">{labels.preferred}</Subsection>
                <TextList items={preferred.map((q) => q.text)} />
              </div>
            )}
          </div>
        </div>
      )}

      {(dutyCount > 0 || assessmentCount > 0 || children != null) && (
        <footer className="rk-card-footer" data-slot="role-card-footer">
          {(dutyCount > 0 || assessmentCount > 0) && (
            <dl className="rk-card-counts" data-slot="role-card-counts">
              <VisuallyHidden as="dt">{labels.countsLabel}</VisuallyHidden>
              <dd>
                <bdi>{labels.counts(dutyCount, assessmentCount, formatNumber(dutyCount, locale), formatNumber(assessmentCount, locale))}</bdi>
              </dd>
            </dl>
          )}
          {children != null && (
            <div className="rk-card-actions" data-slot="role-card-actions">
              {children}
            </div>
          )}
        </footer>
      )}
    </article>
  );
});
RoleCard.displayName = CARD_NAME;

/* -------------------------------------------------------------------------------------------------
 * Helpers
 * -----------------------------------------------------------------------------------------------*/

function TextList({ items }: { items: readonly string[] }) {
  return (
    <ul className="rk-card-list" data-slot="role-card-list">
      {/* bdi: data in another script than the page (English in an RTL portal) keeps its own order. */}
      {items.map((item, i) => (
        <li key={i}>
          <bdi>{item}</bdi>
        </li>
      ))}
    </ul>
  );
}

const clampLevel = (level: number): HeadingLevel => Math.min(6, Math.max(1, Math.round(level) || 3)) as HeadingLevel;

const REFERENCE_KEYS = new Set(['reportsTo', 'dottedLineTo', 'holderIds']);
const NO_ISSUES: readonly OrgIssue[] = Object.freeze([]);

/**
 * The role's own problems (shape, duplicate ids, assessments pointing nowhere) and,
 * with an org, its links that point nowhere. Problems of other roles are the org
 * chart's to report, not every card's.
 */
function cardIssues(role: unknown, org: Org | undefined): readonly OrgIssue[] {
  if (!isRecord(role)) return [makeIssue('invalid', [], `expected a role, got ${previewValue(role)}`)];
  const own = parseRole(role);
  const issues: OrgIssue[] = own.ok ? [] : [...own.issues];
  if (isRecord(org) && Array.isArray(org.roles)) {
    let at = (org.roles as readonly unknown[]).indexOf(role);
    if (at < 0) at = org.roles.findIndex((candidate) => isRecord(candidate) && candidate.id === role.id);
    if (at >= 0) {
      for (const issue of getOrgModel(org).issues) {
        const [top, i, key] = issue.path;
        if (top === 'roles' && i === at && typeof key === 'string' && REFERENCE_KEYS.has(key)) issues.push(issue);
      }
    }
  }
  return issues.length ? issues : NO_ISSUES;
}

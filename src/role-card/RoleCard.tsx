import {
  forwardRef,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { cx } from '../internal/cx';
import { formatNumber, initials } from '../internal/format';
import { isRecord, nonBlank, stringList } from '../internal/guards';
import { safeHostHref } from '../internal/hostHref';
import { IssueAlert } from '../internal/IssueAlert';
import { useLabels, useLocale } from '../internal/locale';
import { mailtoHref, safeImageUrl, telHref } from '../internal/url';
import { useReportIssues } from '../internal/useReportIssues';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { makeIssue, previewValue, type OrgIssue } from '../model/issues';
import { getOrgModel, type OrgIndex } from '../model/orgModel';
import { parseRole } from '../model/parseOrg';
import type { Org, Person, Role } from '../model/schema';
import { countDuties } from '../responsibility-checklist/checklistModel';
import { roleCardLabels, type RoleCardLabels } from './labels';

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
      <article {...rootProps} ref={forwardedRef} className={rootClass} data-slot="role-card" data-variant={variant}>
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
        <div className="rk-card-body">
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
              <div className="rk-card-compact-holder">
                <VisuallyHidden as="dt">{labels.holders(facts.holders.length || 1)}</VisuallyHidden>
                <dd>{facts.vacant ? <VacantBadge labels={labels} /> : <bdi>{facts.holders.map((person) => person.name).join(', ')}</bdi>}</dd>
              </div>
            )}
            {nonBlank(record.department) && (
              <div className="rk-card-compact-department">
                <VisuallyHidden as="dt">{labels.department}</VisuallyHidden>
                <dd>
                  <bdi>{record.department}</bdi>
                </dd>
              </div>
            )}
            {facts.reports.length > 0 && (
              <div className="rk-card-compact-reports">
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
        {alternateTitles.length > 0 && <p className="rk-card-alternate">{labels.alsoKnownAs(formatList(alternateTitles, locale))}</p>}
        {meta.length > 0 && (
          <dl className="rk-card-meta" data-slot="role-card-meta">
            {meta.map(([term, value]) => (
              <div key={term} className="rk-card-chip">
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
            <dd className="rk-card-vacancy">
              <VacantAvatar />
              <div>
                <VacantBadge labels={labels} />
                <p className="rk-card-muted">{labels.vacantDescription}</p>
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
          <Section className="rk-card-section-title">{labels.summary}</Section>
          <p className="rk-card-summary">
            <bdi>{summary}</bdi>
          </p>
        </div>
      )}
      {authority.length > 0 && (
        <div className="rk-card-section" data-slot="role-card-section">
          <Section className="rk-card-section-title">{labels.authority}</Section>
          <TextList items={authority} />
        </div>
      )}
      {accountabilities.length > 0 && (
        <div className="rk-card-section" data-slot="role-card-section">
          <Section className="rk-card-section-title">{labels.accountabilities}</Section>
          <TextList items={accountabilities} />
        </div>
      )}
      {qualifications.length > 0 && (
        <div className="rk-card-section" data-slot="role-card-section">
          <Section className="rk-card-section-title">{labels.qualifications}</Section>
          <div className="rk-card-qualifications">
            {required.length > 0 && (
              <div className="rk-card-qualification-group" data-kind="required">
                <Subsection className="rk-card-subsection-title">{labels.required}</Subsection>
                <TextList items={required.map((q) => q.text)} />
              </div>
            )}
            {preferred.length > 0 && (
              <div className="rk-card-qualification-group" data-kind="preferred">
                <Subsection className="rk-card-subsection-title">{labels.preferred}</Subsection>
                <TextList items={preferred.map((q) => q.text)} />
              </div>
            )}
          </div>
        </div>
      )}

      {(dutyCount > 0 || assessmentCount > 0 || children != null) && (
        <footer className="rk-card-footer" data-slot="role-card-footer">
          {(dutyCount > 0 || assessmentCount > 0) && (
            <dl className="rk-card-counts">
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
 * Facts: the role's place in the org, resolved through the index when there is one
 * -----------------------------------------------------------------------------------------------*/

interface RoleFacts {
  vacant: boolean;
  holders: readonly Person[];
  /** The manager's role, or just its id when it cannot be resolved (no org). */
  manager: Role | string | undefined;
  reports: readonly Role[];
  assistants: readonly Role[];
  dottedLineTo: ReadonlyArray<Role | string>;
  dottedLineReports: readonly Role[];
  index: OrgIndex | undefined;
}

function readFacts(role: Role, index: OrgIndex | undefined): RoleFacts {
  const holderIds = stringList(role.holderIds);
  const holders = index ? holderIds.map((id) => index.personById.get(id)).filter((p): p is Person => p !== undefined) : [];
  // Vacancy belongs to the role itself: a holder id that points nowhere is a data
  // problem (reported), not an open position.
  const vacant = holderIds.length === 0;
  const managerId = nonBlank(role.reportsTo);
  const manager = managerId === undefined ? undefined : index ? index.roleById.get(managerId) : managerId;
  const solid = index ? index.reports(role.id) : [];
  const dotted = stringList(role.dottedLineTo).flatMap<Role | string>((id) => {
    if (!index) return [id];
    const target = index.roleById.get(id);
    return target ? [target] : [];
  });
  return {
    vacant,
    holders,
    manager,
    reports: solid.filter((r) => !r.assistant),
    assistants: solid.filter((r) => r.assistant),
    dottedLineTo: dotted,
    dottedLineReports: index ? index.dottedReports(role.id) : [],
    index,
  };
}

interface LinkContext {
  getRoleHref: RoleCardProps['getRoleHref'];
  onRoleClick: RoleCardProps['onRoleClick'];
}

function Facts({ facts, links, labels, limit, locale }: { facts: RoleFacts; links: LinkContext; labels: RoleCardLabels; limit: number; locale: string | undefined }) {
  const rows: Array<{ term: string; count?: number; items: ReadonlyArray<Role | string> }> = [];
  if (facts.manager !== undefined) rows.push({ term: labels.reportsTo, items: [facts.manager] });
  if (facts.reports.length) rows.push({ term: labels.directReports, count: facts.reports.length, items: facts.reports });
  if (facts.assistants.length) rows.push({ term: labels.assistants, items: facts.assistants });
  if (facts.dottedLineTo.length) rows.push({ term: labels.dottedLineTo, items: facts.dottedLineTo });
  if (facts.dottedLineReports.length) rows.push({ term: labels.dottedLineReports, items: facts.dottedLineReports });
  if (rows.length === 0) return null;
  return (
    <dl className="rk-card-facts" data-slot="role-card-facts">
      {rows.map((row) => (
        <div key={row.term} className="rk-card-fact">
          <dt>
            {row.term}
            {row.count !== undefined && <span className="rk-card-count">{formatNumber(row.count, locale)}</span>}
          </dt>
          <dd>
            <RoleList items={row.items} facts={facts} links={links} labels={labels} limit={row.count !== undefined ? limit : Infinity} locale={locale} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function RoleList({
  items,
  facts,
  links,
  labels,
  limit,
  locale,
}: {
  items: ReadonlyArray<Role | string>;
  facts: RoleFacts;
  links: LinkContext;
  labels: RoleCardLabels;
  limit: number;
  locale: string | undefined;
}) {
  const [expanded, setExpanded] = useState(false);
  const max = Math.max(0, Math.floor(Number.isFinite(limit) ? limit : items.length));
  const shown = expanded ? items : items.slice(0, max);
  const hidden = items.length - shown.length;
  return (
    <>
      <ul className="rk-card-roles">
        {shown.map((item) => {
          const id = typeof item === 'string' ? item : item.id;
          const holders = typeof item === 'string' || !facts.index ? undefined : facts.index.holders(item.id);
          return (
            <li key={id} className="rk-card-role">
              <RoleName roleId={id} links={links}>
                <bdi>{typeof item === 'string' ? item : (nonBlank(item.title) ?? labels.untitledRole)}</bdi>
              </RoleName>
              {holders !== undefined && (
                <span className="rk-card-role-holder" data-vacant={holders.length === 0 ? '' : undefined}>
                  {holders.length ? <bdi>{holders.map((person) => person.name).join(', ')}</bdi> : labels.vacant}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {(hidden > 0 || expanded) && items.length > max && (
        <button type="button" className="rk-card-more" aria-expanded={expanded} onClick={() => setExpanded((value) => !value)}>
          {expanded ? labels.showFewer : labels.showMore(hidden, formatNumber(hidden, locale))}
        </button>
      )}
    </>
  );
}

/** A role's name: a link with `getRoleHref`, a button with only `onRoleClick`, else text. */
function RoleName({ roleId, links, children }: { roleId: string; links: LinkContext; children: ReactNode }) {
  const { getRoleHref, onRoleClick } = links;
  const href = getRoleHref ? safeHostHref(getRoleHref(roleId)) : undefined;
  const onClick = onRoleClick ? (event: MouseEvent<HTMLElement>) => onRoleClick(roleId, event) : undefined;
  if (href) {
    return (
      <a className="rk-card-link" href={href} onClick={onClick}>
        {children}
      </a>
    );
  }
  if (onClick) {
    return (
      <button type="button" className="rk-card-link" onClick={onClick}>
        {children}
      </button>
    );
  }
  return <>{children}</>;
}

/* -------------------------------------------------------------------------------------------------
 * CompactTitle: clamped to --rk-card-title-lines, and never only there
 * -----------------------------------------------------------------------------------------------*/

/**
 * A compact card keeps its height by clamping the title, and a `title` tooltip is no way
 * back to the rest: touch screens never show it and keyboards cannot reach it. So the
 * clamp is only visual (the heading, and the card's name, hold the whole title for
 * screen readers), and when it actually cuts text a disclosure button under it opens
 * the title in full — by tap, click, Enter or Space. Measured after layout, so the
 * server (which cannot know) renders no button and the title clamped.
 */
function CompactTitle({
  as: Title,
  id,
  text,
  labels,
  children,
}: {
  as: 'h3';
  id: string;
  text: string;
  labels: RoleCardLabels;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLHeadingElement>(null);
  const clamped = useIsClamped(ref, !open, text);
  const toggle = clamped || open;
  return (
    <>
      <Title ref={ref} id={id} className="rk-card-title" data-slot="role-card-title" data-state={toggle ? (open ? 'open' : 'closed') : undefined}>
        {children}
      </Title>
      {toggle && (
        <button
          type="button"
          className="rk-card-more rk-card-title-toggle"
          data-slot="role-card-title-toggle"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? labels.showLessTitle : labels.showFullTitle}
        </button>
      )}
    </>
  );
}

/** Whether the element's text overflows its (line-clamped) box; re-measured as the box resizes. */
function useIsClamped(ref: { readonly current: HTMLElement | null }, active: boolean, text: string): boolean {
  const [clamped, setClamped] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!active || !element) return;
    // One pixel of slack: a line box may round up by a fraction without hiding anything.
    const measure = () => setClamped(element.scrollHeight > element.clientHeight + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, active, text]);
  return clamped;
}

/* -------------------------------------------------------------------------------------------------
 * People
 * -----------------------------------------------------------------------------------------------*/

function Holder({ person, labels }: { person: Person; labels: RoleCardLabels }) {
  const email = nonBlank(person.email);
  const phone = nonBlank(person.phone);
  return (
    <dd className="rk-card-holder" data-slot="role-card-holder">
      <Avatar person={person} />
      <div className="rk-card-holder-body">
        <p className="rk-card-holder-name">
          <bdi>{person.name}</bdi>
        </p>
        {nonBlank(person.location) && (
          <p className="rk-card-muted">
            <bdi>{person.location}</bdi>
          </p>
        )}
        {(email || phone) && (
          <ul className="rk-card-contacts">
            {email && (
              <li>
                <a className="rk-card-contact" href={mailtoHref(email)}>
                  <MailIcon />
                  <VisuallyHidden>{labels.email}:</VisuallyHidden>{' '}
                  {email}
                </a>
              </li>
            )}
            {phone && (
              <li>
                <a className="rk-card-contact" href={telHref(phone)}>
                  <PhoneIcon />
                  <VisuallyHidden>{labels.phone}:</VisuallyHidden>{' '}
                  {/* Digits and spaces would be reordered right-to-left in an RTL page. */}
                  <span dir="ltr">{phone}</span>
                </a>
              </li>
            )}
          </ul>
        )}
      </div>
    </dd>
  );
}

/**
 * A photo, or initials when there is none or it fails to load. Decorative: the name
 * is always written beside it. The server renders the `<img>`; an image that failed
 * before hydration fired its `error` before React listened, so it is checked again
 * on mount.
 */
function Avatar({ person }: { person: Person }) {
  const src = safeImageUrl(person.avatarUrl);
  return (
    <span className="rk-avatar" data-slot="role-card-avatar" aria-hidden="true">
      {src ? <AvatarImage key={src} src={src} name={person.name} /> : <span className="rk-avatar-initials">{initials(person.name)}</span>}
    </span>
  );
}

function AvatarImage({ src, name }: { src: string; name: string }) {
  const [failed, setFailed] = useState(false);
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    const img = image.current;
    if (!img?.complete || typeof img.decode !== 'function') return;
    let live = true;
    img.decode().catch(() => {
      if (live) setFailed(true);
    });
    return () => {
      live = false;
    };
  }, []);
  if (failed) return <span className="rk-avatar-initials">{initials(name)}</span>;
  return <img ref={image} className="rk-avatar-image" src={src} alt="" decoding="async" onError={() => setFailed(true)} />;
}

function VacantAvatar() {
  return (
    <span className="rk-avatar" data-slot="role-card-avatar" data-vacant="" aria-hidden="true">
      <svg viewBox="0 0 20 20" width="20" height="20" fill="none" stroke="currentColor" strokeWidth={1.5} strokeLinecap="round" className="rk-avatar-icon" focusable="false">
        <circle cx="10" cy="7.5" r="3" />
        <path d="M4.5 16c.8-2.6 3-4 5.5-4s4.7 1.4 5.5 4" />
      </svg>
    </span>
  );
}

function VacantBadge({ labels }: { labels: RoleCardLabels }) {
  return (
    <span className="rk-card-badge" data-slot="role-card-vacant" data-vacant="">
      {labels.vacant}
    </span>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Helpers
 * -----------------------------------------------------------------------------------------------*/

function TextList({ items }: { items: readonly string[] }) {
  return (
    <ul className="rk-card-list">
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

function formatList(items: readonly string[], locale: string | undefined): string {
  try {
    return new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

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
    let at = org.roles.indexOf(role as Role);
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

/* -------------------------------------------------------------------------------------------------
 * Icons (decorative)
 * -----------------------------------------------------------------------------------------------*/

// width/height: the size without rolekit's stylesheet (CSS overrides them).
const iconProps = { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': true, focusable: false, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round', className: 'rk-card-icon' } as const;

function MailIcon() {
  return (
    <svg {...iconProps}>
      <rect x="2" y="3.5" width="12" height="9" rx="1.5" />
      <path d="M2.5 4.5L8 8.75l5.5-4.25" />
    </svg>
  );
}

function PhoneIcon() {
  return (
    <svg {...iconProps}>
      <path d="M5.5 2.5H3.75A1.25 1.25 0 0 0 2.5 3.9C3 9.3 6.7 13 12.1 13.5a1.25 1.25 0 0 0 1.4-1.25V10.5l-2.75-1-1.25 1.5A7.5 7.5 0 0 1 5 6.5L6.5 5.25z" />
    </svg>
  );
}

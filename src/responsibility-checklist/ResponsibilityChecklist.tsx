import * as Accordion from '@radix-ui/react-accordion';
import {
  forwardRef,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react';
import { cx } from '../internal/cx';
import { formatCurrency, formatNumber, isolate } from '../internal/format';
import { isRecord } from '../internal/guards';
import { IssueAlert } from '../internal/IssueAlert';
import { useLabels, useLocale } from '../internal/locale';
import { useReportIssues } from '../internal/useReportIssues';
import { Checkbox } from '../internal/Checkbox';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { makeIssue, previewValue, type OrgIssue } from '../model/issues';
import { parseRole } from '../model/parseOrg';
import type { Role } from '../model/schema';
import {
  buildChecklistTree,
  buildRules,
  countDone,
  isRuleMet,
  penaltiesAtRisk,
  stateOf,
  type DutyNode,
  type GroupNode,
  type RuleNode,
} from './checklistModel';
import { responsibilityChecklistLabels, type ResponsibilityChecklistLabels } from './labels';
import { useChecklistState, type ChecklistState } from './useChecklistState';

/* -------------------------------------------------------------------------------------------------
 * ResponsibilityChecklist
 * -----------------------------------------------------------------------------------------------*/

const CHECKLIST_NAME = 'ResponsibilityChecklist';

/**
 * Panels are not `role="region"` (Radix's default). APG makes the region optional and
 * warns against "landmark region proliferation" (more than ~6 panels open at once);
 * a page may also hold several checklists whose groups share titles ("Main duties"),
 * and landmarks must have unique names. The group headings already give the outline.
 */
const PANEL_LANDMARK_OFF = { role: undefined, 'aria-labelledby': undefined } as const;

export interface ResponsibilityChecklistProps
  extends Omit<ComponentPropsWithoutRef<'div'>, 'role' | 'onError' | 'children' | 'defaultValue'> {
  /** The role whose `responsibilities` (and `assessments`) are listed. */
  role: Role;
  /**
   * Checked duty ids (controlled). A parent's id stands for all of its children; the
   * ids handed to `onCheckedChange` name every checked duty and every parent whose
   * children are all checked. Ids of unknown duties are kept as they are.
   */
  checkedIds?: readonly string[];
  /** Checked duty ids when uncontrolled.  @default [] */
  defaultCheckedIds?: readonly string[];
  /** Called with the new checked ids whenever a duty, parent or group is toggled. */
  onCheckedChange?: (ids: string[]) => void;
  /** Open group ids (controlled). Several may be open at once. */
  openGroupIds?: readonly string[];
  /** Open group ids when uncontrolled.  @default the first group's id */
  defaultOpenGroupIds?: readonly string[];
  /** Called with the open group ids whenever a group opens or closes (a filter opens the groups it matches). */
  onOpenGroupsChange?: (ids: string[]) => void;
  /** Filter text (controlled). Case-insensitive; matches duties at any depth and group titles. */
  filter?: string;
  /** Filter text when uncontrolled.  @default '' */
  defaultFilter?: string;
  /** Called with the filter text as the user types or clears it. */
  onFilterChange?: (filter: string) => void;
  /** A review view: every box shows its state and none can be changed.  @default false */
  readOnly?: boolean;
  /** Show the filter box.  @default true */
  showFilter?: boolean;
  /** Level of each group heading (and of "Other assessments"), to fit the page outline.  @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Called after render with problems in the role's data; the list still renders what it can. */
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
  labels?: Partial<ResponsibilityChecklistLabels>;
  /** BCP 47 locale for currency amounts.  @default the `RolekitProvider` locale, else the browser's */
  locale?: string;
}

/**
 * A role's duties as a checklist: groups in an accordion (several open at once),
 * every duty a checkbox, groups and parent duties tri-state, progress per group and
 * overall, the penalties the unchecked duties put at risk, and a filter.
 *
 * Styling hooks (all on `.rk-checklist` or its parts):
 * - `[data-checked="true|false|mixed"]` on `[data-slot="checklist-group"]`, `[data-slot="checklist-item"]`
 *   and `[data-slot="checklist-checkbox"]`
 * - `[data-state="open|closed"]` on groups, their triggers and panels (from Radix)
 * - `[data-state="met|at-risk"]` on `[data-slot="checklist-rule"]`
 * - `[data-readonly]`, `[data-filtering]`, `[data-empty]` on the root; `[data-complete]` on the progress
 * - `[data-at-risk]` on `[data-slot="checklist-penalties"]`; `[data-depth]` on items
 */
export const ResponsibilityChecklist = forwardRef<HTMLDivElement, ResponsibilityChecklistProps>(function ResponsibilityChecklist(props, forwardedRef) {
  // Another role is another checklist: uncontrolled state (ticks, open groups, filter,
  // announcements) starts afresh instead of carrying the previous role's ids over.
  const roleKey = isRecord(props.role) && typeof props.role.id === 'string' ? props.role.id : '';
  return <ChecklistImpl key={roleKey} {...props} ref={forwardedRef} />;
});
ResponsibilityChecklist.displayName = CHECKLIST_NAME;

const ChecklistImpl = forwardRef<HTMLDivElement, ResponsibilityChecklistProps>(
  function ChecklistImpl(props, forwardedRef) {
    const {
      role,
      checkedIds,
      defaultCheckedIds,
      onCheckedChange,
      openGroupIds,
      defaultOpenGroupIds,
      onOpenGroupsChange,
      filter,
      defaultFilter,
      onFilterChange,
      readOnly = false,
      showFilter = true,
      headingLevel = 3,
      onError,
      renderError,
      errorDisplay,
      labels: labelsProp,
      locale: localeProp,
      className,
      ...rootProps
    } = props;

    const labels = useLabels('responsibilityChecklist', responsibilityChecklistLabels, labelsProp);
    const contextLocale = useLocale();
    const locale = localeProp ?? contextLocale;

    // Read defensively: `role` may not have been through parseRole.
    const record = isRecord(role) ? role : undefined;
    const responsibilities = record?.responsibilities;
    const assessments = record?.assessments;
    const tree = useMemo(() => buildChecklistTree(responsibilities), [responsibilities]);
    const rules = useMemo(() => buildRules(assessments, tree), [assessments, tree]);
    const issues = useMemo(() => checklistIssues(role), [role]);
    useReportIssues(CHECKLIST_NAME, issues, onError);

    const state = useChecklistState({
      tree,
      checkedIds,
      defaultCheckedIds,
      onCheckedChange,
      openGroupIds,
      defaultOpenGroupIds,
      onOpenGroupsChange,
      filter,
      defaultFilter,
      onFilterChange,
    });
    const { checked, filtered, matcher, query } = state;

    const total = tree.leafIds.length;
    const done = countDone(tree.leafIds, checked.leaves);
    const num = (n: number) => formatNumber(n, locale);
    const progressOf = (d: number, t: number) => labels.progress(d, t, num(d), num(t));
    const atRisk = useMemo(() => penaltiesAtRisk(rules, checked.leaves), [rules, checked]);
    const atRiskText = atRisk.map(({ amount, currency }) => formatCurrency(amount, currency, locale)).join(' · ');
    const penaltySummary = atRisk.length ? `${labels.penaltiesAtRisk}: ${atRiskText}` : labels.noPenaltiesAtRisk;

    const announcement = useAnnouncement({
      done,
      query,
      onProgress: () => (rules.hasPenalties ? [progressOf(done, total), penaltySummary] : [progressOf(done, total)]),
      onFilter: () => {
        const shown = filtered ? filtered.shownLeaves : total;
        return [labels.filterCount(shown, total, num(shown), num(total))];
      },
    });

    const baseId = useId();
    const filterInput = useRef<HTMLInputElement>(null);
    const ctx: RenderContext = { state, labels, locale, readOnly, baseId, rules, headingLevel };

    const root = (children: ReactNode, extra?: Record<string, string | undefined>) => (
      <div
        {...rootProps}
        {...extra}
        ref={forwardedRef}
        className={cx('rk-root', 'rk-checklist', className)}
        data-slot="checklist"
        data-readonly={readOnly ? '' : undefined}
      >
        {children}
      </div>
    );

    // Nothing useful to show: the role itself, or every duty in it, is unreadable.
    if (!record || (total === 0 && tree.groups.length === 0 && issues.length > 0 && responsibilities !== undefined)) {
      return root(
        <IssueAlert
          title={labels.errorTitle} details={labels.errorDetails} issues={issues} moreLabel={labels.moreIssues} locale={locale}
          renderError={renderError} errorDisplay={errorDisplay}
        />,
      );
    }

    const status = (
      <VisuallyHidden as="div" role="status" data-slot="checklist-status">
        {/* Separate blocks, so a screen reader pauses between progress and penalties. */}
        {announcement.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </VisuallyHidden>
    );

    if (total === 0) {
      return root(
        <>
          <div className="rk-checklist-empty" data-slot="checklist-empty">
            <EmptyIcon />
            <p className="rk-checklist-empty-title">{labels.emptyTitle}</p>
            <p className="rk-checklist-empty-description">{labels.emptyDescription}</p>
          </div>
          <OtherAssessments ctx={ctx} />
          {status}
        </>,
        { 'data-empty': '' },
      );
    }

    const percent = Math.round((done / total) * 100);
    const progressText = progressOf(done, total);
    const shownGroups = filtered ? tree.groups.filter((group) => filtered.groupKeys.has(group.key)) : tree.groups;

    return root(
      <>
        <div className="rk-checklist-header" data-slot="checklist-header">
          <div className="rk-checklist-progress" data-slot="checklist-progress" data-complete={done === total ? '' : undefined}>
            <div className="rk-checklist-progress-text">
              <span id={`${baseId}-progress`} className="rk-checklist-progress-label">
                {labels.progressLabel}
              </span>
              <bdi className="rk-checklist-progress-value">{progressText}</bdi>
            </div>
            <div
              role="progressbar"
              aria-labelledby={`${baseId}-progress`}
              aria-valuemin={0}
              aria-valuemax={total}
              aria-valuenow={done}
              aria-valuetext={progressText}
              className="rk-checklist-progress-track"
              style={{ ['--rk-checklist-progress' as string]: `${percent}%` }}
            >
              <div className="rk-checklist-progress-bar" />
            </div>
          </div>
          {rules.hasPenalties && (
            <p className="rk-checklist-penalties" data-slot="checklist-penalties" data-at-risk={atRisk.length ? '' : undefined}>
              {atRisk.length ? <WarningIcon /> : <CheckCircleIcon />}
              <span>
                {atRisk.length ? (
                  <>
                    {labels.penaltiesAtRisk}: <strong className="rk-checklist-penalties-amount">{atRiskText}</strong>
                  </>
                ) : (
                  labels.noPenaltiesAtRisk
                )}
              </span>
            </p>
          )}
          {showFilter && (
            <div className="rk-checklist-filter" data-slot="checklist-filter">
              <VisuallyHidden as="label" htmlFor={`${baseId}-filter`}>
                {labels.filterLabel}
              </VisuallyHidden>
              <div className="rk-checklist-filter-field">
                <SearchIcon />
                <input
                  ref={filterInput}
                  id={`${baseId}-filter`}
                  type="search"
                  className="rk-checklist-filter-input"
                  value={query}
                  placeholder={isolate(labels.filterPlaceholder)}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(event) => state.setQuery(event.target.value)}
                />
              </div>
              {filtered && <bdi className="rk-checklist-filter-count">{labels.filterCount(filtered.shownLeaves, total, num(filtered.shownLeaves), num(total))}</bdi>}
            </div>
          )}
        </div>

        {shownGroups.length > 0 ? (
          <Accordion.Root
            type="multiple"
            value={state.openGroups as string[]}
            onValueChange={state.setOpenGroups}
            className="rk-checklist-groups"
            data-slot="checklist-groups"
          >
            {shownGroups.map((group) => (
              <GroupSection key={group.key} group={group} ctx={ctx} />
            ))}
          </Accordion.Root>
        ) : (
          <div className="rk-checklist-no-matches" data-slot="checklist-no-matches">
            <p>{labels.noMatches(query.trim())}</p>
            <button
              type="button"
              className="rk-checklist-button"
              onClick={() => {
                state.setQuery('');
                filterInput.current?.focus();
              }}
            >
              {labels.clearFilter}
            </button>
          </div>
        )}

        <OtherAssessments ctx={ctx} />
        {status}
      </>,
      { 'data-filtering': filtered ? '' : undefined },
    );
  },
);

interface RenderContext {
  state: ChecklistState;
  labels: ResponsibilityChecklistLabels;
  locale: string | undefined;
  readOnly: boolean;
  baseId: string;
  rules: ReturnType<typeof buildRules>;
  headingLevel: 2 | 3 | 4 | 5 | 6;
}

/* -------------------------------------------------------------------------------------------------
 * Group
 * -----------------------------------------------------------------------------------------------*/

function GroupSection({ group, ctx }: { group: GroupNode; ctx: RenderContext }) {
  const { state, labels, locale, readOnly, headingLevel } = ctx;
  const title = group.title ?? labels.untitledGroup;
  const groupDone = countDone(group.leafIds, state.checked.leaves);
  const groupTotal = group.leafIds.length;
  const checkedState = stateOf(group.leafIds, state.checked.leaves);
  const open = state.openGroups.includes(group.key);
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <Accordion.Item value={group.key} className="rk-checklist-group" data-slot="checklist-group" data-checked={checkedState}>
      <div className="rk-checklist-group-header" data-slot="checklist-group-header">
        {/* Beside the heading, never inside the trigger: a control in a button is unreachable. */}
        <Checkbox
          slot="checklist-checkbox"
          state={checkedState}
          disabled={readOnly || group.leafIds.length === 0}
          aria-label={labels.groupCheckbox(title)}
          onToggle={() => state.toggle(group.leafIds)}
        />
        <Accordion.Header asChild>
          <Heading className="rk-checklist-group-heading">
            <Accordion.Trigger className="rk-checklist-trigger" data-slot="checklist-trigger">
              <bdi className="rk-checklist-group-title" data-untitled={group.title === undefined ? '' : undefined}>
                <Highlight text={title} matcher={group.title === undefined ? undefined : state.matcher} />
              </bdi>
              <bdi className="rk-checklist-group-count" data-slot="checklist-group-count">
                {labels.groupProgress(groupDone, groupTotal, formatNumber(groupDone, locale), formatNumber(groupTotal, locale))}
              </bdi>
              <ChevronIcon />
            </Accordion.Trigger>
          </Heading>
        </Accordion.Header>
      </div>
      {/*
       * Always mounted so print can show every group (Radix unmounts closed content by
       * default); closed panels carry `hidden`, which the print stylesheet overrides.
       */}
      <Accordion.Content
        forceMount
        hidden={!open}
        className="rk-checklist-panel"
        data-slot="checklist-panel"
        {...PANEL_LANDMARK_OFF}
      >
        <DutyList items={group.items} ctx={ctx} depth={0} />
      </Accordion.Content>
    </Accordion.Item>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Duties
 * -----------------------------------------------------------------------------------------------*/

function DutyList({ items, ctx, depth }: { items: readonly DutyNode[]; ctx: RenderContext; depth: number }) {
  const visible = ctx.state.filtered?.visible;
  const shown = visible ? items.filter((item) => visible.has(item.id)) : items;
  if (shown.length === 0) return null;
  return (
    <ul className="rk-checklist-items" data-slot="checklist-items" data-depth={depth}>
      {shown.map((item) => (
        <DutyItem key={item.id} node={item} ctx={ctx} />
      ))}
    </ul>
  );
}

function DutyItem({ node, ctx }: { node: DutyNode; ctx: RenderContext }) {
  const { state, labels, readOnly, baseId, rules } = ctx;
  const checkedState = stateOf(node.leafIds, state.checked.leaves);
  const inputId = `${baseId}-duty-${node.index}`;
  const nodeRules = rules.byDuty.get(node.id) ?? [];
  const ruleIds = nodeRules.map((_, i) => `${inputId}-rule-${i}`);
  return (
    <li
      className="rk-checklist-item"
      data-slot="checklist-item"
      data-checked={checkedState}
      data-depth={node.depth}
      data-parent={node.children.length ? '' : undefined}
    >
      <div className="rk-checklist-item-row">
        <Checkbox
          slot="checklist-checkbox"
          id={inputId}
          state={checkedState}
          disabled={readOnly}
          aria-describedby={ruleIds.length ? ruleIds.join(' ') : undefined}
          onToggle={() => state.toggle(node.leafIds)}
        />
        <label htmlFor={inputId} className="rk-checklist-item-text" data-untitled={node.text === undefined ? '' : undefined}>
          {/* bdi: a duty in another script than the page (English in an RTL page) keeps its own order. */}
          <bdi>{node.text === undefined ? labels.untitledDuty : <Highlight text={node.text} matcher={state.matcher} />}</bdi>
        </label>
      </div>
      {nodeRules.length > 0 && (
        <ul className="rk-checklist-rules" data-slot="checklist-rules">
          {nodeRules.map((rule, i) => (
            <Rule key={rule.key} id={ruleIds[i]} rule={rule} ctx={ctx} met={isRuleMet(rule, state.checked.leaves)} />
          ))}
        </ul>
      )}
      {node.children.length > 0 && <DutyList items={node.children} ctx={ctx} depth={node.depth + 1} />}
    </li>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Assessments
 * -----------------------------------------------------------------------------------------------*/

function Rule({ rule, ctx, met, id }: { rule: RuleNode; ctx: RenderContext; met?: boolean; id?: string | undefined }) {
  const { labels, locale } = ctx;
  const linked = met !== undefined;
  return (
    <li id={id} className="rk-checklist-rule" data-slot="checklist-rule" data-state={linked ? (met ? 'met' : 'at-risk') : undefined}>
      {linked && met ? <CheckCircleIcon /> : <RuleIcon />}
      <span className="rk-checklist-rule-body">
        <VisuallyHidden>{labels.assessment}</VisuallyHidden>{' '}
        {rule.text !== undefined && <bdi className="rk-checklist-rule-text">{rule.text}</bdi>}
        {rule.penalty && (
          <>
            {' '}
            <span className="rk-checklist-penalty" data-slot="checklist-penalty">
              {labels.penalty(formatCurrency(rule.penalty.amount, rule.penalty.currency, locale), rule.penalty.per)}
            </span>
          </>
        )}
        {linked && met && (
          <>
            {' '}
            <VisuallyHidden>{labels.ruleMet}</VisuallyHidden>
          </>
        )}
      </span>
    </li>
  );
}

function OtherAssessments({ ctx }: { ctx: RenderContext }) {
  const { rules, labels, headingLevel } = ctx;
  if (rules.unlinked.length === 0) return null;
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <div className="rk-checklist-other" data-slot="checklist-other">
      <Heading className="rk-checklist-other-heading">{labels.otherAssessments}</Heading>
      <ul className="rk-checklist-rules" data-slot="checklist-rules">
        {rules.unlinked.map((rule) => (
          <Rule key={rule.key} rule={rule} ctx={ctx} />
        ))}
      </ul>
    </div>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Helpers
 * -----------------------------------------------------------------------------------------------*/

/** The matched parts of `text` in `<mark>`; the matcher's capture group puts them at odd indexes. */
function Highlight({ text, matcher }: { text: string; matcher: RegExp | undefined }) {
  if (!matcher) return <>{text}</>;
  const parts = text.split(matcher);
  return <>{parts.map((part, i) => (i % 2 === 1 ? <mark key={i} className="rk-highlight">{part}</mark> : part))}</>;
}

/**
 * Text for the one polite status region: progress when the count changes, the match
 * count when the filter does. Empty on first render, so nothing is read on page load.
 */
function useAnnouncement({ done, query, onProgress, onFilter }: { done: number; query: string; onProgress: () => string[]; onFilter: () => string[] }) {
  const [message, setMessage] = useState<string[]>([]);
  const last = useRef({ done, query });
  useEffect(() => {
    const previous = last.current;
    last.current = { done, query };
    if (previous.done !== done) setMessage(onProgress());
    else if (previous.query !== query) setMessage(onFilter());
    // The callbacks are fresh each render; the counts are what should trigger a message.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [done, query]);
  return message;
}

const NO_ISSUES: readonly OrgIssue[] = Object.freeze([]);

/** The role's problems that concern this component: its duties and its assessments. */
function checklistIssues(role: unknown): readonly OrgIssue[] {
  if (!isRecord(role)) return [makeIssue('invalid', [], `expected a role, got ${previewValue(role)}`)];
  const result = parseRole(role);
  if (result.ok) return NO_ISSUES;
  return result.issues.filter((issue) => issue.path.length === 0 || issue.path[0] === 'responsibilities' || issue.path[0] === 'assessments');
}

/* -------------------------------------------------------------------------------------------------
 * Icons (decorative)
 * -----------------------------------------------------------------------------------------------*/

// width/height: the size without rolekit's stylesheet (CSS overrides them).
const iconProps = { viewBox: '0 0 16 16', width: 16, height: 16, 'aria-hidden': true, focusable: false, fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

function ChevronIcon() {
  return (
    <svg {...iconProps} className="rk-checklist-chevron">
      <path d="M4 6l4 4 4-4" />
    </svg>
  );
}

function SearchIcon() {
  return (
    <svg {...iconProps} className="rk-checklist-filter-icon">
      <circle cx="7" cy="7" r="4.25" />
      <path d="M10.25 10.25L13.5 13.5" />
    </svg>
  );
}

function WarningIcon() {
  return (
    <svg {...iconProps} className="rk-checklist-icon">
      <path d="M8 2.5l6 10.5H2z" />
      <path d="M8 6.5v3M8 11.25v.01" />
    </svg>
  );
}

function CheckCircleIcon() {
  return (
    <svg {...iconProps} className="rk-checklist-icon" data-icon="met">
      <circle cx="8" cy="8" r="6" />
      <path d="M5.5 8.25l1.75 1.75 3.25-3.5" />
    </svg>
  );
}

function RuleIcon() {
  return (
    <svg {...iconProps} className="rk-checklist-icon" data-icon="rule">
      <circle cx="8" cy="8" r="6" />
      <path d="M8 5v3.25M8 10.75v.01" />
    </svg>
  );
}

function EmptyIcon() {
  return (
    <svg {...iconProps} viewBox="0 0 32 32" width={32} height={32} strokeWidth={1.5} className="rk-checklist-empty-icon">
      <rect x="7" y="5" width="18" height="23" rx="2.5" />
      <path d="M12 5V3.5h8V5M11.5 13h9M11.5 17.5h9M11.5 22h5" />
    </svg>
  );
}

import * as Accordion from '@radix-ui/react-accordion';
import {
  forwardRef,
  useId,
  useMemo,
  useRef,
  type ComponentPropsWithoutRef,
  type ReactNode,
} from 'react';
import { Announcer, useAnnouncer } from '../internal/announcer';
import { cx } from '../internal/cx';
import { formatCurrency, formatNumber, isolate } from '../internal/format';
import { isRecord } from '../internal/guards';
import { IssueAlert } from '../internal/IssueAlert';
import { useLabels, useLocale } from '../internal/locale';
import { useReportIssues } from '../internal/useReportIssues';
import { VisuallyHidden } from '../internal/VisuallyHidden';
import { makeIssue, previewValue, type OrgIssue } from '../model/issues';
import { parseRole } from '../model/parseOrg';
import type { Role } from '../model/schema';
import { countChecked } from '../model/checkedTree';
import { buildDutyTree } from '../model/duties';
import { buildRules, penaltiesAtRisk } from './checklistModel';
import { GroupSection, OtherAssessments, type RenderContext } from './ChecklistGroup';
import { CircleIcon, EmptyIcon, SearchIcon, WarningIcon } from './icons';
import { responsibilityChecklistLabels, type ResponsibilityChecklistLabels } from './labels';
import { useChecklistState } from './useChecklistState';

/* -------------------------------------------------------------------------------------------------
 * ResponsibilityChecklist
 * -----------------------------------------------------------------------------------------------*/

const CHECKLIST_NAME = 'ResponsibilityChecklist';

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
  /** Filter text (controlled), as OrgChart's `query`. Case-insensitive; matches duties at any depth and group titles. */
  query?: string;
  /** Filter text when uncontrolled.  @default '' */
  defaultQuery?: string;
  /** Called with the filter text as the user types or clears it. */
  onQueryChange?: (query: string) => void;
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
      query: queryProp,
      defaultQuery,
      onQueryChange,
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
    const tree = useMemo(() => buildDutyTree(responsibilities), [responsibilities]);
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
      query: queryProp,
      defaultQuery,
      onQueryChange,
    });
    const { checked, filtered, query } = state;

    const total = tree.leafIds.length;
    const done = countChecked(tree.leafIds, checked.leaves);
    const num = (n: number) => formatNumber(n, locale);
    const progressOf = (d: number, t: number) => labels.progress(d, t, num(d), num(t));
    const atRisk = useMemo(() => penaltiesAtRisk(rules, checked.leaves), [rules, checked]);
    const atRiskText = atRisk.map(({ amount, currency }) => formatCurrency(amount, currency, locale)).join(' · ');
    const penaltySummary = atRisk.length ? `${labels.penaltiesAtRisk}: ${atRiskText}` : labels.noPenaltiesAtRisk;

    // Progress when the count changes, the match count when the filter does.
    const announcement = useAnnouncer([done, query] as const, ([previousDone, previousQuery]) => {
      if (previousDone !== done) return rules.hasPenalties ? [progressOf(done, total), penaltySummary] : [progressOf(done, total)];
      if (previousQuery !== query) {
        const shown = filtered ? filtered.shownLeaves : total;
        return [labels.filterCount(shown, total, num(shown), num(total))];
      }
      return undefined;
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

    // Separate lines, so a screen reader pauses between progress and penalties.
    const status = <Announcer message={announcement} data-slot="checklist-status" />;

    if (total === 0) {
      return root(
        <>
          <div className="rk-checklist-empty" data-slot="checklist-empty">
            <EmptyIcon />
            <p className="rk-checklist-empty-title" data-slot="checklist-empty-title">{labels.emptyTitle}</p>
            <p className="rk-checklist-empty-description" data-slot="checklist-empty-description">{labels.emptyDescription}</p>
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
            <div className="rk-checklist-progress-text" data-slot="checklist-progress-text">
              <span id={`${baseId}-progress`} className="rk-checklist-progress-label" data-slot="checklist-progress-label">
                {labels.progressLabel}
              </span>
              <bdi className="rk-checklist-progress-value" data-slot="checklist-progress-value">{progressText}</bdi>
            </div>
            <div
              role="progressbar"
              aria-labelledby={`${baseId}-progress`}
              aria-valuemin={0}
              aria-valuemax={total}
              aria-valuenow={done}
              aria-valuetext={progressText}
              className="rk-checklist-progress-track" data-slot="checklist-progress-track"
              style={{ ['--rk-checklist-progress' as string]: `${percent}%` }}
            >
              <div className="rk-checklist-progress-bar" data-slot="checklist-progress-bar" />
            </div>
          </div>
          {rules.hasPenalties && (
            <p className="rk-checklist-penalties" data-slot="checklist-penalties" data-at-risk={atRisk.length ? '' : undefined}>
              {atRisk.length ? <WarningIcon /> : <CircleIcon kind="met" />}
              <span>
                {atRisk.length ? (
                  <>
                    {labels.penaltiesAtRisk}: <strong className="rk-checklist-penalties-amount" data-slot="checklist-penalties-amount">{atRiskText}</strong>
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
              <div className="rk-checklist-filter-field" data-slot="checklist-filter-field">
                <SearchIcon />
                <input
                  ref={filterInput}
                  id={`${baseId}-filter`}
                  type="search"
                  className="rk-checklist-filter-input" data-slot="checklist-filter-input"
                  value={query}
                  placeholder={isolate(labels.filterPlaceholder)}
                  autoComplete="off"
                  spellCheck={false}
                  onChange={(event) => state.setQuery(event.target.value)}
                />
              </div>
              {filtered && <bdi className="rk-checklist-filter-count" data-slot="checklist-filter-count">{labels.filterCount(filtered.shownLeaves, total, num(filtered.shownLeaves), num(total))}</bdi>}
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
              className="rk-checklist-button" data-slot="checklist-clear-filter"
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

const NO_ISSUES: readonly OrgIssue[] = Object.freeze([]);

/** The role's problems that concern this component: its duties and its assessments. */
function checklistIssues(role: unknown): readonly OrgIssue[] {
  if (!isRecord(role)) return [makeIssue('invalid', [], `expected a role, got ${previewValue(role)}`)];
  const result = parseRole(role);
  if (result.ok) return NO_ISSUES;
  return result.issues.filter((issue) => issue.path.length === 0 || issue.path[0] === 'responsibilities' || issue.path[0] === 'assessments');
}

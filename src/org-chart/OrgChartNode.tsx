import type { Person, Role } from '../model/schema';
import type { LayoutPlacement } from '../model/layout';
import type { RoleRollup } from '../model/rollup';
import { useLabels, useLocale } from '../internal/locale';
import { formatCount, formatList, initials } from '../internal/format';
import { safeImageUrl } from '../internal/url';
import { cx } from '../internal/cx';
import { orgChartLabels, type OrgChartLabels } from './labels';

/** What `renderNode(role, state)` is told about the node it draws. */
export interface OrgChartNodeState {
  readonly id: string;
  /** 0 for a root. */
  readonly depth: number;
  readonly hasChildren: boolean;
  readonly expanded: boolean;
  readonly selected: boolean;
  /** Holds the tab stop (is, or will be when tabbed to, the focused node). */
  readonly active: boolean;
  /** No holder. */
  readonly vacant: boolean;
  /** `role.assistant`. */
  readonly assistant: boolean;
  readonly holders: readonly Person[];
  /** Direct reports, assistants included. */
  readonly reportCount: number;
  readonly descendantCount: number;
  /** Roles hidden below it while collapsed. */
  readonly hiddenDescendantCount: number;
  /** What is below it (`rollupOrg`): people, open positions, span of control. */
  readonly rollup: RoleRollup | undefined;
  /** Its span of control is above the chart's `spanWarning`. */
  readonly wideSpan: boolean;
  /** Which view draws it: a fixed-size box in the chart, a row in the list. */
  readonly view: 'chart' | 'list';
  /** In the chart: in the tree, on an assistant branch, or in a compact grid. */
  readonly placement: LayoutPlacement | null;
}

export interface OrgChartNodeProps {
  role: Role;
  state: OrgChartNodeState;
  /** Overrides for the built-in strings. */
  labels?: Partial<OrgChartLabels> | undefined;
  /** BCP 47 locale for the counts.  @default the RolekitProvider's */
  locale?: string | undefined;
  className?: string | undefined;
}

const NODE_NAME = 'OrgChartNode';

/**
 * The default look of a node: a compact role card (avatar, title clamped to two lines,
 * holder or a "Vacant" badge, department and reports). Each part isolates its own
 * direction (`dir="auto"`), so "6 reports" or a Latin title keeps its order on a
 * right-to-left page. Exported so a custom `renderNode` can wrap or decorate it.
 *
 * Lean on purpose — at most five elements, six with a photo: a chart of a hundred people
 * is mostly these. The initials are drawn from `data-initials` by the stylesheet. The
 * spaces between the parts are text, not elements: a grid ignores them, while copied or
 * unstyled text (and axe's check that the name matches what is seen) keeps words apart.
 *
 * Data attributes: `data-vacant`, `data-selected`, `data-assistant` (presence),
 * `data-level` (the role's level, for accents), `data-view="chart|list"`, `data-initials`.
 */
export function OrgChartNode({ role, state, labels: own, locale: localeProp, className }: OrgChartNodeProps) {
  const labels = useLabels('orgChart', orgChartLabels, own);
  const contextLocale = useLocale();
  const text = nodeText(role, state, labels, localeProp ?? contextLocale);
  const avatar = safeImageUrl(state.holders[0]?.avatarUrl);

  return (
    <div
      className={cx('rk-org-chart-card', className)}
      data-slot="org-chart-card"
      // ::part(node) in <rolekit-org-chart>: the page restyles the card through the shadow root.
      part="node"
      data-view={state.view}
      data-level={role.level}
      data-vacant={state.vacant ? '' : undefined}
      data-selected={state.selected ? '' : undefined}
      data-assistant={state.assistant ? '' : undefined}
      data-initials={state.vacant ? undefined : initials(state.holders[0]?.name ?? role.title)}
    >
      {avatar && <img className="rk-org-chart-avatar" data-slot="org-chart-avatar" src={avatar} alt="" width={32} height={32} loading="lazy" decoding="async" />}
      <span className="rk-org-chart-title" data-slot="org-chart-title" dir="auto" title={role.title}>
        {role.title}
      </span>{' '}
      {state.vacant ? (
        <span className="rk-org-chart-vacant" data-slot="org-chart-vacant" dir="auto">
          {labels.vacant}
        </span>
      ) : (
        <span className="rk-org-chart-holder" data-slot="org-chart-holder" dir="auto">
          {text.holder}
        </span>
      )}{' '}
      {role.department && (
        <span className="rk-org-chart-department" data-slot="org-chart-department" dir="auto">
          {role.department}
        </span>
      )}{' '}
      {text.reports && (
        <span className="rk-org-chart-reports" data-slot="org-chart-reports" dir="auto">
          {text.reports}
        </span>
      )}
    </div>
  );
}
OrgChartNode.displayName = NODE_NAME;

/** The card's words, in the order it shows them. */
function nodeText(role: Role, state: OrgChartNodeState, labels: OrgChartLabels, locale: string | undefined) {
  return {
    holder: state.vacant ? labels.vacant : formatNames(state.holders, locale),
    reports: state.reportCount > 0 ? labels.reports(state.reportCount, formatCount(state.reportCount, locale)) : '',
  };
}

/**
 * The accessible name of a default node, from what the card shows: "Sales Director,
 * Margaret Hale, Sales, 6 reports". Put on the treeitem, so what is heard is what is seen
 * (WCAG 2.5.3) — full title included — with no hidden punctuation in the card.
 */
export function nodeLabel(role: Role, state: OrgChartNodeState, labels: OrgChartLabels, locale: string | undefined): string {
  const text = nodeText(role, state, labels, locale);
  return [role.title, text.holder, role.department, text.reports].filter(Boolean).join(', ');
}

/* -------------------------------------------------------------------------------------------------
 * Text helpers
 * -----------------------------------------------------------------------------------------------*/

/** "Lucy Hart and Ben Carter" in the locale's words. */
export function formatNames(people: readonly Person[], locale?: string): string {
  return formatList(people.map((p) => p.name), locale);
}

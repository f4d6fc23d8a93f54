import type { CSSProperties } from 'react';
import type { Person, Role } from '../model/schema';
import type { LayoutPlacement } from '../model/layout';
import { useLabels, useLocale } from '../internal/locale';
import { formatList, formatNumber, initials } from '../internal/format';
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
 * The default look of a node: a compact role card (avatar, title clamped to two
 * lines, holder or a "Vacant" badge, department and reports). Its text is the
 * node's accessible name — "Sales Director, Margaret Hale, Sales, 6 reports" —
 * so what is heard is what is seen (WCAG 2.5.3), full title included. Exported so a
 * custom `renderNode` can wrap or decorate it.
 *
 * Data attributes: `data-vacant`, `data-selected`, `data-assistant` (presence),
 * `data-level` (the role's level, for accents), `data-view="chart|list"`.
 */
export function OrgChartNode({ role, state, labels: own, locale: localeProp, className }: OrgChartNodeProps) {
  const labels = useLabels('orgChart', orgChartLabels, own);
  const contextLocale = useLocale();
  const locale = localeProp ?? contextLocale;
  const holder = state.holders[0];
  const holderText = formatNames(state.holders, locale);
  const avatar = safeImageUrl(holder?.avatarUrl);
  const reports = state.reportCount > 0 ? labels.reports(state.reportCount, formatNumber(state.reportCount, locale)) : null;
  const hasMeta = Boolean(role.department || reports);

  return (
    <div
      className={cx('rk-org-chart-card', className)}
      data-slot="org-chart-card"
      data-view={state.view}
      data-level={role.level}
      data-vacant={state.vacant ? '' : undefined}
      data-selected={state.selected ? '' : undefined}
      data-assistant={state.assistant ? '' : undefined}
    >
      <span className="rk-org-chart-avatar" data-slot="org-chart-avatar" aria-hidden="true">
        {state.vacant ? null : avatar ? <img src={avatar} alt="" width={32} height={32} /> : initials(holder?.name ?? role.title)}
      </span>
      {/* The treeitem's accessible name is this text: hidden commas make it read as a phrase.
          Each part is a <bdi>: "6 reports" or a Latin title keeps its order on a right-to-left page. */}
      <span className="rk-org-chart-text">
        <span className="rk-org-chart-title" data-slot="org-chart-title" title={role.title}>
          <bdi>{role.title}</bdi>
          <Separator />
        </span>
        {state.vacant ? (
          <span className="rk-org-chart-vacant" data-slot="org-chart-vacant">
            <bdi>{labels.vacant}</bdi>
            {hasMeta && <Separator />}
          </span>
        ) : (
          <span className="rk-org-chart-holder" data-slot="org-chart-holder">
            <bdi>{holderText}</bdi>
            {hasMeta && <Separator />}
          </span>
        )}
        {hasMeta && (
          <span className="rk-org-chart-meta" data-slot="org-chart-meta">
            {role.department && (
              <span className="rk-org-chart-department">
                <bdi>{role.department}</bdi>
                {reports && <Separator />}
              </span>
            )}
            {reports && (
              <span className="rk-org-chart-reports">
                <bdi>{reports}</bdi>
              </span>
            )}
          </span>
        )}
      </span>
    </div>
  );
}
OrgChartNode.displayName = NODE_NAME;

/**
 * Heard, not seen: a pause between the parts of the accessible name. Inline and
 * clipped (not the absolutely positioned visually-hidden pattern), so browsers join
 * it to the word before: "Sales Director, Margaret Hale", not "Sales Director , …".
 */
// Inline, so it stays unseen on a host page without the stylesheet.
const SEPARATOR: CSSProperties = { fontSize: 1, clipPath: 'inset(50%)', userSelect: 'none' };

function Separator() {
  return (
    <span className="rk-org-chart-sep" style={SEPARATOR}>
      {', '}
    </span>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Text helpers
 * -----------------------------------------------------------------------------------------------*/

/** "Lucy Hart and Ben Carter" in the locale's words. */
export function formatNames(people: readonly Person[], locale?: string): string {
  return formatList(people.map((p) => p.name), locale);
}

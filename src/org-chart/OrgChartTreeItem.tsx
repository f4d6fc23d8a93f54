import { memo, type CSSProperties, type ReactNode } from 'react';
import type { Role } from '../model/schema';
import type { OrgIndex } from '../model/orgModel';
import type { OutlineItem } from '../model/outline';
import type { LayoutNode } from '../model/layout';
import type { OrgRollup, RoleRollup } from '../model/rollup';
import { formatCount, formatList } from '../internal/format';
import type { OrgChartLabels } from './labels';
import { OrgChartNode, nodeLabel, type OrgChartNodeState } from './OrgChartNode';
import type { LazyChildrenStatus } from './useLazyChildren';
import { ROLLUP_MIN_HEIGHT } from './constants';

export type OrgChartView = 'chart' | 'list';

/** Where a box sits, inline: the unstyled path (a host without rolekit's CSS) still gets boxes where the layout put them. */
const NODE_STRUCTURE: CSSProperties = { position: 'absolute', top: 0, left: 0 };

export interface OrgChartTreeItemProps {
  item: OutlineItem;
  /** Chart: the node's box in layout coordinates. List: null. */
  box: LayoutNode | null;
  /** A row of a virtualised list: its offset from the top, in pixels. */
  top: number | null;
  index: OrgIndex;
  /** The chart's `rollup`. */
  rollup: OrgRollup | undefined;
  /** The chart's `spanWarning`. */
  spanWarning: number | undefined;
  /** Holds the tab stop. */
  active: boolean;
  selected: boolean;
  /** Found by the search. */
  match: boolean;
  /** A manager above a search match. */
  onPath: boolean;
  /** Reports not loaded yet (lazy loading): where their loading stands; `null` otherwise. */
  pending: LazyChildrenStatus | null;
  renderNode: ((role: Role, state: OrgChartNodeState) => ReactNode) | undefined;
  labels: OrgChartLabels;
  labelsProp: Partial<OrgChartLabels> | undefined;
  locale: string | undefined;
  view: OrgChartView;
  /** Unique per chart: ids of the nodes' descriptions. */
  baseId: string;
}

const TREE_ITEM_NAME = 'OrgChartTreeItem';

/**
 * Each treeitem carries its own level, set size and position: the tree is flat in
 * the DOM (absolutely positioned boxes, or rows), which is also what lets a future
 * virtualised view render only a slice. Its accessible name is the card's words as one
 * phrase (`nodeLabel`), or a custom node's content, so it always matches what is visible. The
 * expand knob is `aria-hidden` and not focusable: `aria-expanded` and the arrow keys
 * carry the state for assistive tech, the knob is there for the pointer.
 */
export const OrgChartTreeItem = memo(function OrgChartTreeItem({ item, box, top, index, rollup: rollups, spanWarning, active, selected, match, onPath, pending, renderNode, labels, labelsProp, locale, view, baseId }: OrgChartTreeItemProps) {
  const holders = index.holders(item.id);
  // Dotted lines are drawn, not read out (the connectors are aria-hidden): the node says them.
  const titles = (roles: readonly (Role | undefined)[]) => formatList(roles.flatMap((role) => (role ? [role.title] : [])), locale);
  const dottedTo = titles((item.role.dottedLineTo ?? []).map((id) => index.roleById.get(id)));
  const dottedFrom = titles(index.dottedReports(item.id));
  // Reports not loaded yet: a closed node with reports, whose hidden count is the one sent.
  const lazy = pending !== null;
  const hidden = lazy ? (item.role.reportCount ?? 0) : item.hiddenDescendantCount;
  const reportCount = lazy ? hidden : item.childCount;
  const rollup = rollups?.get(item.id);
  // Without roll-ups the span of control is still known: the reports less the assistants.
  const span = rollup?.span ?? reportCount - index.assistants(item.id).length;
  const wideSpan = span > (spanWarning ?? Infinity);
  const team = rollup && teamWords(rollup, labels, locale);
  // The default card's line, in a box with room for it (or a list row).
  const footer = team && !renderNode && (!box || box.height >= ROLLUP_MIN_HEIGHT);
  const description = [
    team && formatList(team, locale),
    wideSpan && labels.wideSpan(span, formatCount(span, locale)),
    dottedTo && labels.dottedLineTo(dottedTo),
    dottedFrom && labels.dottedLineReports(dottedFrom),
  ].filter(Boolean).join('. ');
  const descriptionId = `${baseId}-${item.index}-description`;
  const hasChildren = item.hasChildren || lazy;
  const state: OrgChartNodeState = {
    id: item.id,
    depth: item.depth,
    hasChildren,
    expanded: item.expanded,
    selected,
    active,
    vacant: holders.length === 0,
    assistant: item.isAssistant,
    holders,
    reportCount,
    descendantCount: item.descendantCount,
    hiddenDescendantCount: hidden,
    rollup,
    wideSpan,
    view,
    placement: box?.placement ?? null,
  };
  const collapsed = hasChildren && pending !== 'loading' && !(item.expanded && !lazy);
  const hiddenText = formatCount(hidden, locale);
  // Whatever the node shows beyond the card is heard too, in the order it is seen (WCAG 2.5.3).
  const knobWords = [pending === 'error' ? `${labels.loadError}, ${labels.retry}` : '', collapsed ? labels.hiddenRoles(hidden, hiddenText) : ''].filter(Boolean);
  const content = renderNode ? renderNode(item.role, state) : <OrgChartNode role={item.role} state={state} labels={labelsProp} locale={locale} />;
  const positioned: CSSProperties | undefined = box
    ? { ...NODE_STRUCTURE, transform: `translate(${box.x}px, ${box.y}px)`, width: box.width, height: box.height }
    : ({ '--rk-org-chart-depth': item.depth, transform: top === null ? undefined : `translateY(${top}px)` } as CSSProperties);

  return (
    <div
      role="treeitem"
      data-role-id={item.id}
      // The default card's words as one phrase; a custom node is named by its own content.
      aria-label={renderNode ? undefined : [nodeLabel(item.role, state, labels, locale), ...knobWords].join(', ')}
      aria-level={item.depth + 1}
      aria-setsize={item.setSize}
      aria-posinset={item.posInSet}
      aria-expanded={hasChildren ? item.expanded : undefined}
      aria-selected={state.selected ? true : undefined}
      aria-busy={pending === 'loading' ? true : undefined}
      aria-describedby={description ? descriptionId : undefined}
      tabIndex={state.active ? 0 : -1}
      className={box ? 'rk-org-chart-node' : 'rk-org-chart-list-item'}
      data-slot={box ? 'org-chart-node' : 'org-chart-list-item'}
      data-state={hasChildren ? (item.expanded && !lazy ? 'open' : 'closed') : undefined}
      data-loading={pending === 'loading' ? '' : undefined}
      data-error={pending === 'error' ? '' : undefined}
      data-selected={state.selected ? '' : undefined}
      data-vacant={state.vacant ? '' : undefined}
      data-assistant={item.isAssistant ? '' : undefined}
      data-wide-span={wideSpan ? '' : undefined}
      data-rollup={footer && box ? '' : undefined}
      data-match={match ? '' : undefined}
      data-match-path={onPath ? '' : undefined}
      data-placement={box?.placement}
      data-level={item.role.level}
      style={positioned}
    >
      {!box && (
        <span className="rk-org-chart-list-toggle" data-slot="org-chart-toggle" aria-hidden="true">
          {hasChildren && <Chevron />}
        </span>
      )}
      {content}
      {/* The default card's roll-up, under its rows (where a box has room for it). Heard as the description. */}
      {footer && (
        <span className="rk-org-chart-rollup" data-slot="org-chart-rollup">
          {team.join(' \u00b7 ')}
        </span>
      )}
      {/* hidden: not seen, still read as the description. */}
      {description && (
        <span id={descriptionId} hidden>
          {description}
        </span>
      )}
      {/* Text, not an element: keeps the card's last word apart from what follows when read as text. */}
      {' '}
      {pending === 'error' && (
        <span className="rk-org-chart-load-error" data-slot="org-chart-load-error">
          {labels.loadError}{' '}
          {/* Pointer only: on the keyboard, ArrowRight on the node retries. */}
          <button type="button" tabIndex={-1} data-slot="org-chart-retry">
            {labels.retry}
          </button>
        </span>
      )}
      {box && hasChildren && (
        <span className="rk-org-chart-toggle" data-slot="org-chart-toggle" aria-hidden="true">
          {collapsed ? labels.hiddenCount(hidden, hiddenText) : pending === 'loading' ? '\u2026' : '\u2212'}
        </span>
      )}
    </div>
  );
});
OrgChartTreeItem.displayName = TREE_ITEM_NAME;

/**
 * "12 people", "2 open": what is below a manager, people and vacancies apart. Nothing for a
 * role with nothing below it yet (a leaf, or reports not loaded); "12+" when part is not loaded.
 */
function teamWords({ headcount, vacancies, unloaded }: RoleRollup, labels: OrgChartLabels, locale: string | undefined) {
  const more = unloaded ? '+' : '';
  if (headcount + vacancies)
    return [labels.headcount(headcount, formatCount(headcount, locale) + more), ...(vacancies ? [labels.openPositions(vacancies, formatCount(vacancies, locale) + more)] : [])];
}

function Chevron() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" focusable="false">
      <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

import {
  forwardRef,
  memo,
  useCallback,
  useImperativeHandle,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type FocusEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import type { Org, Role } from '../model/schema';
import type { OrgIssue } from '../model/issues';
import { getOrgModel, type OrgIndex } from '../model/orgModel';
import { outlineOrg, type OrgOutline, type OutlineItem } from '../model/outline';
import { layoutOrg, type CompactOptions, type LayoutGap, type LayoutNode, type LayoutSize, type OrgChartOrientation } from '../model/layout';
import { useControllableState } from '../internal/useControllableState';
import { useLabels, useLocale } from '../internal/locale';
import { useReportIssues } from '../internal/useReportIssues';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect';
import { IssueAlert } from '../internal/IssueAlert';
import { formatNumber } from '../internal/format';
import { cx } from '../internal/cx';
import { orgChartLabels, type OrgChartLabels } from './labels';
import { OrgChartNode, type OrgChartNodeState } from './OrgChartNode';
import { OrgChartConnectors } from './OrgChartConnectors';
import { resolveActiveId, useOrgChartState } from './useOrgChartState';
import { useTreeKeyboard } from './useTreeKeyboard';

/* -------------------------------------------------------------------------------------------------
 * Types
 * -----------------------------------------------------------------------------------------------*/

export type OrgChartView = 'chart' | 'list';

/** Imperative control, through `handleRef` (`ref` is the root element, like every rolekit component). */
export interface OrgChartHandle {
  /** Expands every role with reports. */
  expandAll(): void;
  /** Collapses every role: only the roots stay visible. */
  collapseAll(): void;
  expand(roleId: string): void;
  collapse(roleId: string): void;
  /** Expands the role's managers, moves focus to it and scrolls it into view. `false` if there is no such role. */
  focusNode(roleId: string): boolean;
}

export interface OrgChartProps extends Omit<ComponentPropsWithoutRef<'div'>, 'role' | 'children' | 'onSelect' | 'onError' | 'dir'> {
  /** The org to draw. Invalid data is reported (`onError` and a visible alert); its valid part is still drawn. */
  org: Org;
  /** Controlled view: the graphical chart or an indented outline (the same tree, the same keys). */
  view?: OrgChartView | undefined;
  /** @default 'chart' */
  defaultView?: OrgChartView | undefined;
  onViewChange?: ((view: OrgChartView) => void) | undefined;
  /** @default 'top-to-bottom' */
  orientation?: OrgChartOrientation | undefined;
  /** Stack the leaves of a wide team in columns (`true`: more than 4 leaves, 2 columns).  @default false */
  compact?: boolean | CompactOptions | undefined;
  /** Size of each node box in the chart, in pixels; a custom `renderNode` must fit it.  @default { width: 240, height: 96 } */
  nodeSize?: LayoutSize | undefined;
  /** Space between boxes, in pixels.  @default { sibling: 24, level: 56, subtree: 48 } */
  gap?: LayoutGap | undefined;
  /** Controlled expanded role ids. */
  expandedIds?: readonly string[] | undefined;
  /** Uncontrolled: roles at a depth below this start expanded (0: only the roots show).  @default 2 */
  defaultExpandDepth?: number | undefined;
  /** Every change of the expanded ids, controlled or not. */
  onExpandedChange?: ((ids: string[]) => void) | undefined;
  /** Controlled selected role; `null` for none. */
  selectedId?: string | null | undefined;
  /** @default null */
  defaultSelectedId?: string | null | undefined;
  /** A role was activated (click, Enter, Space), even if it was already selected. */
  onSelect?: ((roleId: string) => void) | undefined;
  /** Draws a node's content (the tree item around it, with its keyboard and ARIA, stays rolekit's).  @default the compact role card */
  renderNode?: ((role: Role, state: OrgChartNodeState) => ReactNode) | undefined;
  /** Shows the view switch and Expand all / Collapse all.  @default true */
  toolbar?: boolean | undefined;
  /** Fixed height of the scrolling viewport (number: pixels). Without it the viewport hugs the chart up to `--rk-org-chart-height` (30rem). */
  height?: number | string | undefined;
  /** Direction of the chart. `'auto'` (or absent) reads it from the page after mounting; pass it for SSR without a jump.  @default 'auto' */
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
  /** BCP 47 locale for counts.  @default the RolekitProvider's */
  locale?: string | undefined;
  labels?: Partial<OrgChartLabels> | undefined;
  /** Problems found in `org`, once per distinct set. */
  onError?: ((issues: readonly OrgIssue[]) => void) | undefined;
  /** Receives the `OrgChartHandle`. */
  handleRef?: Ref<OrgChartHandle> | undefined;
}

const ORG_CHART_NAME = 'OrgChart';
/** Room around the layout for focus rings, shadows and the expand knobs. */
const CANVAS_PADDING = 24;

/* -------------------------------------------------------------------------------------------------
 * OrgChart
 * -----------------------------------------------------------------------------------------------*/

/**
 * An org chart as an APG Tree View: a graphical chart (HTML nodes over one SVG of
 * connectors) or an indented list, both flat lists of treeitems carrying their
 * level, set size and position from the model, with a roving tab stop.
 *
 * Data attributes: root `data-view="chart|list"`, `data-orientation`; node
 * `data-state="open|closed"` (only with reports), `data-selected`, `data-vacant`,
 * `data-assistant` (presence), `data-placement="tree|assistant|compact"`, `data-level`.
 */
export const OrgChart = forwardRef<HTMLDivElement, OrgChartProps>(function OrgChart(props, forwardedRef) {
  const {
    org,
    view: viewProp,
    defaultView = 'chart',
    onViewChange,
    orientation = 'top-to-bottom',
    compact = false,
    nodeSize,
    gap,
    expandedIds,
    defaultExpandDepth = 2,
    onExpandedChange,
    selectedId,
    defaultSelectedId,
    onSelect,
    renderNode,
    toolbar = true,
    height,
    dir,
    locale: localeProp,
    labels: labelsProp,
    onError,
    handleRef,
    className,
    style,
    'aria-label': ariaLabel,
    'aria-labelledby': ariaLabelledBy,
    ...rest
  } = props;

  const labels = useLabels('orgChart', orgChartLabels, labelsProp);
  const contextLocale = useLocale();
  const locale = localeProp ?? contextLocale;
  const model = getOrgModel(org); // memoised per org object
  const index = model.index;
  useReportIssues(ORG_CHART_NAME, model.issues, onError);

  const rootRef = useRef<HTMLDivElement | null>(null);
  const viewportRef = useRef<HTMLDivElement | null>(null);
  const treeRef = useRef<HTMLDivElement | null>(null);
  const setRootRef = useCallback(
    (element: HTMLDivElement | null) => {
      rootRef.current = element;
      if (typeof forwardedRef === 'function') forwardedRef(element);
      else if (forwardedRef) forwardedRef.current = element;
    },
    [forwardedRef],
  );
  const direction = useResolvedDirection(rootRef, dir);

  const state = useOrgChartState({ org, expandedIds, defaultExpandDepth, onExpandedChange, selectedId, defaultSelectedId, onSelect });
  const [view, setView] = useControllableState<OrgChartView>({ prop: viewProp, defaultProp: defaultView, onChange: onViewChange, name: 'OrgChart view' });

  // Both are memoised in the model per org, expansion state and options: calling them
  // on a render caused by hover, focus or selection is a cache lookup.
  const layout = view === 'chart' ? layoutOrg(org, { ...state.expansion, orientation, direction, nodeSize, gap, compact }) : null;
  const outline = layout?.outline ?? outlineOrg(org, state.expansion);
  const activeId = resolveActiveId(org, outline, state.activeId, state.selectedId);

  /* -- Focus, scrolling ------------------------------------------------------------------------ */
  const focusPending = useRef(false);
  const anchor = useRef<{ id: string; left: number; top: number; outline: OrgOutline } | null>(null);
  const findItem = (id: string) => findTreeItem(treeRef.current, id);

  /** Keep the node a change starts from where it is on screen: the user is looking at it. */
  const holdInPlace = (id: string) => {
    const element = findItem(id);
    if (!element) return;
    const rect = element.getBoundingClientRect();
    anchor.current = { id, left: rect.left, top: rect.top, outline };
  };
  /** A change that may hide the focused node: hand focus to the node that takes its place. */
  const keepFocus = () => {
    if (treeRef.current?.contains(document.activeElement)) focusPending.current = true;
  };

  const moveTo = (id: string) => {
    focusPending.current = true;
    state.setActiveId(id);
  };
  const expand = (id: string) => {
    holdInPlace(id);
    state.setExpanded(id, true);
  };
  const collapse = (id: string) => {
    holdInPlace(id);
    keepFocus();
    state.setExpanded(id, false);
  };

  useIsomorphicLayoutEffect(() => {
    const held = anchor.current;
    anchor.current = null;
    const viewport = viewportRef.current;
    // Only after the change has been drawn; a change that changed nothing leaves no anchor behind.
    if (!held || held.outline === outline || !viewport) return;
    const element = findItem(held.id);
    if (!element) return;
    const rect = element.getBoundingClientRect();
    viewport.scrollLeft += rect.left - held.left;
    viewport.scrollTop += rect.top - held.top;
  });

  useIsomorphicLayoutEffect(() => {
    if (!focusPending.current || activeId === null) return;
    focusPending.current = false;
    const element = findItem(activeId);
    if (!element) return;
    element.focus({ preventScroll: true });
    // scroll-margin on the node keeps it clear of the viewport's edge.
    element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  });

  // On first showing the chart, bring the first root (or the selected role) to the middle.
  const centred = useRef(false);
  useIsomorphicLayoutEffect(() => {
    if (view !== 'chart') {
      centred.current = false;
      return;
    }
    if (centred.current || activeId === null) return;
    centred.current = true;
    const viewport = viewportRef.current;
    const element = findItem(activeId);
    if (!viewport || !element) return;
    const rect = element.getBoundingClientRect();
    const box = viewport.getBoundingClientRect();
    viewport.scrollLeft += rect.left + rect.width / 2 - (box.left + box.width / 2);
    viewport.scrollTop += rect.top + rect.height / 2 - (box.top + box.height / 2);
  });

  /* -- Keyboard, pointer ------------------------------------------------------------------------ */
  const onKeyDown = useTreeKeyboard({
    items: outline.items,
    indexOf: outline.indexOf,
    direction,
    onMove: moveTo,
    onExpand: expand,
    onCollapse: collapse,
    onExpandSiblings: (id) => {
      holdInPlace(id);
      state.expandSiblings(id);
    },
    onSelect: state.select,
    getSearchText: (item) => [item.role.title, ...index.holders(item.id).map((p) => p.name)],
  });

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    const item = target.closest('[role="treeitem"]');
    const id = item?.getAttribute('data-role-id');
    if (!item || id == null || !treeRef.current?.contains(item)) return;
    state.setActiveId(id);
    if (target.closest('[data-slot="org-chart-toggle"]')) {
      const node = outline.items[outline.indexOf(id)];
      if (node?.expanded) collapse(id);
      else if (node?.hasChildren) expand(id);
      return;
    }
    state.select(id);
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const id = (event.target as Element).getAttribute('data-role-id');
    if (id !== null && id !== state.activeId) state.setActiveId(id);
  };

  /* -- Handle ------------------------------------------------------------------------------------ */
  const latest = useRef({ activeId, index, holdInPlace, keepFocus, expand, collapse });
  latest.current = { activeId, index, holdInPlace, keepFocus, expand, collapse };
  useImperativeHandle(
    handleRef,
    () => ({
      expandAll() {
        if (latest.current.activeId) latest.current.holdInPlace(latest.current.activeId);
        state.expandAll();
      },
      collapseAll() {
        latest.current.keepFocus();
        state.collapseAll();
      },
      expand: (id) => latest.current.expand(id),
      collapse: (id) => latest.current.collapse(id),
      focusNode(id) {
        if (!latest.current.index.roleById.has(id)) return false;
        state.reveal(id);
        focusPending.current = true;
        state.setActiveId(id);
        return true;
      },
    }),
    [state.expandAll, state.collapseAll, state.reveal, state.setActiveId],
  );

  /* -- Render ------------------------------------------------------------------------------------ */
  const hasRoles = outline.items.length > 0;
  const treeLabel = ariaLabelledBy ? undefined : (ariaLabel ?? labels.tree(index.org.name));
  const rootStyle: CSSProperties | undefined =
    height === undefined ? style : ({ '--rk-org-chart-height': typeof height === 'number' ? `${height}px` : height, ...style } as CSSProperties);
  const treeProps = {
    ref: treeRef,
    role: 'tree',
    'aria-label': treeLabel,
    'aria-labelledby': ariaLabelledBy,
    onKeyDown,
    onClick,
    onFocus,
  } as const;
  // Per-item booleans, not the ids: a key press re-renders two items, not all of them.
  const itemProps = { index, renderNode, labels, labelsProp, locale, view };

  let body: ReactNode;
  if (!hasRoles) {
    body =
      model.issues.length === 0 ? (
        <p className="rk-org-chart-empty" data-slot="org-chart-empty">
          {labels.empty}
        </p>
      ) : null;
  } else if (layout) {
    const offsetX = CANVAS_PADDING - layout.bounds.x;
    const offsetY = CANVAS_PADDING - layout.bounds.y;
    const width = layout.bounds.width + 2 * CANVAS_PADDING;
    const canvasHeight = layout.bounds.height + 2 * CANVAS_PADDING;
    body = (
      <div className="rk-org-chart-viewport" data-slot="org-chart-viewport" ref={viewportRef}>
        <div {...treeProps} className="rk-org-chart-canvas" data-slot="org-chart-canvas" style={{ width, height: canvasHeight }}>
          <OrgChartConnectors layout={layout} offsetX={offsetX} offsetY={offsetY} width={width} height={canvasHeight} />
          {layout.nodes.map((node) => (
            <TreeItem
              key={node.id}
              item={node}
              box={node}
              offsetX={offsetX}
              offsetY={offsetY}
              active={node.id === activeId}
              selected={node.id === state.selectedId}
              {...itemProps}
            />
          ))}
        </div>
      </div>
    );
  } else {
    body = (
      <div className="rk-org-chart-viewport" data-slot="org-chart-viewport" ref={viewportRef}>
        <div {...treeProps} className="rk-org-chart-list" data-slot="org-chart-list">
          {outline.items.map((item) => (
            <TreeItem
              key={item.id}
              item={item}
              box={null}
              offsetX={0}
              offsetY={0}
              active={item.id === activeId}
              selected={item.id === state.selectedId}
              {...itemProps}
            />
          ))}
        </div>
      </div>
    );
  }

  return (
    <div
      {...rest}
      ref={setRootRef}
      // "auto" is ours (read the page), not HTML's (guess from the first letter).
      dir={dir === 'auto' ? undefined : dir}
      className={cx('rk-root', 'rk-org-chart', className)}
      style={rootStyle}
      data-slot="org-chart"
      data-view={view}
      data-orientation={orientation}
      data-fixed-height={height === undefined ? undefined : ''}
    >
      {model.issues.length > 0 && (
        <IssueAlert title={hasRoles ? labels.errorPartial : labels.errorNone} issues={model.issues} moreLabel={labels.errorMore} />
      )}
      {toolbar && hasRoles && (
        <div className="rk-org-chart-toolbar" data-slot="org-chart-toolbar">
          <div className="rk-org-chart-switch" data-slot="org-chart-view-switch" role="group" aria-label={labels.view}>
            {(['chart', 'list'] as const).map((option) => (
              <button
                key={option}
                type="button"
                className="rk-org-chart-button"
                data-slot="org-chart-view-button"
                aria-pressed={view === option}
                onClick={() => setView(option)}
              >
                {option === 'chart' ? labels.chartView : labels.listView}
              </button>
            ))}
          </div>
          <button
            type="button"
            className="rk-org-chart-button"
            data-slot="org-chart-expand-all"
            onClick={() => {
              if (activeId) holdInPlace(activeId);
              state.expandAll();
            }}
          >
            {labels.expandAll}
          </button>
          <button type="button" className="rk-org-chart-button" data-slot="org-chart-collapse-all" onClick={() => state.collapseAll()}>
            {labels.collapseAll}
          </button>
        </div>
      )}
      {body}
    </div>
  );
});
OrgChart.displayName = ORG_CHART_NAME;

/* -------------------------------------------------------------------------------------------------
 * TreeItem: one node, in either view
 * -----------------------------------------------------------------------------------------------*/

interface TreeItemProps {
  item: OutlineItem;
  /** Chart: the node's box in layout coordinates. List: null. */
  box: LayoutNode | null;
  offsetX: number;
  offsetY: number;
  index: OrgIndex;
  /** Holds the tab stop. */
  active: boolean;
  selected: boolean;
  renderNode: OrgChartProps['renderNode'];
  labels: OrgChartLabels;
  labelsProp: Partial<OrgChartLabels> | undefined;
  locale: string | undefined;
  view: OrgChartView;
}

const TREE_ITEM_NAME = 'OrgChartTreeItem';

/**
 * Each treeitem carries its own level, set size and position: the tree is flat in
 * the DOM (absolutely positioned boxes, or rows), which is also what lets a future
 * virtualised view render only a slice. Its accessible name comes from its content
 * (the card's text, or a custom node's), so it always matches what is visible. The
 * expand knob is `aria-hidden` and not focusable: `aria-expanded` and the arrow keys
 * carry the state for assistive tech, the knob is there for the pointer.
 */
const TreeItem = memo(function TreeItem({ item, box, offsetX, offsetY, index, active, selected, renderNode, labels, labelsProp, locale, view }: TreeItemProps) {
  const holders = index.holders(item.id);
  const state: OrgChartNodeState = {
    id: item.id,
    depth: item.depth,
    hasChildren: item.hasChildren,
    expanded: item.expanded,
    selected,
    active,
    vacant: holders.length === 0,
    assistant: item.isAssistant,
    holders,
    reportCount: item.childCount,
    descendantCount: item.descendantCount,
    hiddenDescendantCount: item.hiddenDescendantCount,
    view,
    placement: box?.placement ?? null,
  };
  const content = renderNode ? renderNode(item.role, state) : <OrgChartNode role={item.role} state={state} labels={labelsProp} locale={locale} />;
  const positioned: CSSProperties | undefined = box
    ? { transform: `translate(${box.x + offsetX}px, ${box.y + offsetY}px)`, width: box.width, height: box.height }
    : ({ '--rk-org-chart-depth': item.depth } as CSSProperties);

  return (
    <div
      role="treeitem"
      data-role-id={item.id}
      aria-level={item.depth + 1}
      aria-setsize={item.setSize}
      aria-posinset={item.posInSet}
      aria-expanded={item.hasChildren ? item.expanded : undefined}
      aria-selected={state.selected ? true : undefined}
      tabIndex={state.active ? 0 : -1}
      className={box ? 'rk-org-chart-node' : 'rk-org-chart-list-item'}
      data-slot={box ? 'org-chart-node' : 'org-chart-list-item'}
      data-state={item.hasChildren ? (item.expanded ? 'open' : 'closed') : undefined}
      data-selected={state.selected ? '' : undefined}
      data-vacant={state.vacant ? '' : undefined}
      data-assistant={item.isAssistant ? '' : undefined}
      data-placement={box?.placement}
      data-level={item.role.level}
      style={positioned}
    >
      {!box && (
        <span className="rk-org-chart-list-toggle" data-slot="org-chart-toggle" aria-hidden="true">
          {item.hasChildren && <Chevron />}
        </span>
      )}
      {content}
      {box && item.hasChildren && (
        <span className="rk-org-chart-toggle" data-slot="org-chart-toggle" aria-hidden="true">
          {item.expanded ? '\u2212' : labels.hiddenCount(item.hiddenDescendantCount, formatNumber(item.hiddenDescendantCount, locale))}
        </span>
      )}
    </div>
  );
});
TreeItem.displayName = TREE_ITEM_NAME;

function Chevron() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" focusable="false">
      <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/* -------------------------------------------------------------------------------------------------
 * Helpers
 * -----------------------------------------------------------------------------------------------*/

/** Treeitems are direct children of the tree (flat), so this never walks the whole document. */
function findTreeItem(tree: HTMLElement | null, id: string): HTMLElement | null {
  if (!tree) return null;
  for (const child of tree.children) {
    if (child.getAttribute('data-role-id') === id) return child as HTMLElement;
  }
  return null;
}

/**
 * The chart's direction: the `dir` prop when it says, else the page's, read after
 * mounting (the server cannot know it, so SSR assumes left-to-right).
 */
function useResolvedDirection(ref: RefObject<HTMLElement | null>, dir: OrgChartProps['dir']): 'ltr' | 'rtl' {
  const [detected, setDetected] = useState<'ltr' | 'rtl'>('ltr');
  useIsomorphicLayoutEffect(() => {
    if (dir === 'ltr' || dir === 'rtl' || !ref.current) return;
    setDetected(getComputedStyle(ref.current).direction === 'rtl' ? 'rtl' : 'ltr');
  }, [dir, ref]);
  return dir === 'ltr' || dir === 'rtl' ? dir : detected;
}

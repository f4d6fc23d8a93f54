import { forwardRef, useId, useMemo, useRef, type CSSProperties, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { getOrgModel } from '../model/orgModel';
import { outlineOrg } from '../model/outline';
import { layoutOrg, type OrgLayout } from '../model/layout';
import { useControllableState } from '../internal/useControllableState';
import { useLabels, useLocale } from '../internal/locale';
import { useReportIssues } from '../internal/useReportIssues';
import { useComposedRefs } from '../internal/useComposedRefs';
import { useDirection } from '../internal/useDirection';
import { onDemand, useOnDemand } from '../internal/onDemand';
import { IssueAlert } from '../internal/IssueAlert';
import { formatCount } from '../internal/format';
import { cx } from '../internal/cx';
import { orgChartLabels } from './labels';
import type { OrgChartView } from './OrgChartTreeItem';
import type { OrgChartProps } from './OrgChartProps';
import { OrgChartToolbar } from './OrgChartToolbar';
import { ChartBody, ListBody, type TreeItems, type TreeProps } from './OrgChartBody';
import { resolveActiveId, useOrgChartState } from './useOrgChartState';
import { useOrgChartSearch } from './useOrgChartSearch';
import { useChartView } from './useChartView';
import { useFocusAnchor } from './useFocusAnchor';
import { useOrgChartActions } from './useOrgChartActions';
import { useTreeEvents } from './useTreeEvents';
import { useLazyChildren } from './useLazyChildren';
import { renderWindow } from './renderWindow';
import type { ChartViewport } from './useViewport';
import type { InitialView, Rect, Transform } from './viewport';
import { MAX_DOM_NODES, PAD, VIRTUAL_FROM, ZOOM_STEP } from './constants';

export type { OrgChartView } from './OrgChartTreeItem';
export type { OrgChartHandle } from './useOrgChartHandle';
export type { OrgChartProps } from './OrgChartProps';
export type { Transform as OrgChartTransform, InitialView as OrgChartInitialView };

const ORG_CHART_NAME = 'OrgChart';
// On demand: a chunk of its own, loaded by the first chart that shows a minimap.
const minimapFeature = onDemand(() => import('./OrgChartMinimapView'));

/* -------------------------------------------------------------------------------------------------
 * OrgChart
 * -----------------------------------------------------------------------------------------------*/

/**
 * An org chart as an APG Tree View: a graphical chart (HTML nodes over one SVG of
 * connectors, in a pannable, zoomable viewport) or an indented list, both flat lists
 * of treeitems carrying their level, set size and position from the model, with a
 * roving tab stop.
 *
 * At scale only a window is rendered: the nodes meeting the viewport plus a margin
 * (always including the focused one), or, zoomed far out, a canvas of marks. Pan and
 * zoom write a transform; React re-renders only when the view leaves the window.
 *
 * Data attributes: root `data-view="chart|list"`, `data-orientation`, `data-virtual`,
 * `data-detail="nodes|marks"`; node `data-state="open|closed"` (only with reports),
 * `data-selected`, `data-vacant`, `data-assistant`, `data-match`, `data-match-path`
 * (presence), `data-placement="tree|assistant|compact"`, `data-level`.
 */
export const OrgChart = forwardRef<HTMLDivElement, OrgChartProps>(function OrgChart(props, forwardedRef) {
  const {
    org: orgProp, view: viewProp, defaultView = 'chart', onViewChange, orientation = 'top-to-bottom', compact = false, nodeSize, gap,
    expandedIds, defaultExpandedIds, defaultExpandDepth = 2, onExpandedIdsChange, selectedId, defaultSelectedId, onSelectedIdChange, onActivate, query: queryProp, defaultQuery = '', onQueryChange,
    renderNode, toolbar = true, height, minScale = 0.05, maxScale = 2, wheelBehavior = 'pan', dir, locale: localeProp, labels: labelsProp,
    onError, renderError, errorDisplay, handleRef, loadChildren, minimap = false, rollup, spanWarning, initialView, initialWidth, onTransformChange, className, style, 'aria-label': ariaLabel, 'aria-labelledby': ariaLabelledBy, ...rest
  } = props;

  const labels = useLabels('orgChart', orgChartLabels, labelsProp);
  const baseId = useId();
  const contextLocale = useLocale();
  const locale = localeProp ?? contextLocale;
  // With `loadChildren`, the org plus every loaded fragment (the same object until one loads).
  const lazy = useLazyChildren(orgProp, loadChildren);
  const org = lazy.org;
  // Built once per org object and passed on: layout, outline, search and state read it.
  const model = getOrgModel(org);
  const index = model.index;
  const issues = useMemo(() => (lazy.issues.length ? [...model.issues, ...lazy.issues] : model.issues), [model.issues, lazy.issues]);
  useReportIssues(ORG_CHART_NAME, issues, onError);
  const unloaded = (id: string) => loadChildren !== undefined && lazy.hasUnloadedChildren(id);

  const rootRef = useRef<HTMLDivElement | null>(null);
  const viewportRef = useRef<HTMLDivElement | null>(null);
  const treeRef = useRef<HTMLDivElement | null>(null);
  const marksRef = useRef<HTMLCanvasElement | null>(null);
  const setRootRef = useComposedRefs(rootRef, forwardedRef);
  const direction = useDirection(rootRef, dir);

  const state = useOrgChartState({ model, expandedIds, defaultExpandedIds, defaultExpandDepth, onExpandedIdsChange, selectedId, defaultSelectedId, onSelectedIdChange, onActivate });
  const [view, setView] = useControllableState<OrgChartView>({ prop: viewProp, defaultProp: defaultView, onChange: onViewChange, name: 'OrgChart view' });
  const [query, setQuery] = useControllableState<string>({ prop: queryProp, defaultProp: defaultQuery, onChange: onQueryChange, name: 'OrgChart query' });

  // Both are memoised in the model per expansion state and options: calling them on a
  // render caused by hover, focus or selection is a cache lookup.
  const layoutOptions = { ...state.expansion, orientation, direction, nodeSize, gap, compact };
  const layout = view === 'chart' ? layoutOrg(model, layoutOptions) : null;
  const outline = layout?.outline ?? outlineOrg(model, state.expansion);
  const activeId = resolveActiveId(model, outline, state.activeId, state.selectedId);
  const limits = useMemo(() => ({ min: Math.min(minScale, maxScale), max: Math.max(minScale, maxScale) }), [minScale, maxScale]);
  const { matches, highlight, step } = useOrgChartSearch(model, query);

  const count = outline.items.length;
  const { vp, virtual, marks, printAll, minimapView, start } = useChartView({
    layout, count, matches: highlight?.matches ?? null, limits, wheelBehavior, viewportRef, treeRef, marksRef,
    tabStop: activeId === null ? undefined : layout?.node(activeId), initialView, initialWidth, height: typeof height === 'number' ? height : undefined, onTransformChange,
  });
  const focus = useFocusAnchor({ layout, vp, activeId, treeRef, direction, pad: PAD, start });
  const actions = useOrgChartActions({ model, org, layout, layoutOptions, state, focus, vp, lazy, unloaded, limits, activeId, handleRef, labels: labelsProp, locale, rootRef });
  const events = useTreeEvents({ outline, index, direction, zoomable: layout !== null, state, focus, actions, unloaded, treeRef, viewportRef });
  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || matches.length === 0) return;
    event.preventDefault();
    actions.goTo(step(event.shiftKey)!, false);
  };

  const hasRoles = count > 0;
  const tree: TreeProps = {
    ref: treeRef,
    role: 'tree',
    'aria-label': ariaLabelledBy ? undefined : (ariaLabel ?? labels.tree(index.org.name)),
    'aria-labelledby': ariaLabelledBy,
    ...events.handlers,
  };
  const items: TreeItems = {
    shared: { index, rollup, spanWarning, renderNode, labels, labelsProp, locale, view, baseId },
    stateOf: (item) => ({
      active: item.id === activeId,
      selected: item.id === state.selectedId,
      match: highlight?.matches.has(item.id) ?? false,
      onPath: highlight?.path.has(item.id) ?? false,
      pending: unloaded(item.id) ? lazy.status(item.id) : null,
    }),
  };
  const activeIndex = activeId === null ? -1 : outline.indexOf(activeId);
  const windowRect = vp.win?.rect ?? null;
  // Before measuring, the window the first view shows at the assumed size (as on the server).
  const firstRect = windowRect ?? (virtual ? start.rect : null);
  const rendered = useMemo(
    () => (layout ? renderWindow(layout, { virtual, marks, rect: firstRect, activeIndex, maxNodes: MAX_DOM_NODES }) : []),
    [layout, virtual, marks, firstRect, activeIndex],
  );
  let body: ReactNode = null;
  if (!hasRoles) {
    if (model.issues.length === 0) body = <p className="rk-org-chart-empty" data-slot="org-chart-empty">{labels.empty}</p>;
  } else if (layout) {
    body = (
      <ChartBody
        layout={layout} rendered={rendered} windowRect={firstRect} path={highlight ? highlight.path : null} marks={marks} virtual={virtual}
        fixedHeight={height !== undefined} pad={PAD} vp={vp} viewportRef={viewportRef} marksRef={marksRef} tree={tree} items={items}
        onPointerFocus={events.onPointerFocus} start={start}
      />
    );
  } else {
    body = <ListBody items={outline.items} virtual={count > VIRTUAL_FROM && !printAll} activeIndex={activeIndex} viewportRef={viewportRef} tree={tree} treeItems={items} />;
  }

  const status = query.trim() === '' ? '' : matches.length ? labels.matches(matches.length, formatCount(matches.length, locale)) : labels.noMatches;
  const rootStyle = height === undefined ? style : ({ '--rk-org-chart-height': typeof height === 'number' ? `${height}px` : height, ...style } as CSSProperties);

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
      data-virtual={virtual ? '' : undefined}
      data-detail={layout ? (marks ? 'marks' : 'nodes') : undefined}
    >
      {model.issues.length > 0 && (
        <IssueAlert
          title={hasRoles ? labels.errorPartial : labels.errorNone} details={labels.errorDetails} issues={model.issues} moreLabel={labels.errorMore} locale={locale}
          renderError={renderError} errorDisplay={errorDisplay}
        />
      )}
      {toolbar && hasRoles && (
        <OrgChartToolbar
          labels={labels} view={view} onViewChange={setView} query={query} onQueryChange={setQuery} onSearchKeyDown={onSearchKeyDown} status={status}
          zoom={layout !== null} onZoom={(d) => actions.zoomBy(d > 0 ? ZOOM_STEP : 1 / ZOOM_STEP)} onFit={actions.fit} onExpandAll={actions.expandAll} onCollapseAll={() => state.collapseAll()}
        />
      )}
      {body}
      {minimap && layout && hasRoles && <ChartMinimap layout={layout} vp={vp} subscribe={minimapView} highlightIds={highlight?.matches} />}
    </div>
  );
});
OrgChart.displayName = ORG_CHART_NAME;

interface ChartMinimapProps {
  layout: OrgLayout;
  vp: ChartViewport;
  subscribe: RefObject<((rect: Rect) => void) | null>;
  highlightIds: ReadonlySet<string> | undefined;
}

/** The chart's minimap, once its chunk has loaded (never in the server or hydrating render). */
function ChartMinimap(props: ChartMinimapProps) {
  const Minimap = useOnDemand(minimapFeature, true)?.OrgChartMinimapView;
  return Minimap ? <Minimap {...props} /> : null;
}

import { forwardRef, useId, useMemo, useRef, type CSSProperties, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { getOrgModel, teamModel } from '../model/orgModel';
import { makeIssue, previewValue } from '../model/issues';
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
import { OrgChartBreadcrumb } from './OrgChartBreadcrumb';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect';
import { centreOn } from './viewport';
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
 * `data-detail="nodes|marks"`, `data-focused` (presence: a team is focused); node `data-state="open|closed"` (only with reports),
 * `data-selected`, `data-vacant`, `data-assistant`, `data-match`, `data-match-path`
 * (presence), `data-placement="tree|assistant|compact"`, `data-level`.
 */
export const OrgChart = forwardRef<HTMLDivElement, OrgChartProps>(function OrgChart(props, forwardedRef) {
  const {
    org: orgProp, view: viewProp, defaultView = 'chart', onViewChange, orientation = 'top-to-bottom', compact = false, nodeSize, gap,
    expandedIds, defaultExpandedIds, defaultExpandDepth = 2, onExpandedIdsChange, selectedId, defaultSelectedId, onSelectedIdChange, onActivate, query: queryProp, defaultQuery = '', onQueryChange,
    renderNode, toolbar = true, height, minScale = 0.05, maxScale = 2, wheelBehavior = 'pan', dir, locale: localeProp, labels: labelsProp,
    focusId: focusIdProp, defaultFocusId, onFocusIdChange, focusDepth = 2, onError, renderError, errorDisplay, handleRef, loadChildren, minimap = false, rollup, spanWarning, initialView, initialWidth, onTransformChange, className, style, 'aria-label': ariaLabel, 'aria-labelledby': ariaLabelledBy, ...rest
  } = props;

  const labels = useLabels('orgChart', orgChartLabels, labelsProp);
  const baseId = useId();
  const contextLocale = useLocale();
  const locale = localeProp ?? contextLocale;
  // With `loadChildren`, the org plus every loaded fragment (the same object until one loads).
  const lazy = useLazyChildren(orgProp, loadChildren);
  const org = lazy.org;
  // Built once per org object and passed on: layout, outline, search and state read it.
  const orgModel = getOrgModel(org);
  const [wantedFocus, setFocusId] = useControllableState<string | null>({ prop: focusIdProp, defaultProp: defaultFocusId ?? null, onChange: onFocusIdChange, name: 'OrgChart focusId' });
  // Focused, everything below reads the team's model: the rest of the org is not laid out, searched or walked.
  const team = wantedFocus === null ? null : teamModel(orgModel, wantedFocus);
  const focusId = team ? wantedFocus : null;
  const model = team ?? orgModel;
  const index = model.index;
  const focusIssue = useMemo(
    () => (wantedFocus !== null && focusId === null ? [makeIssue('unknown_reference', ['focusId'], `no role has the id ${previewValue(wantedFocus)}; the whole org is shown`)] : []),
    [wantedFocus, focusId],
  );
  const alertIssues = focusIssue.length ? [...orgModel.issues, ...focusIssue] : orgModel.issues;
  const issues = useMemo(
    () => (lazy.issues.length || focusIssue.length ? [...orgModel.issues, ...lazy.issues, ...focusIssue] : orgModel.issues),
    [orgModel.issues, lazy.issues, focusIssue],
  );
  useReportIssues(ORG_CHART_NAME, issues, onError);
  const unloaded = (id: string) => loadChildren !== undefined && lazy.hasUnloadedChildren(id);

  const rootRef = useRef<HTMLDivElement | null>(null);
  const viewportRef = useRef<HTMLDivElement | null>(null);
  const treeRef = useRef<HTMLDivElement | null>(null);
  const marksRef = useRef<HTMLCanvasElement | null>(null);
  const setRootRef = useComposedRefs(rootRef, forwardedRef);
  const direction = useDirection(rootRef, dir);

  const state = useOrgChartState({ model, focusId, focusDepth, expandedIds, defaultExpandedIds, defaultExpandDepth, onExpandedIdsChange, selectedId, defaultSelectedId, onSelectedIdChange, onActivate });
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
  /** A step of the breadcrumb: the tab stop goes to the team's top (or, for the whole org, the team left), and keyboard focus with it. */
  const moveFocusToTeam = useRef(false);
  const changeFocus = (id: string | null, moveFocus: boolean) => {
    const into = id ?? focusId;
    if (into !== null) state.setActiveId(into);
    moveFocusToTeam.current = moveFocus;
    setFocusId(id);
  };
  const actions = useOrgChartActions({ model, org: team ? team.index.org : org, focusTeam: (id) => (id === null || orgModel.index.roleById.has(id) ? (changeFocus(id, false), true) : false), layout, layoutOptions, state, focus, vp, lazy, unloaded, limits, activeId, handleRef, labels: labelsProp, locale, rootRef });
  const events = useTreeEvents({ outline, index, direction, zoomable: layout !== null, state, focus, actions, unloaded, treeRef, viewportRef });

  // A new focus (from a step, the handle or the host) shows the top of what is now shown: the
  // tab stop's box at the top, centred, at the same zoom.
  const shownFocus = useRef(focusId);
  useIsomorphicLayoutEffect(() => {
    if (shownFocus.current === focusId) return;
    shownFocus.current = focusId;
    const move = moveFocusToTeam.current;
    moveFocusToTeam.current = false;
    const node = activeId === null ? undefined : layout?.node(activeId);
    const { width, height } = vp.measure();
    if (node && width && height) {
      const { k } = vp.get();
      // Now, not on the next frame: the new layout must not paint once at the old view.
      vp.set(centreOn(node.x + node.width / 2, node.y + (height / 2 - PAD) / k, width, height, k), true);
    }
    if (move) {
      focus.requestFocus();
      void focus.settle();
    }
    // Per change of focus only; the layout, tab stop and view are read as this render has them.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs per focus change (see above)
  }, [focusId]);
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
    if (orgModel.issues.length === 0) body = <p className="rk-org-chart-empty" data-slot="org-chart-empty">{labels.empty}</p>;
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
      data-focused={focusId === null ? undefined : ''}
    >
      {alertIssues.length > 0 && (
        <IssueAlert
          title={orgModel.issues.length === 0 ? labels.focusNotFound : hasRoles ? labels.errorPartial : labels.errorNone} details={labels.errorDetails} issues={alertIssues} moreLabel={labels.errorMore} locale={locale}
          renderError={renderError} errorDisplay={errorDisplay}
        />
      )}
      {toolbar && hasRoles && (
        <OrgChartToolbar
          labels={labels} view={view} onViewChange={setView} query={query} onQueryChange={setQuery} onSearchKeyDown={onSearchKeyDown} status={status}
          zoom={layout !== null} onZoom={(d) => actions.zoomBy(d > 0 ? ZOOM_STEP : 1 / ZOOM_STEP)} onFit={actions.fit} onExpandAll={actions.expandAll} onCollapseAll={() => state.collapseAll()}
        />
      )}
      {focusId !== null && hasRoles && (
        <OrgChartBreadcrumb labels={labels} managers={orgModel.index.ancestors(focusId).slice().reverse()} current={index.roleById.get(focusId)!} onFocusChange={(id) => changeFocus(id, true)} />
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

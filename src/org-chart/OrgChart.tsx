import { forwardRef, useCallback, useEffect, useId, useMemo, useRef, useState, type ComponentPropsWithoutRef, type CSSProperties, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode, type Ref } from 'react';
import { flushSync } from 'react-dom';
import type { Org, Role } from '../model/schema';
import type { OrgIssue } from '../model/issues';
import { getOrgModel } from '../model/orgModel';
import { outlineOrg } from '../model/outline';
import { layoutOrg, type CompactOptions, type LayoutGap, type LayoutSize, type OrgChartOrientation } from '../model/layout';
import { pathsToRoots, searchOrg } from '../model/search';
import { useControllableState } from '../internal/useControllableState';
import { useLabels, useLocale } from '../internal/locale';
import { useReportIssues } from '../internal/useReportIssues';
import { useComposedRefs } from '../internal/useComposedRefs';
import { useDirection } from '../internal/useDirection';
import { onDemand, useOnDemand } from '../internal/onDemand';
import { useIncrementalRelayout } from './useIncrementalRelayout';
import { IssueAlert } from '../internal/IssueAlert';
import { formatCount } from '../internal/format';
import { cx } from '../internal/cx';
import { orgChartLabels, type OrgChartLabels } from './labels';
import type { OrgChartNodeState } from './OrgChartNode';
import type { OrgChartView } from './OrgChartTreeItem';
import { OrgChartToolbar } from './OrgChartToolbar';
import { ChartBody, LIST_ROW, ListBody, type TreeItems, type TreeProps } from './OrgChartBody';
import { resolveActiveId, useOrgChartState } from './useOrgChartState';
import { useTreeKeyboard } from './useTreeKeyboard';
import { useViewport } from './useViewport';
import { useFocusAnchor } from './useFocusAnchor';
import { usePrintMode } from './usePrintMode';
import { useOrgChartHandle, type OrgChartHandle } from './useOrgChartHandle';
import { useLazyChildren, type LoadChildren } from './useLazyChildren';
import { renderWindow } from './renderWindow';
import type { ChartColours } from './colours';
import { centreOn, fitTransform, visibleRect, zoomAround, type Rect, type Transform } from './viewport';

/* -------------------------------------------------------------------------------------------------
 * Types
 * -----------------------------------------------------------------------------------------------*/

export type { OrgChartView } from './OrgChartTreeItem';
export type { OrgChartHandle } from './useOrgChartHandle';
export type { Transform as OrgChartTransform };

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
  /** Uncontrolled: the roles that start expanded. Wins over `defaultExpandDepth`. */
  defaultExpandedIds?: readonly string[] | undefined;
  /** Uncontrolled, the short way: roles at a depth below this start expanded (0: only the roots show).  @default 2 */
  defaultExpandDepth?: number | undefined;
  /** Every change of the expanded ids, controlled or not. */
  onExpandedIdsChange?: ((ids: string[]) => void) | undefined;
  /** Controlled selected role; `null` for none. */
  selectedId?: string | null | undefined;
  /** @default null */
  defaultSelectedId?: string | null | undefined;
  /** The selection changed (controlled or not). */
  onSelectedIdChange?: ((roleId: string) => void) | undefined;
  /** A role was activated (click, Enter, Space), even if it was already selected. */
  onActivate?: ((roleId: string) => void) | undefined;
  /** Controlled search text: matching roles (name, title, department) and their paths to the root are highlighted. */
  query?: string | undefined;
  /** @default '' */
  defaultQuery?: string | undefined;
  onQueryChange?: ((query: string) => void) | undefined;
  /** Draws a node's content (the tree item around it, with its keyboard and ARIA, stays rolekit's).  @default the compact role card */
  renderNode?: ((role: Role, state: OrgChartNodeState) => ReactNode) | undefined;
  /** Shows the view switch, search, zoom buttons and Expand all / Collapse all.  @default true */
  toolbar?: boolean | undefined;
  /** Fixed height of the viewport (number: pixels). Without it the viewport hugs the chart up to `--rk-org-chart-height` (30rem). */
  height?: number | string | undefined;
  /** Smallest zoom.  @default 0.05 */
  minScale?: number | undefined;
  /** Largest zoom.  @default 2 */
  maxScale?: number | undefined;
  /** What a plain mouse wheel does; Ctrl/⌘ + wheel and trackpad pinch always zoom.  @default 'pan' */
  wheelBehavior?: 'pan' | 'zoom' | undefined;
  /** Direction of the chart. `'auto'` (or absent) reads it from the page after mounting; pass it for SSR without a jump.  @default 'auto' */
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
  /** BCP 47 locale for counts.  @default the RolekitProvider's */
  locale?: string | undefined;
  labels?: Partial<OrgChartLabels> | undefined;
  /** Problems found in `org`, once per distinct set. */
  onError?: ((issues: readonly OrgIssue[]) => void) | undefined;
  /**
   * Draws the error state in place of rolekit's box (a plain sentence, the issues in a
   * closed "Details" disclosure), with the issues that box would list. Whatever it returns
   * is rendered, `null` included.
   */
  renderError?: ((issues: readonly OrgIssue[]) => ReactNode) | undefined;
  /** `'none'` shows no error state at all, not even `renderError`'s; `onError` still gets the issues.  @default 'alert' */
  errorDisplay?: 'alert' | 'none' | undefined;
  /** Receives the `OrgChartHandle`. */
  handleRef?: Ref<OrgChartHandle> | undefined;
  /**
   * Fetches the reports of a role sent without them (`role.reportCount > 0` and no reports
   * in `org`) when it is first expanded. The node shows it is loading, and an error with a
   * retry; a second expand while loading sends no second request.
   */
  loadChildren?: LoadChildren | undefined;
  /** Shows an overview of the whole chart with the visible area, draggable.  @default false */
  minimap?: boolean | undefined;
}

const ORG_CHART_NAME = 'OrgChart';
/** Room kept around the chart and around a node brought into view. */
const PAD = 24;
/** Up to this many visible roles every node is rendered; above, only a window of them. */
const VIRTUAL_FROM = 150;
/**
 * Printing renders every node, like a small chart (real text: a saved PDF zooms), up to
 * this many visible roles — about as many as a browser lays out in a few seconds.
 * Beyond, the page gets the marks.
 */
const PRINT_ALL_UP_TO = 10_000;
/** A window holding more boxes than this is drawn as marks: about 13 elements a node keeps the DOM under 2,000. */
const MAX_DOM_NODES = 120;
/** Below this zoom, boxes are marks (a card's text is too small to read anyway). */
const LOD_SCALE = 0.45;
/** Viewport pixels rendered beyond each edge, so a short pan shows nodes already there. */
const MARGIN = 160;
/** Assumed before the viewport is measured (server, first client render). */
const ASSUMED_VIEWPORT = { width: 1280, height: 800 };
/** Zoom step of the buttons and keys. */
const ZOOM_STEP = 1.25;

// Features on demand: each is a chunk of its own, loaded the first time it is wanted.
const marksFeature = onDemand(() => import('./marks'));
const minimapFeature = onDemand(() => import('./OrgChartMinimapView'));
const exportFeature = onDemand(() => import('./export'));

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
    onError, renderError, errorDisplay, handleRef, loadChildren, minimap = false, className, style, 'aria-label': ariaLabel, 'aria-labelledby': ariaLabelledBy, ...rest
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
  useIncrementalRelayout(model, layout, layoutOptions, layout !== null && index.roleById.size > VIRTUAL_FROM);
  const limits = useMemo(() => ({ min: Math.min(minScale, maxScale), max: Math.max(minScale, maxScale) }), [minScale, maxScale]);

  /* -- Search ------------------------------------------------------------------------------------ */
  const matches = useMemo(() => searchOrg(model, query), [model, query]);
  const highlight = useMemo(() => (matches.length ? { matches: new Set(matches), path: pathsToRoots(model, matches) } : null), [model, matches]);
  const cursor = useRef(-1);
  useEffect(() => {
    cursor.current = -1;
  }, [matches]);

  /* -- Viewport ---------------------------------------------------------------------------------- */
  const marksModule = useOnDemand(marksFeature, outline.items.length > VIRTUAL_FROM && layout !== null);
  const colours = useRef<ChartColours | null>(null);
  const minimapView = useRef<((rect: Rect) => void) | null>(null);
  const print = usePrintMode({ count: outline.items.length, layout, matches: highlight?.matches ?? null, marksRef, marks: marksFeature, colours, refresh: () => vp.refresh(), virtualFrom: VIRTUAL_FROM, printAllUpTo: PRINT_ALL_UP_TO, pad: PAD });
  const printAll = print.printing && outline.items.length <= PRINT_ALL_UP_TO;
  const virtual = outline.items.length > VIRTUAL_FROM && !printAll;
  const vp = useViewport({
    viewportRef,
    layerRef: treeRef,
    enabled: view === 'chart' && layout !== null,
    virtual,
    limits,
    wheelBehavior,
    count: (rect) => layout?.query(rect).length ?? 0,
    maxNodes: MAX_DOM_NODES,
    lodScale: LOD_SCALE,
    margin: MARGIN,
    onFrame: (t, width, height, marks) => {
      minimapView.current?.(visibleRect(t, width, height));
      const canvas = marksRef.current;
      if (!canvas || !layout || print.printingMarks.current || !marksModule) return;
      if (marks) colours.current ??= marksModule.readChartColours(canvas);
      marksModule.drawMarks(canvas, layout, t, width, height, marks ? colours.current : null, highlight?.matches ?? null);
    },
  });
  // The marks arrived after the first frame: paint the current view with them.
  useEffect(() => {
    if (marksModule) vp.refresh();
  }, [marksModule, vp.refresh]);
  const marks = virtual && vp.win !== null && vp.win.marks;

  /* -- Focus and actions ------------------------------------------------------------------------- */
  const focus = useFocusAnchor({ layout, vp, activeId, treeRef, direction, pad: PAD });
  const moveTo = (id: string) => {
    focus.requestFocus();
    state.setActiveId(id);
  };
  const expand = (id: string) => {
    focus.holdInPlace(id);
    // Loads at most once at a time (a double click shares the request); shows once loaded.
    if (unloaded(id)) void lazy.load(id);
    state.setExpanded(id, true);
  };
  const collapse = (id: string) => {
    focus.holdInPlace(id);
    focus.keepFocus();
    state.setExpanded(id, false);
  };
  const zoomBy = (factor: number) => {
    const { width, height } = vp.measure();
    return vp.animateTo(zoomAround(vp.goal(), width / 2, height / 2, factor, limits));
  };
  const fit = () => {
    const { width, height } = vp.measure();
    return layout && width && height ? vp.animateTo(fitTransform(layout.bounds, width, height, PAD, limits)) : Promise.resolve();
  };
  const expandAll = () => {
    if (activeId) focus.holdInPlace(activeId);
    state.expandAll();
  };
  /** Expands the role's managers, makes it the tab stop and centres it once it is laid out. */
  const goTo = (id: string, moveFocus: boolean) => {
    state.reveal(id);
    state.setActiveId(id);
    if (layout) focus.requestCentre(id, moveFocus);
    else if (moveFocus) focus.requestFocus();
  };

  /* -- Keyboard, pointer ------------------------------------------------------------------------ */
  const onTreeKeyDown = useTreeKeyboard({
    items: outline.items,
    indexOf: outline.indexOf,
    direction,
    onMove: moveTo,
    onExpand: expand,
    onCollapse: collapse,
    onExpandSiblings: (id) => {
      focus.holdInPlace(id);
      state.expandSiblings(id);
    },
    onSelect: state.select,
    getSearchText: (item) => [item.role.title, ...index.holders(item.id).map((p) => p.name)],
    hasUnloaded: unloaded,
    // A screenful of list rows, in either view: the same key moves as far in both.
    pageSize: () => Math.floor((viewportRef.current?.clientHeight ?? 0) / LIST_ROW) - 1,
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (layout && !event.altKey && !event.ctrlKey && !event.metaKey) {
      const action = event.key === '+' || event.key === '=' ? 1 : event.key === '-' ? -1 : event.key === '0' ? 0 : null;
      if (action !== null) {
        event.preventDefault();
        if (action === 0) fit();
        else zoomBy(action > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
        return;
      }
    }
    onTreeKeyDown(event);
  };

  const pointerFocus = useRef(false);
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    const item = target.closest('[role="treeitem"]');
    const id = item?.getAttribute('data-role-id');
    if (!item || id == null || !treeRef.current?.contains(item)) return;
    state.setActiveId(id);
    if (target.closest('[data-slot="org-chart-toggle"]')) {
      const node = outline.items[outline.indexOf(id)];
      if (node?.expanded) collapse(id);
      else if (node?.hasChildren || unloaded(id)) expand(id);
      return;
    }
    if (target.closest('[data-slot="org-chart-retry"]')) return expand(id);
    state.select(id);
  };
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const id = (event.target as Element).getAttribute('data-role-id');
    if (id === null) return;
    if (id !== state.activeId) state.setActiveId(id);
    // Tabbing in to a node panned out of sight brings it back; a click is on screen already.
    if (!pointerFocus.current) focus.bringIntoView(id);
  };
  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || matches.length === 0) return;
    event.preventDefault();
    const n = matches.length;
    cursor.current = (cursor.current + (event.shiftKey ? n - 1 : 1) + (cursor.current < 0 && event.shiftKey ? 1 : 0)) % n;
    goTo(matches[cursor.current]!, false);
  };

  /* -- Handle ------------------------------------------------------------------------------------ */
  // The export draws the whole chart in its current expansion, in either view.
  const exportChart = async <R,>(to: (module: typeof import('./export'), layout: ReturnType<typeof layoutOrg>) => R | Promise<R>): Promise<R> =>
    to(await exportFeature.load(), layoutOrg(model, layoutOptions));
  const exportOptions = { labels: labelsProp, locale };
  useOrgChartHandle(handleRef, {
    expandAll,
    collapseAll() {
      focus.keepFocus();
      state.collapseAll();
    },
    expand,
    collapse,
    async focusNode(id) {
      if (!index.roleById.has(id)) return false;
      // flushSync: the handle is called outside React; reveal and render the node now.
      flushSync(() => {
        state.reveal(id);
        focus.requestFocus();
        state.setActiveId(id);
      });
      await focus.settle();
      return true;
    },
    fit,
    async centerOn(id, options) {
      if (!index.roleById.has(id)) return false;
      flushSync(() => goTo(id, options?.focus === true));
      await focus.settle();
      return true;
    },
    zoomTo: (scale) => zoomBy(scale / vp.goal().k),
    getTransform: () => ({ ...vp.get() }),
    toSVG: () => exportChart((m, l) => m.chartToSVG(l, org, exportOptions)),
    toPNG: () => exportChart((m, l) => m.chartToPNG(l, org, exportOptions)),
  });

  /* -- Render ------------------------------------------------------------------------------------ */
  const hasRoles = outline.items.length > 0;
  const tree: TreeProps = {
    ref: treeRef,
    role: 'tree',
    'aria-label': ariaLabelledBy ? undefined : (ariaLabel ?? labels.tree(index.org.name)),
    'aria-labelledby': ariaLabelledBy,
    onKeyDown,
    onClick,
    onFocus,
  };
  const items: TreeItems = {
    shared: { index, renderNode, labels, labelsProp, locale, view, baseId },
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
  const rendered = useMemo(
    () => (layout ? renderWindow(layout, { virtual, marks, rect: windowRect, activeIndex, assumed: ASSUMED_VIEWPORT, pad: PAD, maxNodes: MAX_DOM_NODES }) : []),
    [layout, virtual, marks, windowRect, activeIndex],
  );
  const Minimap = useOnDemand(minimapFeature, minimap && layout !== null && hasRoles)?.OrgChartMinimapView;
  // A minimap that arrives after the first frame is told the visible area now.
  useEffect(() => {
    if (Minimap) vp.refresh();
  }, [Minimap, vp.refresh]);

  let body: ReactNode = null;
  if (!hasRoles) {
    if (model.issues.length === 0) body = <p className="rk-org-chart-empty" data-slot="org-chart-empty">{labels.empty}</p>;
  } else if (layout) {
    body = (
      <ChartBody
        layout={layout} rendered={rendered} windowRect={windowRect} path={highlight ? highlight.path : null} marks={marks} virtual={virtual}
        fixedHeight={height !== undefined} pad={PAD} vp={vp} viewportRef={viewportRef} marksRef={marksRef} tree={tree} items={items}
        onPointerFocus={(pointer) => (pointerFocus.current = pointer)} start={activeId === null ? undefined : layout.node(activeId)}
      />
    );
  } else {
    const listVirtual = outline.items.length > VIRTUAL_FROM && !printAll;
    body = <ListBody items={outline.items} virtual={listVirtual} activeIndex={activeIndex} viewportRef={viewportRef} tree={tree} treeItems={items} />;
  }

  const status = query.trim() === '' ? '' : matches.length ? labels.matches(matches.length, formatCount(matches.length, locale)) : labels.noMatches;
  const rootStyle: CSSProperties | undefined =
    height === undefined ? style : ({ '--rk-org-chart-height': typeof height === 'number' ? `${height}px` : height, ...style } as CSSProperties);

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
          zoom={layout !== null} onZoom={(d) => zoomBy(d > 0 ? ZOOM_STEP : 1 / ZOOM_STEP)} onFit={fit} onExpandAll={expandAll} onCollapseAll={() => state.collapseAll()}
        />
      )}
      {body}
      {Minimap && layout && (
        <Minimap
          layout={layout}
          subscribe={minimapView}
          highlightIds={highlight?.matches}
          onNavigate={(c) => {
            const { width, height } = vp.size();
            vp.set(centreOn(c.x, c.y, width, height, vp.get().k), true);
          }}
        />
      )}
    </div>
  );
});
OrgChart.displayName = ORG_CHART_NAME;

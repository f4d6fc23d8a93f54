import {
  forwardRef,
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  useId,
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
  type Ref,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import type { Org, Role } from '../model/schema';
import type { OrgIssue } from '../model/issues';
import { getOrgModel, type OrgIndex } from '../model/orgModel';
import { outlineOrg, type OutlineItem } from '../model/outline';
import { layoutOrg, type CompactOptions, type LayoutGap, type LayoutNode, type LayoutSize, type OrgChartOrientation, type OrgLayout } from '../model/layout';
import { pathsToRoots, searchOrg } from '../model/search';
import { useControllableState } from '../internal/useControllableState';
import { useLabels, useLocale } from '../internal/locale';
import { useReportIssues } from '../internal/useReportIssues';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect';
import { IssueAlert } from '../internal/IssueAlert';
import { formatList, formatNumber, isolate } from '../internal/format';
import { cx } from '../internal/cx';
import { orgChartLabels, type OrgChartLabels } from './labels';
import { OrgChartNode, type OrgChartNodeState } from './OrgChartNode';
import { OrgChartConnectors, linkIndexes } from './OrgChartConnectors';
import { resolveActiveId, useOrgChartState } from './useOrgChartState';
import { useTreeKeyboard } from './useTreeKeyboard';
import { useViewport } from './useViewport';
import { chartToPNG, chartToSVG } from './export';
import { useLazyChildren, type LazyChildrenState, type LoadChildren } from './useLazyChildren';
import { OrgChartMinimap } from './OrgChartMinimap';
import { centreOn, fitTransform, panIntoView, visibleRect, zoomAround, type Rect, type Transform } from './viewport';

/* -------------------------------------------------------------------------------------------------
 * Types
 * -----------------------------------------------------------------------------------------------*/

export type OrgChartView = 'chart' | 'list';
export type { Transform as OrgChartTransform };

/** Imperative control, through `handleRef` (`ref` is the root element, like every rolekit component). */
export interface OrgChartHandle {
  /** Expands every role with reports. */
  expandAll(): void;
  /** Collapses every role: only the roots stay visible. */
  collapseAll(): void;
  expand(roleId: string): void;
  collapse(roleId: string): void;
  /** Expands the role's managers, moves focus to it and brings it into view. `false` if there is no such role. */
  focusNode(roleId: string): boolean;
  /** Zooms and pans so the whole chart shows (within the scale limits). */
  fit(): void;
  /** Expands the role's managers and moves it to the middle of the view; `focus` also moves focus to it. `false` if there is no such role. */
  centerOn(roleId: string, options?: { focus?: boolean }): boolean;
  /** Zooms around the middle of the view, within the scale limits. */
  zoomTo(scale: number): void;
  /** Pan and zoom: `screen = chart × k + (x, y)`, in viewport pixels. */
  getTransform(): Transform;
  /** The whole chart as it is expanded (every visible role, not only those rendered) as a standalone SVG document. */
  toSVG(): string;
  /** The same as a PNG image. Browser only. */
  toPNG(): Promise<Blob>;
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
/** Row height of a virtualised list view, in pixels. */
const LIST_ROW = 44;
/** Zoom step of the buttons and keys. */
const ZOOM_STEP = 1.25;

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
    org: orgProp,
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
    query: queryProp,
    defaultQuery = '',
    onQueryChange,
    renderNode,
    toolbar = true,
    height,
    minScale = 0.05,
    maxScale = 2,
    wheelBehavior = 'pan',
    dir,
    locale: localeProp,
    labels: labelsProp,
    onError,
    handleRef,
    loadChildren,
    minimap = false,
    className,
    style,
    'aria-label': ariaLabel,
    'aria-labelledby': ariaLabelledBy,
    ...rest
  } = props;

  const labels = useLabels('orgChart', orgChartLabels, labelsProp);
  const baseId = useId();
  const contextLocale = useLocale();
  const locale = localeProp ?? contextLocale;
  // With `loadChildren`, the org plus every loaded fragment (the same object until one loads).
  const lazy = useLazyChildren(orgProp, loadChildren);
  const org = lazy.org;
  const model = getOrgModel(org); // memoised per org object
  const index = model.index;
  const issues = useMemo(() => (lazy.issues.length ? [...model.issues, ...lazy.issues] : model.issues), [model.issues, lazy.issues]);
  useReportIssues(ORG_CHART_NAME, issues, onError);
  const unloaded = (id: string) => loadChildren !== undefined && lazy.hasUnloadedChildren(id);

  const rootRef = useRef<HTMLDivElement | null>(null);
  const viewportRef = useRef<HTMLDivElement | null>(null);
  const treeRef = useRef<HTMLDivElement | null>(null);
  const marksRef = useRef<HTMLCanvasElement | null>(null);
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
  const [query, setQuery] = useControllableState<string>({ prop: queryProp, defaultProp: defaultQuery, onChange: onQueryChange, name: 'OrgChart query' });

  // Both are memoised in the model per org, expansion state and options: calling them
  // on a render caused by hover, focus or selection is a cache lookup.
  const layout = view === 'chart' ? layoutOrg(org, { ...state.expansion, orientation, direction, nodeSize, gap, compact }) : null;
  const outline = layout?.outline ?? outlineOrg(org, state.expansion);
  const activeId = resolveActiveId(org, outline, state.activeId, state.selectedId);
  const [printing, setPrinting] = useState(false);
  const printAll = printing && outline.items.length <= PRINT_ALL_UP_TO;
  const virtual = outline.items.length > VIRTUAL_FROM && !printAll;
  const limits = useMemo(() => ({ min: Math.min(minScale, maxScale), max: Math.max(minScale, maxScale) }), [minScale, maxScale]);

  /* -- Search ------------------------------------------------------------------------------------ */
  const matches = useMemo(() => searchOrg(org, query), [org, query]);
  const highlight = useMemo(() => (matches.length ? { matches: new Set(matches), path: pathsToRoots(org, matches) } : null), [org, matches]);
  const cursor = useRef(-1);
  useEffect(() => {
    cursor.current = -1;
  }, [matches]);

  /* -- Viewport ---------------------------------------------------------------------------------- */
  const colours = useRef<Record<string, string> | null>(null);
  const minimapView = useRef<((rect: Rect) => void) | null>(null);
  const printingMarks = useRef(false);
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
      if (!canvas || !layout || printingMarks.current) return;
      colours.current ??= readColours(canvas);
      drawMarks(canvas, layout, t, width, height, marks ? colours.current : null, highlight?.matches ?? null);
    },
  });
  const marks = virtual && vp.win !== null && vp.win.marks;

  /* -- Focus, bringing into view ----------------------------------------------------------------- */
  const focusPending = useRef(false);
  const anchor = useRef<string | null>(null);
  const centrePending = useRef<{ id: string; focus: boolean } | null>(null);
  const findItem = (id: string) => findTreeItem(treeRef.current, id);

  /** Keep the node a change starts from where it is on screen: the user is looking at it. */
  const holdInPlace = (id: string) => {
    anchor.current = id;
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
    // Loads at most once at a time (a double click shares the request); shows once loaded.
    if (unloaded(id)) void lazy.load(id);
    state.setExpanded(id, true);
  };
  const collapse = (id: string) => {
    holdInPlace(id);
    keepFocus();
    state.setExpanded(id, false);
  };

  /** Pans (no zoom) so a node is inside the view, clear of its edges. */
  const bringIntoView = (id: string) => {
    const node = layout?.node(id);
    const { width, height } = vp.size();
    if (node && width && height) vp.set(panIntoView(vp.get(), node, width, height, PAD), true);
  };
  const centre = (id: string) => {
    const node = layout?.node(id);
    const { width, height } = vp.measure();
    if (node && width && height) vp.animateTo(centreOn(node.x + node.width / 2, node.y + node.height / 2, width, height, vp.get().k));
  };
  const zoomBy = (factor: number) => {
    const { width, height } = vp.measure();
    vp.animateTo(zoomAround(vp.goal(), width / 2, height / 2, factor, limits));
  };
  const fit = () => {
    const { width, height } = vp.measure();
    if (layout && width && height) vp.animateTo(fitTransform(layout.bounds, width, height, PAD, limits));
  };

  // A new layout (expand, collapse, direction): the node the change started from stays
  // where it was on screen, or else the focused one. Layout coordinates of untouched
  // nodes may all shift (the tree re-centres), so this is a pan by that node's shift.
  const previousLayout = useRef<OrgLayout | null>(null);
  useIsomorphicLayoutEffect(() => {
    const previous = previousLayout.current;
    previousLayout.current = layout;
    const held = anchor.current ?? activeId;
    anchor.current = null;
    if (!layout || !previous || previous === layout) return;
    const a = held === null ? undefined : previous.node(held);
    const b = held === null ? undefined : layout.node(held);
    const t = vp.get();
    if (a && b) vp.set({ x: t.x + (a.x - b.x) * t.k, y: t.y + (a.y - b.y) * t.k, k: t.k }, true);
    vp.refresh();
  }, [layout]);

  // On first showing the chart: the first root (or the selected role) in view, at full size.
  // Remembers the direction it centred for: with dir="auto" the first layout is
  // left-to-right until the page's direction is read, and a mirrored chart must be
  // centred again rather than held where the left-to-right one put the node.
  const centred = useRef<string | false>(false);
  useIsomorphicLayoutEffect(() => {
    if (!layout) {
      centred.current = false;
      return;
    }
    if (centred.current === direction || activeId === null) return;
    const { width, height } = vp.measure();
    const node = layout.node(activeId);
    if (!width || !height || !node) return;
    centred.current = direction;
    const b = layout.bounds;
    // A chart that fits is centred; a bigger one shows no empty band beyond its edges.
    const axis = (offset: number, start: number, size: number, view: number) =>
      size + 2 * PAD <= view ? (view - size) / 2 - start : Math.min(PAD - start, Math.max(view - PAD - start - size, offset));
    const t = centreOn(node.x + node.width / 2, node.y + node.height / 2, width, height, 1);
    vp.set({ x: axis(t.x, b.x, b.width, width), y: axis(t.y, b.y, b.height, height), k: 1 }, true);
  });

  useIsomorphicLayoutEffect(() => {
    const pending = centrePending.current;
    if (pending && layout?.node(pending.id)) {
      centrePending.current = null;
      centre(pending.id);
      if (pending.focus) focusPending.current = true;
    }
    if (!focusPending.current || activeId === null) return;
    focusPending.current = false;
    const element = findItem(activeId);
    if (!element) return;
    element.focus({ preventScroll: true });
    if (layout) {
      if (!pending) bringIntoView(activeId);
    } else {
      // scroll-margin on the row keeps it clear of the viewport's edge.
      element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
  });

  // Printing: the whole chart, fitted to the page width (CSS drops the transform). Every
  // node is rendered for the page, synchronously: the browser lays the page out as soon
  // as beforeprint returns. A chart too big for that prints its marks, drawn for the page.
  // The latest render's, read when printing starts: the listeners stay registered once.
  const printInputs = useRef({ items: outline.items.length, view, layout, highlight });
  printInputs.current = { items: outline.items.length, view, layout, highlight };
  useEffect(() => {
    const before = () => {
      const { items, view, layout, highlight } = printInputs.current;
      if (items <= VIRTUAL_FROM) return;
      if (items <= PRINT_ALL_UP_TO) return flushSync(() => setPrinting(true));
      const canvas = marksRef.current;
      if (!canvas || !layout || view !== 'chart') return;
      printingMarks.current = true;
      const b = layout.bounds;
      const width = 1000;
      const k = width / (b.width + 2 * PAD);
      const height = Math.ceil((b.height + 2 * PAD) * k);
      colours.current ??= readColours(canvas);
      drawMarks(canvas, layout, { x: (PAD - b.x) * k, y: (PAD - b.y) * k, k }, width, height, colours.current, highlight?.matches ?? null, 2);
    };
    const after = () => {
      setPrinting(false);
      if (!printingMarks.current) return;
      printingMarks.current = false;
      vp.refresh();
    };
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => {
      removeEventListener('beforeprint', before);
      removeEventListener('afterprint', after);
    };
  }, []);

  /* -- Keyboard, pointer ------------------------------------------------------------------------ */
  const onTreeKeyDown = useTreeKeyboard({
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
    if (!pointerFocus.current) bringIntoView(id);
  };

  /* -- Search box -------------------------------------------------------------------------------- */
  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || matches.length === 0) return;
    event.preventDefault();
    const n = matches.length;
    cursor.current = (cursor.current + (event.shiftKey ? n - 1 : 1) + (cursor.current < 0 && event.shiftKey ? 1 : 0)) % n;
    goTo(matches[cursor.current]!, false);
  };
  /** Expands the role's managers, makes it the tab stop and centres it once it is laid out. */
  const goTo = (id: string, focus: boolean) => {
    state.reveal(id);
    state.setActiveId(id);
    if (layout) centrePending.current = { id, focus };
    else if (focus) focusPending.current = true;
  };

  /* -- Handle ------------------------------------------------------------------------------------ */
  // The export draws the whole chart in its current expansion, in either view.
  const fullLayout = () => layoutOrg(org, { ...state.expansion, orientation, direction, nodeSize, gap, compact });
  const exportOptions = { labels: labelsProp, locale };
  const latest = useRef({ activeId, index, holdInPlace, keepFocus, expand, collapse, fit, zoomBy, goTo, vp, fullLayout, org, exportOptions });
  latest.current = { activeId, index, holdInPlace, keepFocus, expand, collapse, fit, zoomBy, goTo, vp, fullLayout, org, exportOptions };
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
      fit: () => latest.current.fit(),
      centerOn(id, options) {
        if (!latest.current.index.roleById.has(id)) return false;
        // flushSync: the handle is called outside React; lay out now so the move starts now.
        flushSync(() => latest.current.goTo(id, options?.focus === true));
        return true;
      },
      zoomTo: (scale) => latest.current.zoomBy(scale / latest.current.vp.goal().k),
      getTransform: () => ({ ...latest.current.vp.get() }),
      toSVG: () => chartToSVG(latest.current.fullLayout(), latest.current.org, latest.current.exportOptions),
      toPNG: () => chartToPNG(latest.current.fullLayout(), latest.current.org, latest.current.exportOptions),
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
  const itemProps = { index, renderNode, labels, labelsProp, locale, view, baseId };
  const itemState = (item: OutlineItem) => ({
    active: item.id === activeId,
    selected: item.id === state.selectedId,
    match: highlight?.matches.has(item.id) ?? false,
    onPath: highlight?.path.has(item.id) ?? false,
    pending: unloaded(item.id) ? lazy.status(item.id) : null,
  });

  // The nodes in the DOM: all of a small chart, else the window (before measuring, the
  // window an assumed viewport would show around the tab stop, the same on the server).
  const activeIndex = activeId === null ? -1 : outline.indexOf(activeId);
  const windowRect = vp.win?.rect ?? null;
  const rendered = useMemo(() => {
    if (!layout) return [];
    if (!virtual) return layout.nodes.map((_, i) => i);
    let ids: number[] = [];
    if (!marks) {
      let rect: Rect | null = windowRect;
      if (!rect && activeIndex >= 0) {
        const node = layout.nodes[activeIndex]!;
        const { width, height } = ASSUMED_VIEWPORT;
        rect = visibleRect(centreOn(node.x + node.width / 2, node.y + height / 2 - PAD, width, height, 1), width, height, 0);
      }
      if (rect) ids = layout.query(rect);
      if (ids.length > MAX_DOM_NODES) ids = [];
    }
    // The tab stop is always in the DOM, wherever it is: focus never lands on nothing.
    if (activeIndex >= 0 && !ids.includes(activeIndex)) ids = [...ids, activeIndex].sort((a, b) => a - b);
    return ids;
  }, [layout, virtual, marks, windowRect, activeIndex]);

  const [listRange, setListRange] = useState<[number, number]>([0, 40]);
  const onListScroll = (event: { currentTarget: HTMLElement }) => {
    const el = event.currentTarget;
    const from = Math.max(0, Math.floor(el.scrollTop / LIST_ROW) - 10);
    const to = Math.ceil((el.scrollTop + el.clientHeight) / LIST_ROW) + 10;
    if (from !== listRange[0] || to !== listRange[1]) setListRange([from, to]);
  };

  let body: ReactNode;
  if (!hasRoles) {
    body =
      model.issues.length === 0 ? (
        <p className="rk-org-chart-empty" data-slot="org-chart-empty">
          {labels.empty}
        </p>
      ) : null;
  } else if (layout) {
    const b = layout.bounds;
    const viewportStyle = {
      ...STRUCTURE.viewport,
      height:
        height === undefined
          ? 'min(var(--rk-org-chart-height, 30rem), var(--rk-org-chart-content-height))'
          : 'var(--rk-org-chart-height)',
      '--rk-org-chart-content-height': `${b.height + 2 * PAD}px`,
      // Print: the whole chart scaled to the page width (about 1000 CSS pixels).
      '--rk-org-chart-print-scale': Math.min(1, 1000 / (b.width + 2 * PAD)),
      '--rk-org-chart-print-x': `${PAD - b.x}px`,
      '--rk-org-chart-print-y': `${PAD - b.y}px`,
    } as CSSProperties;
    body = (
      <div className="rk-org-chart-viewport" data-slot="org-chart-viewport" ref={viewportRef} style={viewportStyle} {...vp.handlers}
        onPointerDown={(event) => {
          pointerFocus.current = true;
          vp.handlers.onPointerDown(event);
        }}
        onPointerUp={(event) => {
          vp.handlers.onPointerUp(event);
          setTimeout(() => (pointerFocus.current = false));
        }}
      >
        {virtual && <canvas ref={marksRef} className="rk-org-chart-marks" data-slot="org-chart-marks" aria-hidden="true" style={STRUCTURE.marks} />}
        <div {...treeProps} className="rk-org-chart-canvas" data-slot="org-chart-canvas" style={STRUCTURE.layer}>
          {!marks && <OrgChartConnectors layout={layout} indexes={rendered} rect={windowRect} path={highlight ? highlight.path : null} />}
          {rendered.map((i) => {
            const node = layout.nodes[i]!;
            return <TreeItem key={node.id} item={node} box={node} top={0} {...itemState(node)} {...itemProps} />;
          })}
        </div>
      </div>
    );
  } else {
    const items = outline.items;
    const listVirtual = items.length > VIRTUAL_FROM && !printAll;
    let shown: readonly OutlineItem[] = items;
    if (listVirtual) {
      const [from, to] = listRange;
      shown = items.slice(from, to);
      const active = items[activeIndex];
      if (active && (activeIndex < from || activeIndex >= to)) shown = activeIndex < from ? [active, ...shown] : [...shown, active];
    }
    body = (
      <div className="rk-org-chart-viewport" data-slot="org-chart-viewport" ref={viewportRef} onScroll={listVirtual ? onListScroll : undefined}>
        <div
          {...treeProps}
          className="rk-org-chart-list"
          data-slot="org-chart-list"
          data-virtual={listVirtual ? '' : undefined}
          style={listVirtual ? { height: items.length * LIST_ROW } : undefined}
        >
          {shown.map((item) => (
            <TreeItem key={item.id} item={item} box={null} top={listVirtual ? item.index * LIST_ROW : null} {...itemState(item)} {...itemProps} />
          ))}
        </div>
      </div>
    );
  }

  const status = query.trim() === '' ? '' : matches.length ? labels.matches(matches.length, formatNumber(matches.length, locale)) : labels.noMatches;

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
        <IssueAlert title={hasRoles ? labels.errorPartial : labels.errorNone} issues={model.issues} moreLabel={labels.errorMore} locale={locale} />
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
          <div className="rk-org-chart-search" data-slot="org-chart-search" role="search">
            <input
              type="search"
              className="rk-org-chart-search-input"
              aria-label={labels.search}
              placeholder={isolate(labels.search)}
              value={query}
              onChange={(event) => setQuery(event.currentTarget.value)}
              onKeyDown={onSearchKeyDown}
            />
            <span className="rk-org-chart-status" data-slot="org-chart-search-status" role="status">
              {status}
            </span>
          </div>
          {layout && (
            <div className="rk-org-chart-zoom" data-slot="org-chart-zoom" role="group">
              <button type="button" className="rk-org-chart-button" data-slot="org-chart-zoom-out" aria-label={labels.zoomOut} title={labels.zoomOut} onClick={() => zoomBy(1 / ZOOM_STEP)}>
                {'\u2212'}
              </button>
              <button type="button" className="rk-org-chart-button" data-slot="org-chart-zoom-in" aria-label={labels.zoomIn} title={labels.zoomIn} onClick={() => zoomBy(ZOOM_STEP)}>
                +
              </button>
              <button type="button" className="rk-org-chart-button" data-slot="org-chart-fit" onClick={fit}>
                {labels.fit}
              </button>
            </div>
          )}
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
      {minimap && layout && hasRoles && (
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

/** The minimap with its own state for the visible rect: a pan re-renders it, not the chart. */
function Minimap({ subscribe, ...props }: Omit<Parameters<typeof OrgChartMinimap>[0], 'viewport'> & { subscribe: RefObject<((rect: Rect) => void) | null> }) {
  const [rect, setRect] = useState<Rect>({ x: 0, y: 0, width: 0, height: 0 });
  useIsomorphicLayoutEffect(() => {
    subscribe.current = setRect;
    return () => {
      subscribe.current = null;
    };
  }, [subscribe]);
  return <OrgChartMinimap {...props} viewport={rect} />;
}

/* -------------------------------------------------------------------------------------------------
 * Marks: the chart zoomed far out, on a canvas
 * -----------------------------------------------------------------------------------------------*/

/** The theme's colours, read once from the tokens (a canvas cannot use CSS variables). */
function readColours(element: Element): Record<string, string> {
  const css = getComputedStyle(element);
  const get = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    card: get('--rk-color-bg', '#fff'),
    border: get('--rk-color-border-strong', '#94a3b8'),
    line: get('--rk-org-chart-line', '#94a3b8'),
    text: get('--rk-color-text', '#1f2937'),
    match: get('--rk-color-accent', '#1d4ed8'),
    font: css.fontFamily || 'sans-serif',
  };
}

/**
 * What positions the chart, inline: the unstyled path (a host without rolekit's CSS)
 * still gets boxes where the layout put them, a clipped viewport and visible lines.
 * Everything visual stays in the stylesheet.
 */
const STRUCTURE = {
  viewport: { position: 'relative', overflow: 'hidden', touchAction: 'none' },
  layer: { position: 'absolute', top: 0, left: 0, width: 0, height: 0, transformOrigin: '0 0' },
  node: { position: 'absolute', top: 0, left: 0 },
  marks: { position: 'absolute', top: 0, left: 0, pointerEvents: 'none' },
} satisfies Record<string, CSSProperties>;

const paintedCanvases = new WeakSet<HTMLCanvasElement>();

/**
 * Draws the boxes and connectors in view (from the layout's grid, so the cost is what
 * shows, not the org), with titles once a box is tall enough on screen to read them.
 * `colours` null clears the canvas (nodes are in the DOM).
 */
function drawMarks(
  canvas: HTMLCanvasElement,
  layout: OrgLayout,
  t: Transform,
  width: number,
  height: number,
  colours: Record<string, string> | null,
  matches: ReadonlySet<string> | null,
  dpr = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1,
) {
  // A blank canvas stays untouched: sizing one and creating its 2D context costs tens of
  // milliseconds, paid on the first frame of every chart that never zooms out that far.
  if (!colours && !paintedCanvases.has(canvas)) return;
  const w = Math.round(width * dpr);
  const h = Math.round(height * dpr);
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, w, h);
  if (!colours) {
    paintedCanvases.delete(canvas);
    return;
  }
  paintedCanvases.add(canvas);
  // Drawn relative to the view's corner: chart coordinates run to millions, past float precision.
  const view = visibleRect(t, width, height);
  const ox = Math.round(view.x);
  const oy = Math.round(view.y);
  ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * (t.x + ox * t.k), dpr * (t.y + oy * t.k));
  const ids = layout.query(view);
  ctx.lineWidth = 1 / t.k;
  ctx.beginPath();
  for (const i of linkIndexes(layout, ids, view)) {
    const points = layout.linkTo(i)?.points;
    if (!points) continue;
    ctx.moveTo(points[0]!.x - ox, points[0]!.y - oy);
    for (let p = 1; p < points.length; p++) ctx.lineTo(points[p]!.x - ox, points[p]!.y - oy);
  }
  ctx.strokeStyle = colours.line!;
  ctx.stroke();
  for (const hit of [false, true]) {
    ctx.beginPath();
    for (const i of ids) {
      const n = layout.nodes[i]!;
      if ((matches?.has(n.id) ?? false) === hit) ctx.rect(n.x - ox, n.y - oy, n.width, n.height);
    }
    ctx.fillStyle = hit ? colours.match! : colours.card!;
    ctx.fill();
    ctx.strokeStyle = hit ? colours.match! : colours.border!;
    ctx.stroke();
  }
  // Names where they are legible: a box at least 20 screen pixels tall.
  const first = layout.nodes[0];
  if (first && first.height * t.k >= 20) {
    const size = 13 / Math.max(t.k, 0.5);
    ctx.font = `600 ${size}px ${colours.font}`;
    ctx.textBaseline = 'middle';
    for (const i of ids) {
      const n = layout.nodes[i]!;
      ctx.fillStyle = matches?.has(n.id) ? colours.card! : colours.text!;
      ctx.fillText(n.role.title, n.x - ox + 8, n.y - oy + n.height / 2, n.width - 16);
    }
  }
}

/* -------------------------------------------------------------------------------------------------
 * TreeItem: one node, in either view
 * -----------------------------------------------------------------------------------------------*/

interface TreeItemProps {
  item: OutlineItem;
  /** Chart: the node's box in layout coordinates. List: null. */
  box: LayoutNode | null;
  /** A row of a virtualised list: its offset from the top, in pixels. */
  top: number | null;
  index: OrgIndex;
  /** Holds the tab stop. */
  active: boolean;
  selected: boolean;
  /** Found by the search. */
  match: boolean;
  /** A manager above a search match. */
  onPath: boolean;
  /** Reports not loaded yet (lazy loading): where their loading stands; `null` otherwise. */
  pending: ReturnType<LazyChildrenState['status']> | null;
  renderNode: OrgChartProps['renderNode'];
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
 * virtualised view render only a slice. Its accessible name comes from its content
 * (the card's text, or a custom node's), so it always matches what is visible. The
 * expand knob is `aria-hidden` and not focusable: `aria-expanded` and the arrow keys
 * carry the state for assistive tech, the knob is there for the pointer.
 */
const TreeItem = memo(function TreeItem({ item, box, top, index, active, selected, match, onPath, pending, renderNode, labels, labelsProp, locale, view, baseId }: TreeItemProps) {
  const holders = index.holders(item.id);
  // Dotted lines are drawn, not read out (the connectors are aria-hidden): the node says them.
  const titles = (roles: readonly (Role | undefined)[]) => formatList(roles.flatMap((role) => (role ? [role.title] : [])), locale);
  const dottedTo = titles((item.role.dottedLineTo ?? []).map((id) => index.roleById.get(id)));
  const dottedFrom = titles(index.dottedReports(item.id));
  const description = [dottedTo && labels.dottedLineTo(dottedTo), dottedFrom && labels.dottedLineReports(dottedFrom)].filter(Boolean).join('. ');
  const descriptionId = `${baseId}-${item.index}-description`;
  // Reports not loaded yet: a closed node with reports, whose hidden count is the one sent.
  const lazy = pending !== null;
  const hasChildren = item.hasChildren || lazy;
  const hidden = lazy ? (item.role.reportCount ?? 0) : item.hiddenDescendantCount;
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
    reportCount: lazy ? hidden : item.childCount,
    descendantCount: item.descendantCount,
    hiddenDescendantCount: hidden,
    view,
    placement: box?.placement ?? null,
  };
  const content = renderNode ? renderNode(item.role, state) : <OrgChartNode role={item.role} state={state} labels={labelsProp} locale={locale} />;
  const positioned: CSSProperties | undefined = box
    ? { ...STRUCTURE.node, transform: `translate(${box.x}px, ${box.y}px)`, width: box.width, height: box.height }
    : ({ '--rk-org-chart-depth': item.depth, transform: top === null ? undefined : `translateY(${top}px)` } as CSSProperties);

  return (
    <div
      role="treeitem"
      data-role-id={item.id}
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
      {/* hidden: out of the name (which is the card's text), still read as the description. */}
      {description && (
        <span id={descriptionId} hidden>
          {description}
        </span>
      )}
      {box && hasChildren && (
        <span className="rk-org-chart-toggle" data-slot="org-chart-toggle" aria-hidden="true">
          {pending === 'loading' ? '\u2026' : item.expanded && !lazy ? '\u2212' : labels.hiddenCount(hidden, formatNumber(hidden, locale))}
        </span>
      )}
      {pending === 'error' && (
        <span className="rk-org-chart-load-error" data-slot="org-chart-load-error">
          {labels.loadError}
          {/* Pointer only: on the keyboard, ArrowRight on the node retries. */}
          <button type="button" tabIndex={-1} data-slot="org-chart-retry">
            {labels.retry}
          </button>
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

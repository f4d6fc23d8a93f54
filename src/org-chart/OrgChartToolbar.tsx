import { useRef, useState, type KeyboardEvent } from 'react';
import { VisibleAnnouncer } from '../internal/announcer';
import { isolate } from '../internal/format';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect';
import type { OrgChartLabels } from './labels';
import type { OrgChartView } from './OrgChartTreeItem';

export interface OrgChartToolbarProps {
  labels: OrgChartLabels;
  view: OrgChartView;
  onViewChange: (view: OrgChartView) => void;
  query: string;
  onQueryChange: (query: string) => void;
  /** Enter / Shift+Enter in the search box: the next / previous match. */
  onSearchKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** "3 matches", "No matches", or empty: announced politely. */
  status: string;
  /** The chart view can zoom; the list view cannot. */
  zoom: boolean;
  onZoom: (direction: 1 | -1) => void;
  onFit: () => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
}

/** data-slot suffix, visible text, accessible name when the text is a glyph, what it does. */
type Action = [slot: string, text: string, name: string | undefined, run: () => void];

/**
 * The view switch, search, zoom buttons and Expand all / Collapse all above the chart: an APG
 * toolbar. Its buttons are one Tab stop (the last one focused) and arrows move between them.
 * The search field is not in that arrow ring and keeps a Tab stop of its own: it needs the
 * arrow keys to edit its text, and were it the toolbar's one stop, Tab would leave it for the
 * tree and the buttons could never be reached from it again (APG: keep such a control out of
 * the arrow keys' way). The actions that do not fit on one row move, from the end, into a
 * "More" menu button (APG menu button).
 */
export function OrgChartToolbar(props: OrgChartToolbarProps) {
  const { labels, view, onViewChange, query, onQueryChange, onSearchKeyDown, status, zoom, onZoom, onFit, onExpandAll, onCollapseAll } = props;
  const ref = useRef<HTMLDivElement>(null);
  const moreRef = useRef<HTMLButtonElement>(null);
  const actions: Action[] = [
    ...(zoom
      ? ([
          ['zoom-out', '\u2212', labels.zoomOut, () => onZoom(-1)],
          ['zoom-in', '+', labels.zoomIn, () => onZoom(1)],
          ['fit', labels.fit, undefined, onFit],
        ] as Action[])
      : []),
    ['expand-all', labels.expandAll, undefined, onExpandAll],
    ['collapse-all', labels.collapseAll, undefined, onCollapseAll],
  ];
  const n = actions.length;
  // How many actions stay on the bar, and whether that is measured yet (the server shows them
  // all, with no More button). Each reset is a new array, so the check runs even when the count
  // does not change.
  const [fit, setFit] = useState<[number, boolean?]>([n, true]);
  const shown = Math.min(fit[0], n);
  // Kept while measuring, so that the button (and the focus on it) survives a re-measure.
  const hasMore = shown < n || !fit[1];
  // The roving Tab stop: the last button focused, the first one if that one is in the menu now.
  const [active, setActive] = useState(0);
  const stop = active < shown + 3 ? active : 0;
  // Closed (-1), or the item to focus as the menu opens.
  const [menu, setMenu] = useState(-1);
  const open = menu >= 0 && hasMore;

  // Measured, not guessed from breakpoints: labels, locale and fonts decide what fits. Any
  // change starts again from all actions, and the check drops them one by one before paint.
  // Not while the menu is open: its items would move under the focus.
  useIsomorphicLayoutEffect(() => {
    if (open) return;
    const bar = ref.current!;
    // Only when something may change: a bar that fits and has no More button stays as it is
    // (and hydrates without a state update).
    const reset = () => (bar.scrollWidth > bar.clientWidth || bar.querySelector('[aria-haspopup]')) && setFit([n]);
    reset();
    const observer = typeof ResizeObserver == 'function' ? new ResizeObserver(reset) : null;
    observer?.observe(bar);
    return () => observer?.disconnect();
  }, [n, status, labels, open]);
  useIsomorphicLayoutEffect(() => {
    const bar = ref.current!;
    // Zoom out without zoom in would read as a stray minus: the pair goes together.
    if (!fit[1]) setFit(shown && bar.scrollWidth > bar.clientWidth ? [shown - (zoom && shown == 2 ? 2 : 1)] : [shown, true]);
  }, [fit, shown, zoom]);
  useIsomorphicLayoutEffect(() => {
    ref.current!.querySelectorAll<HTMLElement>('[role=menuitem]')[menu]?.focus();
  }, [menu, open]);

  // The bar's buttons (the menu's items have a role, they do not), or the open menu's items.
  const items = (menuItems?: boolean) => [...ref.current!.querySelectorAll<HTMLElement>(menuItems ? '[role=menuitem]' : '.rk-org-chart-button:not([role])')];
  const button = (i: number, [slot, text, name, run]: Action, inMenu?: boolean) => (
    <button
      key={slot}
      type="button"
      className="rk-org-chart-button"
      data-slot={`org-chart-${slot}`}
      role={inMenu ? 'menuitem' : undefined}
      aria-label={name}
      title={name}
      tabIndex={i == stop ? 0 : -1}
      onClick={() => {
        setMenu(-1);
        if (inMenu) moreRef.current!.focus();
        run();
      }}
    >
      {inMenu ? name ?? text : text}
    </button>
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const { key } = event;
    const target = event.target as HTMLElement;
    const inMenu = target.role == 'menuitem';
    const list = items(inMenu);
    const i = list.indexOf(target);
    const rtl = getComputedStyle(target).direction == 'rtl';
    // Both wrap at either end, as APG's own examples do; a right-to-left bar runs leftwards.
    const next = key == 'Home' ? 0 : key == 'End' ? -1 : key == (inMenu ? 'ArrowDown' : rtl ? 'ArrowLeft' : 'ArrowRight') ? i + 1 : key == (inMenu ? 'ArrowUp' : rtl ? 'ArrowRight' : 'ArrowLeft') ? i - 1 : NaN;
    if (target == moreRef.current && (key == 'ArrowDown' || key == 'ArrowUp')) setMenu(key == 'ArrowUp' ? n - shown - 1 : 0);
    else if (inMenu && key == 'Escape') {
      setMenu(-1);
      moreRef.current!.focus();
    }
    else if (i < 0 || next !== next) return;
    else list[(next + list.length) % list.length]!.focus();
    event.preventDefault();
  };

  const zoomed = zoom ? Math.min(shown, 3) : 0;
  return (
    <div
      ref={ref}
      className="rk-org-chart-toolbar"
      data-slot="org-chart-toolbar"
      part="toolbar"
      role="toolbar"
      aria-label={labels.toolbar}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const i = items().indexOf(event.target);
        if (i >= 0) setActive(i);
      }}
    >
      <div className="rk-org-chart-switch" data-slot="org-chart-view-switch" role="group" aria-label={labels.view}>
        {(['chart', 'list'] as const).map((option, i) => (
          <button
            key={option}
            type="button"
            className="rk-org-chart-button"
            data-slot="org-chart-view-button"
            aria-pressed={view === option}
            tabIndex={i == stop ? 0 : -1}
            onClick={() => onViewChange(option)}
          >
            {option === 'chart' ? labels.chartView : labels.listView}
          </button>
        ))}
      </div>
      <div className="rk-org-chart-search" data-slot="org-chart-search" role="search">
        <input
          type="search"
          className="rk-org-chart-search-input" data-slot="org-chart-search-input"
          aria-label={labels.search}
          placeholder={isolate(labels.search)}
          value={query}
          onChange={(event) => onQueryChange(event.currentTarget.value)}
          onKeyDown={onSearchKeyDown}
        />
        <VisibleAnnouncer message={status} data-slot="org-chart-search-status" className="rk-org-chart-status" />
      </div>
      {zoomed > 0 && (
        <div className="rk-org-chart-zoom" data-slot="org-chart-zoom" role="group">
          {actions.slice(0, zoomed).map((action, i) => button(i + 2, action))}
        </div>
      )}
      {actions.slice(zoomed, shown).map((action, i) => button(i + 2 + zoomed, action))}
      {hasMore && (
        <div
          className="rk-org-chart-more"
          data-slot="org-chart-more"
          onBlur={(event) => {
            // Tab away, or a click anywhere else (it moves focus out of the menu).
            if (!event.currentTarget.contains(event.relatedTarget)) setMenu(-1);
          }}
        >
          <button
            ref={moreRef}
            type="button"
            className="rk-org-chart-button"
            data-slot="org-chart-more-button"
            aria-label={labels.more}
            title={labels.more}
            aria-haspopup="menu"
            aria-expanded={open}
            tabIndex={stop == shown + 2 ? 0 : -1}
            onClick={() => setMenu(open ? -1 : 0)}
          >
            {'\u22EF'}
          </button>
          {open && (
            <div className="rk-org-chart-menu" data-slot="org-chart-menu" role="menu" aria-label={labels.more}>
              {actions.slice(shown).map((action) => button(-1, action, true))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}

import type { KeyboardEvent } from 'react';
import { isolate } from '../internal/format';
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

/** The view switch, search, zoom buttons and Expand all / Collapse all above the chart. */
export function OrgChartToolbar(props: OrgChartToolbarProps) {
  const { labels, view, onViewChange, query, onQueryChange, onSearchKeyDown, status, zoom, onZoom, onFit, onExpandAll, onCollapseAll } = props;
  return (
    <div className="rk-org-chart-toolbar" data-slot="org-chart-toolbar">
      <div className="rk-org-chart-switch" data-slot="org-chart-view-switch" role="group" aria-label={labels.view}>
        {(['chart', 'list'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="rk-org-chart-button"
            data-slot="org-chart-view-button"
            aria-pressed={view === option}
            onClick={() => onViewChange(option)}
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
          onChange={(event) => onQueryChange(event.currentTarget.value)}
          onKeyDown={onSearchKeyDown}
        />
        <span className="rk-org-chart-status" data-slot="org-chart-search-status" role="status">
          {status}
        </span>
      </div>
      {zoom && (
        <div className="rk-org-chart-zoom" data-slot="org-chart-zoom" role="group">
          <button type="button" className="rk-org-chart-button" data-slot="org-chart-zoom-out" aria-label={labels.zoomOut} title={labels.zoomOut} onClick={() => onZoom(-1)}>
            {'\u2212'}
          </button>
          <button type="button" className="rk-org-chart-button" data-slot="org-chart-zoom-in" aria-label={labels.zoomIn} title={labels.zoomIn} onClick={() => onZoom(1)}>
            +
          </button>
          <button type="button" className="rk-org-chart-button" data-slot="org-chart-fit" onClick={onFit}>
            {labels.fit}
          </button>
        </div>
      )}
      <button type="button" className="rk-org-chart-button" data-slot="org-chart-expand-all" onClick={onExpandAll}>
        {labels.expandAll}
      </button>
      <button type="button" className="rk-org-chart-button" data-slot="org-chart-collapse-all" onClick={onCollapseAll}>
        {labels.collapseAll}
      </button>
    </div>
  );
}

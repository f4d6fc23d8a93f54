import { useRef, type FocusEvent, type KeyboardEvent, type MouseEvent, type RefObject } from 'react';
import type { OrgIndex } from '../model/orgModel';
import type { OrgOutline } from '../model/outline';
import type { OrgChartState } from './useOrgChartState';
import type { useFocusAnchor } from './useFocusAnchor';
import type { OrgChartActions } from './useOrgChartActions';
import { useTreeKeyboard } from './useTreeKeyboard';
import { LIST_ROW } from './OrgChartBody';
import { ZOOM_STEP } from './constants';

export interface UseTreeEventsParams {
  outline: OrgOutline;
  index: OrgIndex;
  direction: 'ltr' | 'rtl';
  /** The chart view is showing (zoom keys apply); false in the list. */
  zoomable: boolean;
  state: OrgChartState;
  focus: ReturnType<typeof useFocusAnchor>;
  actions: OrgChartActions;
  unloaded: (id: string) => boolean;
  treeRef: RefObject<HTMLDivElement | null>;
  viewportRef: RefObject<HTMLDivElement | null>;
}

/**
 * The tree's own listeners, delegated: one keydown, click and focus handler on the tree
 * for every node, so a node costs no closures. Keys are the APG tree view's, plus + / − / 0
 * to zoom the chart.
 */
export function useTreeEvents({ outline, index, direction, zoomable, state, focus, actions, unloaded, treeRef, viewportRef }: UseTreeEventsParams) {
  const onTreeKeyDown = useTreeKeyboard({
    items: outline.items,
    indexOf: outline.indexOf,
    direction,
    onMove: actions.moveTo,
    onExpand: actions.expand,
    onCollapse: actions.collapse,
    onExpandSiblings: actions.expandSiblings,
    onSelect: state.select,
    getSearchText: (item) => [item.role.title, ...index.holders(item.id).map((p) => p.name)],
    hasUnloaded: unloaded,
    // A screenful of list rows, in either view: the same key moves as far in both.
    pageSize: () => Math.floor((viewportRef.current?.clientHeight ?? 0) / LIST_ROW) - 1,
  });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (zoomable && !event.altKey && !event.ctrlKey && !event.metaKey) {
      const action = event.key === '+' || event.key === '=' ? 1 : event.key === '-' ? -1 : event.key === '0' ? 0 : null;
      if (action !== null) {
        event.preventDefault();
        if (action === 0) actions.fit();
        else actions.zoomBy(action > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
        return;
      }
    }
    onTreeKeyDown(event);
  };

  /** Told by the chart while a pointer is down: focus from a click needs no scrolling into view. */
  const pointerFocus = useRef(false);
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const target = event.target as Element;
    const item = target.closest('[role="treeitem"]');
    const id = item?.getAttribute('data-role-id');
    if (!item || id == null || !treeRef.current?.contains(item)) return;
    state.setActiveId(id);
    if (target.closest('[data-slot="org-chart-toggle"]')) {
      const node = outline.items[outline.indexOf(id)];
      if (node?.expanded) actions.collapse(id);
      else if (node?.hasChildren || unloaded(id)) actions.expand(id);
      return;
    }
    if (target.closest('[data-slot="org-chart-retry"]')) return actions.expand(id);
    state.select(id);
  };
  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const id = (event.target as Element).getAttribute('data-role-id');
    if (id === null) return;
    if (id !== state.activeId) state.setActiveId(id);
    // Tabbing in to a node panned out of sight brings it back; a click is on screen already.
    if (!pointerFocus.current) focus.bringIntoView(id);
  };
  return { handlers: { onKeyDown, onClick, onFocus }, onPointerFocus: (pointer: boolean) => void (pointerFocus.current = pointer) };
}

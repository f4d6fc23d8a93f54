import type { Ref, RefObject } from 'react';
import { flushSync } from 'react-dom';
import type { Org } from '../model/schema';
import type { OrgModel } from '../model/orgModel';
import type { LayoutOptions, OrgLayout } from '../model/layout';
import type { OrgChartLabels } from './labels';
import type { OrgChartState } from './useOrgChartState';
import type { ChartViewport } from './useViewport';
import type { useFocusAnchor } from './useFocusAnchor';
import type { LazyChildrenState } from './useLazyChildren';
import { useOrgChartHandle, type OrgChartHandle } from './useOrgChartHandle';
import { usePaper } from './usePaper';
import { fitTransform, zoomAround } from './viewport';
import { PAD } from './constants';

export interface UseOrgChartActionsParams {
  model: OrgModel;
  /** The org as drawn: with lazily loaded reports merged in. */
  org: Org;
  /** null in the list view. */
  layout: OrgLayout | null;
  layoutOptions: LayoutOptions;
  /** Shows a role's team (`null`: the whole org); false for an unknown role. */
  focusTeam: (roleId: string | null) => boolean;
  state: OrgChartState;
  focus: ReturnType<typeof useFocusAnchor>;
  vp: ChartViewport;
  lazy: LazyChildrenState;
  /** The role has reports on the server that are not loaded yet. */
  unloaded: (id: string) => boolean;
  limits: { min: number; max: number };
  activeId: string | null;
  handleRef: Ref<OrgChartHandle> | undefined;
  labels: Partial<OrgChartLabels> | undefined;
  locale: string | undefined;
  /** The chart's root: printing puts its pages there. */
  rootRef: RefObject<HTMLElement | null>;
}

/**
 * What the keys, the pointer, the toolbar and the handle do, in one place: each action
 * says where focus and the view go (held in place, centred, fitted) as well as what
 * changes in the state, so every way in behaves the same.
 */
export function useOrgChartActions(params: UseOrgChartActionsParams) {
  const { model, layout, state, focus, vp, lazy, unloaded, limits, activeId, handleRef } = params;
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
  const expandSiblings = (id: string) => {
    focus.holdInPlace(id);
    state.expandSiblings(id);
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
  const collapseAll = () => {
    focus.keepFocus();
    state.collapseAll();
  };
  /** Expands the role's managers, makes it the tab stop and centres it once it is laid out. */
  const goTo = (id: string, moveFocus: boolean) => {
    state.reveal(id);
    state.setActiveId(id);
    if (layout) focus.requestCentre(id, moveFocus);
    else if (moveFocus) focus.requestFocus();
  };

  // Paper's chunk (fetched after mount) prints and exports the whole chart in its current expansion, in either view.
  const paper = usePaper(params);
  useOrgChartHandle(handleRef, {
    expandAll,
    collapseAll,
    expand,
    collapse,
    async focusNode(id) {
      if (!model.index.roleById.has(id)) return false;
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
    focusTeam: params.focusTeam,
    async centerOn(id, options) {
      if (!model.index.roleById.has(id)) return false;
      flushSync(() => goTo(id, options?.focus === true));
      await focus.settle();
      return true;
    },
    zoomTo: (scale) => zoomBy(scale / vp.goal().k),
    getTransform: () => ({ ...vp.get() }),
    toSVG: () => paper().then((c) => c.toSVG()),
    toPNG: () => paper().then((c) => c.toPNG()),
    print: (options) => paper().then((c) => c.print(options)),
    toPDF: (options) => paper().then((c) => c.toPDF(options)),
  });

  return { moveTo, expand, collapse, expandSiblings, zoomBy, fit, expandAll, collapseAll, goTo };
}

export type OrgChartActions = ReturnType<typeof useOrgChartActions>;

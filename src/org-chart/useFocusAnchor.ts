import { useRef, type RefObject } from 'react';
import type { OrgLayout } from '../model/layout';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect';
import type { Direction } from '../internal/useDirection';
import { activeElementOf } from '../internal/activeElement';
import { centreOn, panIntoView, type Transform } from './viewport';
import type { ChartViewport } from './useViewport';

export interface UseFocusAnchorParams {
  /** null in the list view. */
  layout: OrgLayout | null;
  vp: ChartViewport;
  activeId: string | null;
  treeRef: RefObject<HTMLElement | null>;
  direction: Direction;
  /** Room kept around the chart and around a node brought into view. */
  pad: number;
  /** The first view once the viewport is measured (`initialView`); null until it can be placed. */
  start: { at(width: number, height: number): Transform | null };
}

/** Treeitems are direct children of the tree (flat), so this never walks the whole document. */
export function findTreeItem(tree: HTMLElement | null, id: string): HTMLElement | null {
  if (!tree) return null;
  for (const child of tree.children) {
    if (child.getAttribute('data-role-id') === id) return child as HTMLElement;
  }
  return null;
}

/**
 * What the user is looking at stays put through every change, and focus follows the
 * keyboard:
 * - a new layout (expand, collapse, direction) keeps the node the change started from
 *   where it was on screen, else the focused one — untouched nodes may all shift in
 *   layout coordinates (the tree re-centres), so this is a pan by that node's shift;
 * - the first layout opens on `initialView` (readable, with the tab stop in view);
 * - a requested focus or centring happens once the node is laid out and rendered.
 */
export function useFocusAnchor({ layout, vp, activeId, treeRef, direction, pad, start }: UseFocusAnchorParams) {
  const anchor = useRef<string | null>(null);
  const focusPending = useRef(false);
  const centrePending = useRef<{ id: string; focus: boolean } | null>(null);

  /** Pans (no zoom) so a node is inside the view, clear of its edges. */
  const bringIntoView = (id: string) => {
    const node = layout?.node(id);
    const { width, height } = vp.size();
    if (node && width && height) vp.set(panIntoView(vp.get(), node, width, height, pad), true);
  };
  /** The last centring's animation: what a handle call waits for. */
  const settled = useRef<Promise<void>>(Promise.resolve());
  const centre = (id: string) => {
    const node = layout?.node(id);
    const { width, height } = vp.measure();
    if (node && width && height) settled.current = vp.animateTo(centreOn(node.x + node.width / 2, node.y + node.height / 2, width, height, vp.get().k));
  };

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
    // Per new layout only: a change of the active node alone must not run this (it would drop
    // an anchor set for the layout change still to come); activeId and vp are read as they are then.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- runs per layout, reads the rest (see above)
  }, [layout]);

  // Remembers the direction it centred for: with dir="auto" the first layout is
  // left-to-right until the page's direction is read, and a mirrored chart must be
  // centred again rather than held where the left-to-right one put the node.
  const centred = useRef<Direction | false>(false);
  useIsomorphicLayoutEffect(() => {
    if (!layout) {
      centred.current = false;
      return;
    }
    if (centred.current === direction || activeId === null) return;
    const { width, height } = vp.measure();
    const t = width && height ? start.at(width, height) : null;
    if (!t) return;
    centred.current = direction;
    vp.set(t, true);
  });

  // A requested centring or focus, once its node is laid out and rendered: after the
  // render that reveals it, or at once when nothing had to change (see `settle`).
  const runPending = () => {
    const pending = centrePending.current;
    if (pending && layout?.node(pending.id)) {
      centrePending.current = null;
      centre(pending.id);
      if (pending.focus) focusPending.current = true;
    }
    if (!focusPending.current || activeId === null) return;
    focusPending.current = false;
    const element = findTreeItem(treeRef.current, activeId);
    if (!element) return;
    element.focus({ preventScroll: true });
    if (layout) {
      if (!pending) bringIntoView(activeId);
    } else {
      // scroll-margin on the row keeps it clear of the viewport's edge.
      element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
    }
  };
  useIsomorphicLayoutEffect(runPending);

  return {
    /** Keep the node a change starts from where it is on screen: the user is looking at it. */
    holdInPlace: (id: string) => {
      anchor.current = id;
    },
    /** A change that may hide the focused node: hand focus to the node that takes its place. */
    keepFocus: () => {
      const tree = treeRef.current;
      if (tree?.contains(activeElementOf(tree))) focusPending.current = true;
    },
    /** Move focus to the tab stop once it is rendered. */
    requestFocus: () => {
      focusPending.current = true;
    },
    /** Centre a node once it is laid out (it may be hidden until the next render); then focus it if asked. */
    requestCentre: (id: string, focus: boolean) => {
      centrePending.current = { id, focus };
    },
    bringIntoView,
    /**
     * After a request made outside React (a handle call, rendered with flushSync): runs it now
     * if that render had nothing to change — the node was already visible and the tab stop —
     * so it cannot fire on some later render and steal the view. Resolves when the view settles.
     */
    settle: (): Promise<void> => {
      runPending();
      return settled.current;
    },
  };
}

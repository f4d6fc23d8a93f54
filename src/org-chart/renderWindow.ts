/**
 * Which nodes of a laid-out chart are in the DOM. Pure: the component memoises it.
 */
import type { OrgLayout } from '../model/layout';
import type { Rect } from './viewport';

export interface RenderWindowInput {
  /** Only a window of the chart is rendered (a big chart); otherwise every node is. */
  virtual: boolean;
  /** Zoomed far out or too many boxes in view: the canvas draws marks, the DOM holds none. */
  marks: boolean;
  /** The rendered window in chart coordinates: before measuring, the first view's at the assumed size. */
  rect: Rect | null;
  /** The node holding the tab stop, or -1. */
  activeIndex: number;
  /** A window holding more boxes than this is drawn as marks. */
  maxNodes: number;
}

/**
 * Indexes into `layout.nodes`, ascending: all of a small chart, else the nodes meeting
 * the window (before measuring, the first view's at an assumed size — the same on the
 * server, so hydration matches). The tab stop is always in the
 * DOM, wherever it is: focus never lands on nothing.
 */
export function renderWindow(layout: OrgLayout, input: RenderWindowInput): number[] {
  const { virtual, marks, activeIndex } = input;
  if (!virtual) return layout.nodes.map((_, i) => i);
  let ids: number[] = [];
  if (!marks) {
    const rect = input.rect;
    if (rect) ids = layout.query(rect);
    if (ids.length > input.maxNodes) ids = [];
  }
  if (activeIndex >= 0 && !ids.includes(activeIndex)) ids = [...ids, activeIndex].sort((a, b) => a - b);
  return ids;
}

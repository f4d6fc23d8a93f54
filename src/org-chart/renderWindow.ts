/**
 * Which nodes of a laid-out chart are in the DOM. Pure: the component memoises it.
 */
import type { OrgLayout } from '../model/layout';
import { centreOn, visibleRect, type Rect } from './viewport';

export interface RenderWindowInput {
  /** Only a window of the chart is rendered (a big chart); otherwise every node is. */
  virtual: boolean;
  /** Zoomed far out or too many boxes in view: the canvas draws marks, the DOM holds none. */
  marks: boolean;
  /** The rendered window in chart coordinates, once the viewport is measured. */
  rect: Rect | null;
  /** The node holding the tab stop, or -1. */
  activeIndex: number;
  /** Before measuring (the server, the first client render): the viewport to assume around the tab stop. */
  assumed: { width: number; height: number };
  /** Room kept above a node brought into view. */
  pad: number;
  /** A window holding more boxes than this is drawn as marks. */
  maxNodes: number;
}

/**
 * Indexes into `layout.nodes`, ascending: all of a small chart, else the nodes meeting
 * the window (before measuring, the window an assumed viewport would show around the tab
 * stop — the same on the server, so hydration matches). The tab stop is always in the
 * DOM, wherever it is: focus never lands on nothing.
 */
export function renderWindow(layout: OrgLayout, input: RenderWindowInput): number[] {
  const { virtual, marks, activeIndex } = input;
  if (!virtual) return layout.nodes.map((_, i) => i);
  let ids: number[] = [];
  if (!marks) {
    let rect = input.rect;
    if (!rect && activeIndex >= 0) {
      const node = layout.nodes[activeIndex]!;
      const { width, height } = input.assumed;
      rect = visibleRect(centreOn(node.x + node.width / 2, node.y + height / 2 - input.pad, width, height, 1), width, height, 0);
    }
    if (rect) ids = layout.query(rect);
    if (ids.length > input.maxNodes) ids = [];
  }
  if (activeIndex >= 0 && !ids.includes(activeIndex)) ids = [...ids, activeIndex].sort((a, b) => a - b);
  return ids;
}

import { useEffect, useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect';

/** Which ends of the row of phases have phases hidden past them, in reading order. */
export interface RailOverflow {
  readonly start: boolean;
  readonly end: boolean;
}

const NONE: RailOverflow = { start: false, end: false };

/** Sub-pixel widths and zoom leave a scroll range of a pixel or so that hides nothing. */
const SLACK = 1;

/** Pure, for tests: the overflow of a box from its scroll metrics. */
export function railOverflow(scrollWidth: number, clientWidth: number, scrollLeft: number): RailOverflow {
  const range = scrollWidth - clientWidth;
  if (range <= SLACK) return NONE;
  // Right to left, scrollLeft runs from 0 at the start down to -range: its size is the distance from the start.
  const travelled = Math.abs(scrollLeft);
  return { start: travelled > SLACK, end: travelled < range - SLACK };
}

/**
 * A row of many phases scrolls sideways rather than squeezing them. This says at
 * which ends it hides phases, so the stylesheet can fade that edge (a bare
 * scrollbar is invisible on touch screens and macOS until one scrolls), and keeps
 * the current phase in sight whenever it changes. Measured in effects only: the
 * server and the first render show no fade.
 */
export function usePhaseRail(listRef: RefObject<HTMLElement | null>, enabled: boolean, activeIndex: number, phaseCount: number): RailOverflow {
  const [overflow, setOverflow] = useState<RailOverflow>(NONE);

  useIsomorphicLayoutEffect(() => {
    const list = listRef.current;
    if (!enabled || !list) {
      setOverflow(NONE);
      return;
    }
    const measure = () => {
      const next = railOverflow(list.scrollWidth, list.clientWidth, list.scrollLeft);
      setOverflow((previous) => (previous.start === next.start && previous.end === next.end ? previous : next));
    };
    measure();
    list.addEventListener('scroll', measure, { passive: true });
    // The row's own box and each phase: a phase's text can grow without the row changing size.
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(list);
    for (const item of Array.from(list.children)) observer?.observe(item);
    return () => {
      list.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [listRef, enabled, phaseCount]);

  // Only the row scrolls, never the page (no scrollIntoView), so a stepper below the fold
  // stays where it is. The row's scroll-padding keeps the phase clear of the faded edges.
  useEffect(() => {
    const list = listRef.current;
    const item = list?.children[activeIndex];
    if (!enabled || !list || !item || list.scrollWidth - list.clientWidth <= SLACK) return;
    const style = getComputedStyle(list);
    const box = list.getBoundingClientRect();
    const at = item.getBoundingClientRect();
    const left = box.left + list.clientLeft + (parseFloat(style.scrollPaddingLeft) || 0);
    const right = box.left + list.clientLeft + list.clientWidth - (parseFloat(style.scrollPaddingRight) || 0);
    // Centred once it has to move: the phases on either side are where the person goes next.
    if (at.left < left || at.right > right) list.scrollBy({ left: (at.left + at.right) / 2 - (left + right) / 2 });
  }, [listRef, enabled, activeIndex]);

  return overflow;
}

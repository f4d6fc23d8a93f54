import { useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect';

export type WorkflowStepperOrientation = 'horizontal' | 'vertical';

/** Narrower than this per phase, a row of phases turns into a column of cramped titles. */
export const MIN_PHASE_WIDTH = 112;

/** The rule `orientation="auto"` applies to a measured width, kept pure for tests. */
export function orientationForWidth(width: number, breakpoint: number, phaseCount: number): WorkflowStepperOrientation {
  return width >= breakpoint && width / Math.max(phaseCount, 1) >= MIN_PHASE_WIDTH ? 'horizontal' : 'vertical';
}

/**
 * Resolves `orientation="auto"` from the element's own width (the space its
 * container gives it), not the viewport's: the same stepper may sit in a wide page
 * and in a narrow side panel. The server and the first client render use
 * `vertical`, which works at any width; a layout effect corrects it before paint.
 */
export function useAutoOrientation(
  ref: RefObject<HTMLElement | null>,
  orientation: WorkflowStepperOrientation | 'auto',
  breakpoint: number,
  phaseCount: number,
): WorkflowStepperOrientation {
  const [measured, setMeasured] = useState<WorkflowStepperOrientation>('vertical');

  useIsomorphicLayoutEffect(() => {
    if (orientation !== 'auto') return;
    const element = ref.current;
    if (!element) return;
    const decide = (width: number) => setMeasured(orientationForWidth(width, breakpoint, phaseCount));
    decide(element.getBoundingClientRect().width);
    if (typeof ResizeObserver === 'undefined') return;
    // Switching orientation changes the height only, so this cannot oscillate.
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) decide(entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, orientation, breakpoint, phaseCount]);

  return orientation === 'auto' ? measured : orientation;
}

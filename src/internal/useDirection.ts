import { useState, type RefObject } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

export type Direction = 'ltr' | 'rtl';

/**
 * A component's direction: the `dir` prop when it says, else the page's, read after
 * mounting — the server cannot know it, so SSR assumes left-to-right, and a host that
 * renders right-to-left on the server passes `dir` to avoid the jump.
 */
export function useDirection(ref: RefObject<HTMLElement | null>, dir: Direction | 'auto' | undefined): Direction {
  const [detected, setDetected] = useState<Direction>('ltr');
  useIsomorphicLayoutEffect(() => {
    if (dir === 'ltr' || dir === 'rtl' || !ref.current) return;
    setDetected(getComputedStyle(ref.current).direction === 'rtl' ? 'rtl' : 'ltr');
  }, [dir, ref]);
  return dir === 'ltr' || dir === 'rtl' ? dir : detected;
}

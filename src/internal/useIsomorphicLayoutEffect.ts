import { useEffect, useLayoutEffect } from 'react';

/**
 * `useLayoutEffect` in the browser (runs before paint: measure, scroll, focus
 * without a visible jump), `useEffect` on the server, where React 18 warns about
 * layout effects and neither runs anyway.
 */
export const useIsomorphicLayoutEffect = typeof window !== 'undefined' ? useLayoutEffect : useEffect;

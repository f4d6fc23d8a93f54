import { useCallback, type Ref } from 'react';

/** Sets a ref, whichever kind it is: callback or object. */
export function setRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

/**
 * One callback ref that fills several: the component's own ref and the one a host
 * forwarded. Stable while the refs are, so React does not detach and reattach it.
 */
export function useComposedRefs<T>(...refs: Array<Ref<T> | undefined>): (value: T | null) => void {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the refs are the dependency list (spread, so the rule cannot see it)
  return useCallback((value: T | null) => refs.forEach((ref) => setRef(ref, value)), refs);
}

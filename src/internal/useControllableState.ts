import { useCallback, useEffect, useRef, useState } from 'react';

export interface UseControllableStateParams<T> {
  /** The controlled value; `undefined` means uncontrolled. */
  prop?: T | undefined;
  /** The starting value when uncontrolled. */
  defaultProp: T;
  /** Called with every new value, controlled or not. */
  onChange?: ((value: T) => void) | undefined;
  /** Names the component and prop in the dev warning, e.g. `ResponsibilityChecklist checkedIds`. */
  name?: string;
}

const isDev = typeof process !== 'undefined' && process.env?.NODE_ENV !== 'production';

/**
 * One piece of state a user may own (checked ids, open groups, expanded nodes,
 * the active phase): controlled when `prop` is given, uncontrolled otherwise, the
 * same way in every rolekit component. Like React's inputs, switching between the
 * two after mount is a bug in the host, so it warns in development.
 */
export function useControllableState<T>({ prop, defaultProp, onChange, name }: UseControllableStateParams<T>) {
  const [uncontrolled, setUncontrolled] = useState<T>(defaultProp);
  const isControlled = prop !== undefined;
  const value = isControlled ? prop : uncontrolled;

  const wasControlled = useRef(isControlled);
  useEffect(() => {
    if (isDev && wasControlled.current !== isControlled) {
      const from = wasControlled.current ? 'controlled' : 'uncontrolled';
      const to = isControlled ? 'controlled' : 'uncontrolled';
      console.warn(`rolekit: ${name ?? 'A component'} is changing from ${from} to ${to}. Decide between a controlled and an uncontrolled value for the lifetime of the component.`);
    }
    wasControlled.current = isControlled;
  }, [isControlled, name]);

  // Read the latest value and callback through refs so `setValue` keeps one
  // identity and updater functions see the current value even when controlled.
  const valueRef = useRef(value);
  valueRef.current = value;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const controlledRef = useRef(isControlled);
  controlledRef.current = isControlled;

  const setValue = useCallback((next: T | ((previous: T) => T)) => {
    const resolved = typeof next === 'function' ? (next as (previous: T) => T)(valueRef.current) : next;
    if (Object.is(resolved, valueRef.current)) return;
    valueRef.current = resolved;
    if (!controlledRef.current) setUncontrolled(resolved);
    onChangeRef.current?.(resolved);
  }, []);

  return [value, setValue] as const;
}

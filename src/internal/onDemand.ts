import { useEffect, useReducer, useState } from 'react';

/**
 * Code a page needs only after a user action (export, the minimap, marks of a zoomed-out
 * chart, merging lazily loaded reports) is split into a chunk of its own and loaded the
 * first time it is wanted: the first render of a chart never waits for it.
 */
export interface OnDemand<M> {
  /** The module once loaded, else null. */
  readonly current: M | null;
  /** Loads it once; every call shares one request. */
  load(): Promise<M>;
}

export function onDemand<M>(importer: () => Promise<M>): OnDemand<M> {
  let promise: Promise<M> | null = null;
  const feature = {
    current: null as M | null,
    load: () =>
      (promise ??= importer().then(
        (module) => (feature.current = module),
        (error: unknown) => {
          // A failed chunk (offline, a deploy in between) may be asked for again.
          promise = null;
          throw error;
        },
      )),
  };
  return feature;
}

/**
 * The module while `wanted`, loading it when first wanted. Never during the server render
 * or hydration (it arrives from an effect), so the server's markup and the first client
 * render agree even when another chart on the page loaded it already.
 */
export function useOnDemand<M>(feature: OnDemand<M>, wanted: boolean): M | null {
  const [mounted, setMounted] = useState(false);
  const [, arrived] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!wanted) return;
    setMounted(true);
    if (feature.current) return;
    let live = true;
    feature.load().then(
      () => live && arrived(),
      () => undefined, // the feature stays off; the chart itself keeps working
    );
    return () => {
      live = false;
    };
  }, [feature, wanted]);
  return wanted && mounted ? feature.current : null;
}

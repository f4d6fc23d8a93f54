import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Org, Person, Role } from '../model/schema';
import type { OrgIssue } from '../model/issues';
import { onDemand } from '../internal/onDemand';

/** Fetches the reports of one role: the roles themselves, or an `Org` fragment with their people. */
export type LoadChildren = (roleId: string) => Promise<Role[] | Org>;

export type LazyChildrenStatus = 'idle' | 'loading' | 'error' | 'loaded';

export interface LazyChildrenState {
  /** The base org merged with everything loaded; the same object until something loads. */
  org: Org;
  status(roleId: string): LazyChildrenStatus;
  /** What the last failed load of the role rejected or threw with. */
  error(roleId: string): unknown;
  /** `role.reportCount > 0`, not loaded yet and no reports present in `org`. */
  hasUnloadedChildren(roleId: string): boolean;
  /** Loads once: a call while loading returns the same promise, after success does nothing, after an error retries. Never rejects. */
  load(roleId: string): Promise<void>;
  /** Loaded roles and people dropped because their id was already taken (the first one wins). */
  issues: readonly OrgIssue[];
}

interface Entry {
  status: LazyChildrenStatus;
  error?: unknown;
  promise?: Promise<void>;
}

const mergeFeature = onDemand(() => import('./mergeLoaded'));

export interface Loaded {
  /** The statuses this belongs to: a new map per org, so A → B → A does not bring back A's old loads. */
  map: Map<string, Entry>;
  roles: Role[];
  people: Person[];
  issues: OrgIssue[];
}

/**
 * Loads the reports of roles sent without them (`role.reportCount`) on demand and
 * merges them into the org. Per-role status lives in a ref (read through the
 * functions) plus a version counter that re-renders; the merged org is memoised, so a
 * layout keyed by org identity is recomputed only when something was loaded.
 */
export function useLazyChildren(org: Org, loadChildren?: LoadChildren): LazyChildrenState {
  const entries = useRef(new Map<string, Entry>());
  const [loaded, setLoaded] = useState<Loaded>(() => ({ map: entries.current, roles: [], people: [], issues: [] }));
  // Statuses live in a ref (the functions read it); this counter re-renders on each change.
  const [version, setVersion] = useState(0);
  const baseRef = useRef(org);
  const mounted = useRef(true);
  const loaderRef = useRef(loadChildren);
  loaderRef.current = loadChildren;

  // A new org is a new chart: forget what was loaded for the old one (during render, so nothing stale shows).
  if (baseRef.current !== org) {
    baseRef.current = org;
    entries.current = new Map();
  }
  const current = loaded.map === entries.current ? loaded : null;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  // A chart that loads lazily will merge soon: fetch the merge code after the first paint.
  const lazy = loadChildren !== undefined;
  useEffect(() => {
    if (lazy) mergeFeature.load().catch(() => undefined);
  }, [lazy]);

  const merged = useMemo<Org>(() => {
    if (!current || (current.roles.length === 0 && current.people.length === 0)) return org;
    return { ...org, roles: [...org.roles, ...current.roles], people: [...(org.people ?? []), ...current.people] };
  }, [org, current]);

  const load = useCallback(
    (roleId: string): Promise<void> => {
      const map = entries.current;
      const entry = map.get(roleId);
      if (entry?.status === 'loading') return entry.promise!;
      if (entry?.status === 'loaded' || !loaderRef.current) return Promise.resolve();
      const base = baseRef.current;
      const set = (next: Entry) => {
        if (entries.current !== map) return; // the org changed meanwhile: drop the result
        map.set(roleId, next);
        if (mounted.current) setVersion((v) => v + 1);
      };
      const loader = loaderRef.current;
      // The merge is a chunk of its own, fetched alongside the first load.
      const promise = Promise.all([new Promise<Role[] | Org>((resolve) => resolve(loader(roleId))), mergeFeature.load()])
        .then(([result, { mergeLoaded, isOrg }]) => {
          if (!Array.isArray(result) && !isOrg(result)) throw new TypeError(`loadChildren(${roleId}): expected Role[] or Org`);
          if (entries.current !== map) return;
          if (mounted.current) {
            setLoaded((prev) => mergeLoaded(prev.map === map ? prev : { map, roles: [], people: [], issues: [] }, base, roleId, result));
          }
          set({ status: 'loaded' });
        })
        // After the `then`: a malformed result thrown above is an error too.
        .catch((error: unknown) => set({ status: 'error', error }));
      map.set(roleId, { status: 'loading', promise });
      if (mounted.current) setVersion((v) => v + 1);
      return promise;
    },
    [],
  );

  return useMemo<LazyChildrenState>(() => {
    // Built on first use: a chart asks per visible node, a scan per call would be O(n²).
    let roles: Map<string, Role> | undefined;
    let managers: Set<unknown> | undefined;
    return {
      org: merged,
      status: (id) => entries.current.get(id)?.status ?? 'idle',
      error: (id) => entries.current.get(id)?.error,
      hasUnloadedChildren: (id) => {
        roles ??= new Map(merged.roles.map((r) => [r.id, r]));
        managers ??= new Set(merged.roles.map((r) => r.reportsTo));
        return !!roles.get(id)?.reportCount && entries.current.get(id)?.status !== 'loaded' && !managers.has(id);
      },
      load,
      issues: current?.issues ?? [],
    };
    // `version`: a new object per status change, so consumers re-render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [merged, current, load, version]);
}

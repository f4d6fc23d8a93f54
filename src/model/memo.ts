/**
 * Memo helpers for the model: everything derived from an org is cached per org object
 * (WeakMaps, so an org that goes away takes its caches with it). Like every memo in
 * rolekit they assume an org is not mutated after it is made.
 */

/** `compute(key)` once per key object; a key that is not an object (bad input) is computed each time. */
export function memoByObject<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<object, V>();
  return (key) => {
    if (typeof key !== 'object' || key === null) return compute(key);
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

/** A small per-org LRU: a few expansion states (undo, two charts) stay warm. */
export function createOrgCache<T>(limit: number) {
  const byOrg = new WeakMap<object, Map<string, T>>();
  return {
    get(org: object, key: string): T | undefined {
      const map = byOrg.get(org);
      const value = map?.get(key);
      if (map && value !== undefined) {
        // Refresh recency: Map iterates in insertion order.
        map.delete(key);
        map.set(key, value);
      }
      return value;
    },
    set(org: object, key: string, value: T) {
      let map = byOrg.get(org);
      if (!map) byOrg.set(org, (map = new Map()));
      map.set(key, value);
      if (map.size > limit) map.delete(map.keys().next().value as string);
    },
  };
}

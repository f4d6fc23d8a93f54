import { useEffect, useMemo, useRef } from 'react';
import type { OrgModel } from '../model/orgModel';
import { pathsToRoots, searchOrg } from '../model/search';

/**
 * The roles a query finds, the managers above them (drawn as the path to each match),
 * and a cursor through them for Enter / Shift+Enter in the search box. A new query
 * starts the cursor again from the first match.
 */
export function useOrgChartSearch(model: OrgModel, query: string) {
  const matches = useMemo(() => searchOrg(model, query), [model, query]);
  const highlight = useMemo(() => (matches.length ? { matches: new Set(matches), path: pathsToRoots(model, matches) } : null), [model, matches]);
  const cursor = useRef(-1);
  useEffect(() => {
    cursor.current = -1;
  }, [matches]);
  /** The next match (the previous one going back), wrapping around; null when nothing matches. */
  const step = (back: boolean): string | null => {
    const n = matches.length;
    if (n === 0) return null;
    cursor.current = (cursor.current + (back ? n - 1 : 1) + (cursor.current < 0 && back ? 1 : 0)) % n;
    return matches[cursor.current]!;
  };
  return { matches, highlight, step };
}

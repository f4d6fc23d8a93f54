import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useControllableState } from '../internal/useControllableState';
import { readChecked, toggleLeaves, writeChecked, type CheckedSet } from '../model/checkedTree';
import type { DutyTree } from '../model/duties';
import { filterTree, makeMatcher, type FilterResult } from './checklistModel';

export interface UseChecklistStateParams {
  tree: DutyTree;
  checkedIds?: readonly string[] | undefined;
  defaultCheckedIds?: readonly string[] | undefined;
  onCheckedChange?: ((ids: string[]) => void) | undefined;
  openGroupIds?: readonly string[] | undefined;
  defaultOpenGroupIds?: readonly string[] | undefined;
  onOpenGroupsChange?: ((ids: string[]) => void) | undefined;
  query?: string | undefined;
  defaultQuery?: string | undefined;
  onQueryChange?: ((query: string) => void) | undefined;
}

export interface ChecklistState {
  checked: CheckedSet;
  /** Ticks every given leaf, or clears them when all are ticked already. */
  toggle: (leafIds: readonly string[]) => void;
  openGroups: readonly string[];
  setOpenGroups: (keys: string[]) => void;
  query: string;
  setQuery: (query: string) => void;
  /** `undefined` while no filter is applied. */
  filtered: FilterResult | undefined;
  matcher: RegExp | undefined;
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * The three pieces of state a host may own — checked duties, open groups and the
 * filter — each through the shared controllable-state hook, plus what derives from
 * them. Rendering lives in ResponsibilityChecklist.tsx.
 */
export function useChecklistState(params: UseChecklistStateParams): ChecklistState {
  const { tree } = params;

  const [ids, setIds] = useControllableState<readonly string[]>({
    prop: params.checkedIds,
    defaultProp: params.defaultCheckedIds ?? NONE,
    // Every value we produce is a fresh mutable array.
    onChange: params.onCheckedChange as ((ids: readonly string[]) => void) | undefined,
    name: 'ResponsibilityChecklist checkedIds',
  });
  const checked = useMemo(() => readChecked(tree.roots, ids), [ids, tree]);
  const toggle = useCallback(
    (leafIds: readonly string[]) =>
      setIds((previous) => {
        const { leaves, unknown } = readChecked(tree.roots, previous);
        return writeChecked(tree.roots, toggleLeaves(leaves, leafIds), unknown);
      }),
    [setIds, tree],
  );

  const [query, setQuery] = useControllableState<string>({
    prop: params.query,
    defaultProp: params.defaultQuery ?? '',
    onChange: params.onQueryChange,
    name: 'ResponsibilityChecklist query',
  });
  const matcher = useMemo(() => makeMatcher(query), [query]);
  const filtered = useMemo(() => (matcher ? filterTree(tree, matcher) : undefined), [tree, matcher]);

  const [openGroups, setOpen] = useControllableState<readonly string[]>({
    prop: params.openGroupIds,
    // First group open by default; with an initial filter, every group that matches.
    defaultProp: params.defaultOpenGroupIds ?? (filtered ? [...filtered.groupKeys] : tree.groups.slice(0, 1).map((group) => group.key)),
    onChange: params.onOpenGroupsChange as ((keys: readonly string[]) => void) | undefined,
    name: 'ResponsibilityChecklist openGroupIds',
  });
  const setOpenGroups = useCallback((keys: string[]) => setOpen(keys), [setOpen]);

  // A new query opens the groups it matches (also when the host drives `filter`), so
  // results are never hidden behind a closed header. Groups the user closes while the
  // query stands stay closed; clearing the query leaves the open set as it is.
  const lastQuery = useRef(query);
  useEffect(() => {
    if (lastQuery.current === query) return;
    lastQuery.current = query;
    if (!filtered) return;
    setOpen((previous) => {
      const missing = [...filtered.groupKeys].filter((key) => !previous.includes(key));
      return missing.length ? [...previous, ...missing] : previous;
    });
  }, [query, filtered, setOpen]);

  return { checked, toggle, openGroups, setOpenGroups, query, setQuery, filtered, matcher };
}

import { useCallback, useMemo, useRef, useState } from 'react';
import type { OrgModel } from '../model/orgModel';
import { defaultExpandedIds, noteExpandedChange, type OrgOutline, type OutlineOptions } from '../model/outline';
import { useControllableState } from '../internal/useControllableState';

export interface UseOrgChartStateParams {
  /** The org's model (`getOrgModel(org)`). */
  model: OrgModel;
  /** Controlled expanded role ids. */
  expandedIds?: readonly string[] | undefined;
  /** Uncontrolled start: these roles expanded. Wins over `defaultExpandDepth`. */
  defaultExpandedIds?: readonly string[] | undefined;
  /** Uncontrolled start: roles above this depth are expanded. */
  defaultExpandDepth: number;
  onExpandedIdsChange?: ((ids: string[]) => void) | undefined;
  /** Controlled selection; `null` selects nothing. */
  selectedId?: string | null | undefined;
  defaultSelectedId?: string | null | undefined;
  onSelectedIdChange?: ((roleId: string) => void) | undefined;
  /** Every activation, even of the selected role. */
  onActivate?: ((roleId: string) => void) | undefined;
}

/**
 * The state of one org chart, apart from how it is drawn: which roles are expanded
 * and selected (both ownable by the host) and which node holds the roving tab stop.
 *
 * Uncontrolled expansion starts as "everything above `defaultExpandDepth`" and is
 * stored as `undefined` until the first change, so an org that arrives late (after a
 * fetch) still opens to the default depth instead of fully collapsed.
 */
export function useOrgChartState(params: UseOrgChartStateParams) {
  const { model, defaultExpandDepth } = params;
  const latest = useRef({ model, defaultExpandDepth });
  latest.current = { model, defaultExpandDepth };

  // Held as a Set, not the prop's array: on a 10,000-role chart every array ⇄ Set round
  // trip and content key was a visible share of a collapse. The host's array becomes a
  // Set once per content change (a new array with the same ids keeps the old Set, so the
  // layout memo still hits); the host hears an array only when it listens.
  const controlled = useStableSet(params.expandedIds);
  const onExpandedIdsChange = params.onExpandedIdsChange;
  const [initialExpanded] = useState(() => (params.defaultExpandedIds ? new Set(params.defaultExpandedIds) : undefined));
  const [storedExpanded, setStoredExpanded] = useControllableState<ReadonlySet<string> | undefined>({
    prop: controlled,
    defaultProp: initialExpanded,
    onChange: onExpandedIdsChange ? (ids) => ids && onExpandedIdsChange([...ids]) : undefined,
    name: 'OrgChart expandedIds',
  });

  const expansion = useMemo<OutlineOptions>(
    () => (storedExpanded ? { expandedIds: storedExpanded } : { expandDepth: defaultExpandDepth }),
    [storedExpanded, defaultExpandDepth],
  );

  /**
   * Applies a change (it returns the ids it added or removed) to the expanded set; a no-op
   * change reports nothing. The model hears what changed: the next memo key and outline
   * are derived from this state's instead of from every expanded id.
   */
  const updateExpanded = useCallback(
    (change: (ids: Set<string>) => string[]) => {
      setStoredExpanded((previous) => {
        const { model, defaultExpandDepth } = latest.current;
        const ids = new Set(previous ?? defaultExpandedIds(model, defaultExpandDepth));
        const changed = change(ids);
        if (changed.length === 0) return previous;
        if (previous || defaultExpandDepth === Infinity) noteExpandedChange(model, ids, previous ?? null, changed);
        return ids;
      });
    },
    [setStoredExpanded],
  );

  const setExpanded = useCallback(
    (id: string, open: boolean) =>
      updateExpanded((ids) => {
        if (ids.has(id) === open) return [];
        if (open) ids.add(id);
        else ids.delete(id);
        return [id];
      }),
    [updateExpanded],
  );

  /** `*`: expands every sibling of a role that has reports. */
  const expandSiblings = useCallback(
    (id: string) =>
      updateExpanded((ids) => {
        const index = latest.current.model.index;
        const parent = index.manager(id);
        const siblings = parent ? index.reports(parent.id) : index.roots;
        const changed: string[] = [];
        for (const sibling of siblings) {
          if (index.reports(sibling.id).length > 0 && !ids.has(sibling.id)) {
            ids.add(sibling.id);
            changed.push(sibling.id);
          }
        }
        return changed;
      }),
    [updateExpanded],
  );

  /** Expands every manager above a role, so it becomes visible. */
  const reveal = useCallback(
    (id: string) =>
      updateExpanded((ids) => {
        const changed: string[] = [];
        for (const ancestor of latest.current.model.index.ancestors(id)) {
          if (!ids.has(ancestor.id)) {
            ids.add(ancestor.id);
            changed.push(ancestor.id);
          }
        }
        return changed;
      }),
    [updateExpanded],
  );

  const expandAll = useCallback(() => setStoredExpanded(new Set(defaultExpandedIds(latest.current.model, Infinity))), [setStoredExpanded]);
  const collapseAll = useCallback(() => setStoredExpanded(new Set()), [setStoredExpanded]);

  const [selectedId, setSelectedId] = useControllableState<string | null>({
    prop: params.selectedId,
    defaultProp: params.defaultSelectedId ?? null,
    onChange: params.onSelectedIdChange ? (id) => id !== null && params.onSelectedIdChange?.(id) : undefined,
    name: 'OrgChart selectedId',
  });
  const onActivateRef = useRef(params.onActivate);
  onActivateRef.current = params.onActivate;
  /** Selects a role; `onActivate` hears every activation, even of the selected role. */
  const select = useCallback(
    (id: string) => {
      setSelectedId(id);
      onActivateRef.current?.(id);
    },
    [setSelectedId],
  );

  // The roving tab stop. Internal: focus is the user's, not the host's.
  const [activeId, setActiveId] = useState<string | null>(null);

  return { expansion, setExpanded, expandSiblings, reveal, expandAll, collapseAll, selectedId, select, activeId, setActiveId };
}

export type OrgChartState = ReturnType<typeof useOrgChartState>;

/** The same Set for as long as the ids are the same, whatever the array's identity. */
function useStableSet(ids: readonly string[] | undefined): ReadonlySet<string> | undefined {
  const memo = useRef<{ ids: readonly string[]; set: ReadonlySet<string> } | null>(null);
  if (ids === undefined) return undefined;
  const previous = memo.current;
  if (previous && (previous.ids === ids || (ids.length === previous.ids.length && ids.every((id) => previous.set.has(id))))) {
    previous.ids = ids;
    return previous.set;
  }
  memo.current = { ids, set: new Set(ids) };
  return memo.current.set;
}

/**
 * The node that holds the tab stop: the one last focused if still visible, else its
 * nearest visible manager (its branch was collapsed), else the selected role, else
 * the first root. Derived in render, so it never points at a hidden node.
 */
export function resolveActiveId(model: OrgModel, outline: OrgOutline, wanted: string | null, selectedId: string | null): string | null {
  if (outline.items.length === 0) return null;
  if (wanted !== null) {
    if (outline.indexOf(wanted) >= 0) return wanted;
    for (const ancestor of model.index.ancestors(wanted)) {
      if (outline.indexOf(ancestor.id) >= 0) return ancestor.id;
    }
  }
  if (selectedId !== null && outline.indexOf(selectedId) >= 0) return selectedId;
  return outline.items[0]!.id;
}

import { useCallback, useMemo, useRef, useState } from 'react';
import type { OrgModel } from '../model/orgModel';
import { defaultExpandedIds, type OrgOutline, type OutlineOptions } from '../model/outline';
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
  /** The role whose team is shown (`model` is then its team's), or null for the whole org. */
  focusId?: string | null | undefined;
  /** Levels of the focused team open until the user expands or collapses in it. */
  focusDepth?: number | undefined;
}

/**
 * The state of one org chart, apart from how it is drawn: which roles are expanded
 * and selected (both ownable by the host) and which node holds the roving tab stop.
 *
 * Uncontrolled expansion starts as "everything above `defaultExpandDepth`" and is
 * stored as `undefined` until the first change, so an org that arrives late (after a
 * fetch) still opens to the default depth instead of fully collapsed.
 *
 * A focused team has an expansion of its own, `focusDepth` levels open until the user
 * changes it, kept apart from the whole org's (`expandedIds`): clearing the focus brings
 * back the org as it was left, and a team opens the same way whatever was open before.
 */
export function useOrgChartState(params: UseOrgChartStateParams) {
  const { model, defaultExpandDepth } = params;
  const focusId = params.focusId ?? null;
  const focusDepth = params.focusDepth ?? 2;
  const latest = useRef({ model, defaultExpandDepth, focusId, focusDepth });
  latest.current = { model, defaultExpandDepth, focusId, focusDepth };

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

  // The focused team's expansion, for that team only: another focus starts from `focusDepth` again.
  const [teamExpanded, setTeamExpanded] = useState<{ focusId: string; ids: ReadonlySet<string> } | null>(null);
  const teamIds = focusId !== null && teamExpanded?.focusId === focusId ? teamExpanded.ids : undefined;

  const expansion = useMemo<OutlineOptions>(() => {
    if (focusId !== null) return teamIds ? { expandedIds: teamIds } : { expandDepth: focusDepth };
    return storedExpanded ? { expandedIds: storedExpanded } : { expandDepth: defaultExpandDepth };
  }, [focusId, teamIds, focusDepth, storedExpanded, defaultExpandDepth]);

  /** Replaces the expanded set of what is shown: the focused team's, else the org's. */
  const replaceExpanded = useCallback(
    (next: (previous: ReadonlySet<string> | undefined, depth: number) => ReadonlySet<string> | undefined) => {
      const { focusId: team, focusDepth: depth } = latest.current;
      if (team === null) return setStoredExpanded((previous) => next(previous, latest.current.defaultExpandDepth));
      setTeamExpanded((previous) => {
        const before = previous?.focusId === team ? previous.ids : undefined;
        const ids = next(before, depth);
        return ids === before || ids === undefined ? previous : { focusId: team, ids };
      });
    },
    [setStoredExpanded],
  );

  /** Applies a change to the expanded set; a no-op change reports nothing. */
  const updateExpanded = useCallback(
    (change: (ids: Set<string>) => boolean) => {
      replaceExpanded((previous, depth) => {
        const ids = new Set(previous ?? defaultExpandedIds(latest.current.model, depth));
        return change(ids) ? ids : previous;
      });
    },
    [replaceExpanded],
  );

  const setExpanded = useCallback(
    (id: string, open: boolean) =>
      updateExpanded((ids) => {
        if (ids.has(id) === open) return false;
        if (open) ids.add(id);
        else ids.delete(id);
        return true;
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
        let changed = false;
        for (const sibling of siblings) {
          if (index.reports(sibling.id).length > 0 && !ids.has(sibling.id)) {
            ids.add(sibling.id);
            changed = true;
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
        let changed = false;
        for (const ancestor of latest.current.model.index.ancestors(id)) {
          if (!ids.has(ancestor.id)) {
            ids.add(ancestor.id);
            changed = true;
          }
        }
        return changed;
      }),
    [updateExpanded],
  );

  const expandAll = useCallback(() => replaceExpanded(() => new Set(defaultExpandedIds(latest.current.model, Infinity))), [replaceExpanded]);
  const collapseAll = useCallback(() => replaceExpanded(() => new Set()), [replaceExpanded]);

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

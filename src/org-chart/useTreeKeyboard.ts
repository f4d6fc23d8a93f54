import { useCallback, useRef, type KeyboardEvent } from 'react';
import type { OutlineItem } from '../model/outline';

export interface UseTreeKeyboardParams {
  /** Visible items in outline (depth-first) order. */
  items: readonly OutlineItem[];
  indexOf: (id: string) => number;
  /** Right-to-left swaps the meaning of ArrowLeft and ArrowRight. */
  direction: 'ltr' | 'rtl';
  /** Move the tab stop and focus to a node. */
  onMove: (id: string) => void;
  onExpand: (id: string) => void;
  onCollapse: (id: string) => void;
  onExpandSiblings: (id: string) => void;
  onSelect: (id: string) => void;
  /** Strings type-ahead matches the start of (title, holders' names). */
  getSearchText: (item: OutlineItem) => readonly string[];
  /** Reports not loaded yet (lazy loading): such a node opens like one with reports.  @default none */
  hasUnloaded?: ((id: string) => boolean) | undefined;
  /** How many nodes PageDown/PageUp move (a screenful).  @default 10 */
  pageSize?: (() => number) | undefined;
}

/** Typed characters within this long of each other form one search string. */
const TYPEAHEAD_MS = 500;

/**
 * The keyboard model of the APG Tree View, over the outline rather than the DOM,
 * so it works the same for the chart, the list and a virtualised slice of either.
 * The node a key acts on is the treeitem that has focus (the event's target).
 *
 * Down/Up: next/previous visible node. Right: open a closed node, else go to its
 * first child. Left: close an open node, else go to its parent. Home/End: first/last
 * node. PageDown/PageUp: a screenful of nodes on or back (not in the APG's tree
 * pattern, but what a long list's users reach for; clamped to the ends). Enter (and
 * Space): select. `*`: expand every sibling. A printable character: jump to the next
 * node whose title or holder starts with what was typed.
 */
export function useTreeKeyboard(params: UseTreeKeyboardParams) {
  const latest = useRef(params);
  latest.current = params;
  const search = useRef({ text: '', at: 0 });

  return useCallback((event: KeyboardEvent<HTMLElement>) => {
    const { items, indexOf, direction, onMove, onExpand, onCollapse, onExpandSiblings, onSelect, getSearchText, hasUnloaded, pageSize } = latest.current;
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    // Only keys pressed on a treeitem itself, not inside a host's control in a node.
    const target = event.target as HTMLElement;
    const id = target.getAttribute('role') === 'treeitem' ? target.getAttribute('data-role-id') : null;
    if (id === null) return;
    const at = indexOf(id);
    const item = items[at];
    if (!item) return;

    const forward = direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const backward = direction === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const move = (to: number) => {
      const next = items[to];
      if (next && next.id !== id) onMove(next.id);
    };
    const page = () => Math.max(1, pageSize?.() ?? 10);

    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        move(at + 1);
        break;
      case 'ArrowUp':
        move(at - 1);
        break;
      case forward:
        if ((item.hasChildren && !item.expanded) || hasUnloaded?.(id)) onExpand(id);
        else if (item.expanded) move(at + 1); // an open node's first child follows it
        break;
      case backward:
        if (item.expanded) onCollapse(id);
        else if (item.parentId !== null) move(indexOf(item.parentId));
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(items.length - 1);
        break;
      case 'PageDown':
        move(Math.min(items.length - 1, at + page()));
        break;
      case 'PageUp':
        move(Math.max(0, at - page()));
        break;
      case 'Enter':
        onSelect(id);
        break;
      case '*':
        onExpandSiblings(id);
        break;
      default:
        handled = typeAhead(event.key);
    }
    if (handled) event.preventDefault();

    function typeAhead(key: string): boolean {
      const state = search.current;
      const now = Date.now();
      if (now - state.at > TYPEAHEAD_MS) state.text = '';
      state.at = now;
      if (key === ' ' && state.text === '') {
        onSelect(id!);
        return true;
      }
      if (key.length !== 1 && !/^\p{L}$/u.test(key)) return false;
      state.text += key.toLocaleLowerCase();
      // Repeating one letter cycles through the nodes starting with it.
      const repeated = [...state.text].every((c) => c === state.text[0]);
      const query = repeated ? state.text[0]! : state.text;
      const start = query.length === 1 ? at + 1 : at;
      for (let k = 0; k < items.length; k++) {
        const candidate = items[(start + k) % items.length]!;
        if (getSearchText(candidate).some((text) => text.toLocaleLowerCase().startsWith(query))) {
          move(candidate.index);
          break;
        }
      }
      return true;
    }
  }, []);
}

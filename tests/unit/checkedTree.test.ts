import { describe, expect, it } from 'vitest';
import {
  checkedState,
  countChecked,
  leafIdsOf,
  progressOf,
  readChecked,
  setLeaves,
  toggleLeaves,
  writeChecked,
  type CheckedNode,
} from '../../src/model/checkedTree';
import { buildDutyTree, countDuties } from '../../src/model/duties';

/** A two-level tree: `a` has leaves a1, a2, a3; `b` is a leaf of its own. */
const node = (id: string, children: CheckedNode[] = []): CheckedNode => ({ id, children, leafIds: leafIdsOf(id, children) });
const a = node('a', [node('a1'), node('a2'), node('a3')]);
const b = node('b');
const roots = [a, b];
const leavesOf = (ids: readonly string[]) => readChecked(roots, ids).leaves;

describe('checkedTree', () => {
  describe('leafIdsOf', () => {
    it('is the node itself when it has no children', () => {
      expect(b.leafIds).toEqual(['b']);
    });

    it('is every leaf below a parent, in order', () => {
      expect(node('top', [a, b]).leafIds).toEqual(['a1', 'a2', 'a3', 'b']);
    });
  });

  describe('readChecked', () => {
    describe('given a parent id', () => {
      it('counts every leaf below it as checked', () => {
        expect([...leavesOf(['a'])].sort()).toEqual(['a1', 'a2', 'a3']);
      });
    });

    describe('given ids no node has', () => {
      it('keeps them apart, once each, in the order given', () => {
        expect(readChecked(roots, ['x', 'a1', 'y', 'x']).unknown).toEqual(['x', 'y']);
      });
    });

    describe('given something that is not a list of strings', () => {
      it.each([[undefined], ['a'], [[1, null, 'b']]])('reads %j without throwing, keeping the strings', (input) => {
        const { leaves, unknown } = readChecked(roots, input);
        expect([[...leaves], unknown]).toEqual([Array.isArray(input) ? ['b'] : [], []]);
      });
    });

    describe('given two nodes sharing an id', () => {
      it('checks both: ids are the state', () => {
        const twins = [node('t'), node('p', [node('t')])];
        expect(checkedState(twins[1]!.leafIds, readChecked(twins, ['t']).leaves)).toBe('true');
      });
    });
  });

  describe('tri-state', () => {
    it('is false with no leaf checked', () => {
      expect(checkedState(a.leafIds, leavesOf([]))).toBe('false');
    });

    it('is mixed with some leaves checked', () => {
      expect(checkedState(a.leafIds, leavesOf(['a2']))).toBe('mixed');
    });

    it('is true with every leaf checked', () => {
      expect(checkedState(a.leafIds, leavesOf(['a1', 'a2', 'a3']))).toBe('true');
    });

    it('is false for an empty group: there is nothing to tick', () => {
      expect(checkedState([], leavesOf(['a']))).toBe('false');
    });
  });

  describe('counts', () => {
    it('counts the checked leaves among those given', () => {
      expect(countChecked(['a1', 'a2', 'b'], leavesOf(['a2', 'b', 'x']))).toBe(2);
    });

    it('reports progress with done, total and complete', () => {
      expect(progressOf(a.leafIds, leavesOf(['a1', 'a3']))).toEqual({ done: 2, total: 3, complete: false });
    });

    it('calls a branch without leaves complete: nothing is left to do in it', () => {
      expect(progressOf([], new Set())).toEqual({ done: 0, total: 0, complete: true });
    });
  });

  describe('toggleLeaves', () => {
    describe('given a parent with no leaf checked', () => {
      it('checks all of them', () => {
        expect([...toggleLeaves(leavesOf([]), a.leafIds)].sort()).toEqual(['a1', 'a2', 'a3']);
      });
    });

    describe('given a mixed parent', () => {
      it('checks the rest, as a native indeterminate box turns checked', () => {
        expect(checkedState(a.leafIds, toggleLeaves(leavesOf(['a1']), a.leafIds))).toBe('true');
      });
    });

    describe('given a fully checked parent', () => {
      it('clears every leaf below it and leaves others alone', () => {
        expect([...toggleLeaves(leavesOf(['a', 'b']), a.leafIds)]).toEqual(['b']);
      });
    });

    it('does not change the set it was given', () => {
      const before = leavesOf(['a1']);
      toggleLeaves(before, a.leafIds);
      expect([...before]).toEqual(['a1']);
    });
  });

  describe('setLeaves', () => {
    it('clears the given leaves when unchecking, even if only some were checked', () => {
      expect([...setLeaves(leavesOf(['a1', 'b']), a.leafIds, false)]).toEqual(['b']);
    });
  });

  describe('writeChecked', () => {
    it('lists a parent whose leaves are all checked before its leaves, in document order', () => {
      expect(writeChecked(roots, leavesOf(['a3', 'a1', 'a2']), [])).toEqual(['a', 'a1', 'a2', 'a3']);
    });

    it('drops a parent once one of its leaves is cleared', () => {
      const { leaves, unknown } = readChecked(roots, ['a']);
      expect(writeChecked(roots, setLeaves(leaves, ['a2'], false), unknown)).toEqual(['a1', 'a3']);
    });

    it('keeps unknown ids after the known ones', () => {
      const { leaves, unknown } = readChecked(roots, ['elsewhere', 'b']);
      expect(writeChecked(roots, leaves, unknown)).toEqual(['b', 'elsewhere']);
    });
  });
});

describe('duties', () => {
  const responsibilities = [
    { id: 'g1', title: 'Main duties', items: [{ id: 'd1', text: 'Plan', children: [{ id: 'd1a', text: 'Quarter' }, { id: 'd1b', text: 'Year' }] }, { id: 'd2', text: 'Report' }] },
    { id: 'g1', title: 'Again', items: [{ id: 'd2', text: 'Repeated id' }, { text: 'No id' }, { id: 'd3', text: 'Visit' }] },
  ];

  it('counts leaves only, skipping duties without an id or repeating one', () => {
    expect(countDuties(responsibilities)).toBe(4); // d1a, d1b, d2, d3
  });

  it('makes repeated group ids unique', () => {
    expect(buildDutyTree(responsibilities).groups.map((group) => group.key)).toEqual(['g1', 'g1~2']);
  });

  it('counts nothing in data that is not a list', () => {
    expect([countDuties(undefined), countDuties('duties'), countDuties([null, 3])]).toEqual([0, 0, 0]);
  });

  it('feeds the checked-tree functions: a group is mixed with one of its duties done', () => {
    const tree = buildDutyTree(responsibilities);
    const { leaves } = readChecked(tree.roots, ['d1']);
    expect(tree.groups.map((group) => checkedState(group.leafIds, leaves))).toEqual(['mixed', 'false']);
  });
});

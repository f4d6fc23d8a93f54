import { describe, expect, it } from 'vitest';
import { defaultWorkflow } from '../../../src/examples/defaultWorkflow';
import type { Workflow } from '../../../src/model/schema';
import { checkedState } from '../../../src/model/checkedTree';
import { orientationForWidth } from '../../../src/workflow-stepper/useAutoOrientation';
import {
  buildWorkflowModel,
  doneLeafIds,
  firstIncompleteIndex,
  initialPhaseIndex,
  isPhaseReachable,
  nextPhaseIndex,
  phaseIndexOf,
  phaseProgress,
  phaseState,
  previousPhaseIndex,
  setStepCompleted,
  type StepNode,
  type WorkflowModel,
} from '../../../src/workflow-stepper/workflowState';

const model = buildWorkflowModel(defaultWorkflow)!;
const analyze = model.phases[1]!;
const infoSystem = analyze.steps[0]!; // "Set up an information system" → 4 sub-steps
const findIds = model.phases[0]!.leafIds;

const progressOf = (m: WorkflowModel, completed: readonly string[]) => {
  const done = doneLeafIds(m, completed);
  return m.phases.map((phase) => phaseProgress(phase, done));
};

describe('buildWorkflowModel', () => {
  describe('given the default four-phase workflow', () => {
    it('keeps the phases in order with their titles', () => {
      expect(model.phases.map((p) => p.title)).toEqual(['Find the problem', 'Analyze the problem', 'Solve the problem', 'Summarize and promote']);
    });

    it('counts leaf steps as the units of work (2 parents with 4 + 9 sub-steps = 13)', () => {
      expect(model.phases.map((p) => p.leafIds.length)).toEqual([11, 13, 7, 6]);
    });

    it('numbers sub-steps within their parent, one level deeper', () => {
      const discussion = analyze.steps[1]!;
      expect([discussion.position, discussion.depth]).toEqual([2, 0]);
      expect(discussion.children.map((c) => [c.position, c.depth])).toEqual(Array.from({ length: 9 }, (_, i) => [i + 1, 1]));
    });
  });

  describe('given data that is not a workflow', () => {
    it.each([[undefined], [null], ['a string'], [{ phases: 'not a list' }]])('returns null for %j', (input) => {
      expect(buildWorkflowModel(input)).toBeNull();
    });

    it('skips non-object phases and steps, and gives missing ids stable stand-ins', () => {
      const broken = buildWorkflowModel({ id: 'w', title: 'W', phases: [42, { title: 'Only', steps: [null, { text: 'No id' }] }] })!;
      expect(broken.phases).toHaveLength(1);
      expect(broken.phases[0]!.steps.map((s) => s.text)).toEqual(['No id']);
      expect(broken.phases[0]!.steps[0]!.id).toMatch(/^#step-/);
    });
  });
});

describe('completion', () => {
  describe('given a parent step whose sub-steps are partly done', () => {
    const done = doneLeafIds(model, ['analyze-1-1', 'analyze-1-2']);

    it('is mixed', () => {
      expect(checkedState(infoSystem.leafIds, done)).toBe('mixed');
    });

    it('becomes checked when the last sub-step is ticked', () => {
      const ids = setStepCompleted(model, ['analyze-1-1', 'analyze-1-2', 'analyze-1-3'], infoSystem.children[3]!, true);
      expect(checkedState(infoSystem.leafIds, doneLeafIds(model, ids))).toBe('true');
    });
  });

  describe('given a parent id in completedStepIds', () => {
    it('counts all its sub-steps as done', () => {
      const done = doneLeafIds(model, ['analyze-1']);
      expect(infoSystem.children.every((c) => checkedState(c.leafIds, done) === 'true')).toBe(true);
    });

    it('drops the parent id when one sub-step is unticked, keeping its siblings', () => {
      expect(setStepCompleted(model, ['analyze-1'], infoSystem.children[0]!, false)).toEqual(['analyze-1-2', 'analyze-1-3', 'analyze-1-4']);
    });
  });

  describe('on ticking a parent step', () => {
    it('lists the parent and every sub-step, in document order', () => {
      expect(setStepCompleted(model, [], infoSystem, true)).toEqual(['analyze-1', 'analyze-1-1', 'analyze-1-2', 'analyze-1-3', 'analyze-1-4']);
    });
  });

  describe('given ids this workflow does not have', () => {
    it('keeps them, after the known ones', () => {
      expect(setStepCompleted(model, ['other-workflow-step'], model.phases[0]!.steps[0]!, true)).toEqual(['find-1', 'other-workflow-step']);
    });
  });

  describe('given two steps sharing an id', () => {
    const dup = buildWorkflowModel({
      id: 'd',
      title: 'D',
      phases: [{ id: 'p', title: 'P', steps: [{ id: 'x', text: 'First' }, { id: 'x', text: 'Second' }, { id: 'y', text: 'Third' }] }],
    } satisfies Workflow)!;

    it('ticks both together, since ids are the state', () => {
      const done = doneLeafIds(dup, setStepCompleted(dup, [], dup.phases[0]!.steps[1]!, true));
      expect(dup.phases[0]!.steps.map((s: StepNode) => checkedState(s.leafIds, done))).toEqual(['true', 'true', 'false']);
    });
  });

  describe('given a phase without steps', () => {
    it('is complete: there is nothing left to do in it', () => {
      const empty = buildWorkflowModel({ id: 'e', title: 'E', phases: [{ id: 'p', title: 'P', steps: [] }] })!;
      expect(progressOf(empty, [])).toEqual([{ done: 0, total: 0, complete: true }]);
    });
  });
});

describe('phases', () => {
  describe('given the first phase done', () => {
    const progress = progressOf(model, findIds);

    it('starts at the second phase', () => {
      expect(initialPhaseIndex(progress)).toBe(1);
    });

    it('reports the first phase complete and the current one as current', () => {
      expect([0, 1, 2].map((i) => phaseState(i, 1, progress[i]!))).toEqual(['complete', 'current', 'upcoming']);
    });
  });

  describe('given everything done', () => {
    it('starts at the last phase', () => {
      expect(initialPhaseIndex(progressOf(model, model.phases.flatMap((p) => [...p.leafIds])))).toBe(3);
    });
  });

  describe('in linear mode', () => {
    const frontier = firstIncompleteIndex(progressOf(model, findIds)); // 1

    it('allows the phases up to the first unfinished one', () => {
      expect([0, 1, 2, 3].map((i) => isPhaseReachable(i, { linear: true, activeIndex: 1, frontier }))).toEqual([true, true, false, false]);
    });

    it('has no Next while the current phase is unfinished', () => {
      expect(nextPhaseIndex({ linear: true, activeIndex: 1, frontier }, 4)).toBe(-1);
    });

    it('keeps the current phase reachable even when a host put it past the frontier', () => {
      expect(isPhaseReachable(3, { linear: true, activeIndex: 3, frontier: 0 })).toBe(true);
    });

    it('sends Back past locked phases to the nearest open one', () => {
      expect(previousPhaseIndex({ linear: true, activeIndex: 3, frontier: 0 })).toBe(0);
    });
  });

  describe('in free mode', () => {
    it('allows any phase and Next to the following one', () => {
      expect(isPhaseReachable(3, { linear: false, activeIndex: 0, frontier: 0 })).toBe(true);
      expect(nextPhaseIndex({ linear: false, activeIndex: 0, frontier: 0 }, 4)).toBe(1);
    });

    it('has no Next on the last phase and no Back on the first', () => {
      expect(nextPhaseIndex({ linear: false, activeIndex: 3, frontier: 0 }, 4)).toBe(-1);
      expect(previousPhaseIndex({ linear: false, activeIndex: 0, frontier: 0 })).toBe(-1);
    });
  });

  it('finds a phase by id, or -1', () => {
    expect([phaseIndexOf(model, 'phase-solve'), phaseIndexOf(model, 'nope'), phaseIndexOf(model, undefined)]).toEqual([2, -1, -1]);
  });
});

describe('orientation="auto"', () => {
  it('lays four phases in a row from 640 px', () => {
    expect([orientationForWidth(639, 640, 4), orientationForWidth(640, 640, 4)]).toEqual(['vertical', 'horizontal']);
  });

  it('keeps twelve phases in a column until each gets 112 px', () => {
    expect([orientationForWidth(1000, 640, 12), orientationForWidth(1344, 640, 12)]).toEqual(['vertical', 'horizontal']);
  });
});

/**
 * A phase's steps: nested ordered lists of native checkboxes, one level per sub-step,
 * each numbered with the marker the labels give it ("2.", "3)").
 */
import type { ReactNode } from 'react';
import { Checkbox } from '../internal/Checkbox';
import { checkedState } from '../model/checkedTree';
import type { WorkflowPhase, WorkflowStep } from '../model/schema';
import type { WorkflowStepperLabels } from './labels';
import type { WorkflowState } from './useWorkflowState';
import type { PhaseNode, StepNode } from './workflowState';

/** What `renderStep` gets to know about the step it is rendering for. */
export interface WorkflowStepState {
  /** The phase the step belongs to. */
  phase: WorkflowPhase;
  /** 0-based index of that phase. */
  phaseIndex: number;
  /** 0 for a phase's own steps, 1 for sub-steps, … */
  depth: number;
  /** The marker shown before the step, e.g. `2.` or `3)`. */
  marker: string;
  /** Done; for a step with sub-steps, all of them are. */
  completed: boolean;
  /** Some, but not all, of the step's sub-steps are done. */
  partial: boolean;
  /** Rendered in a read-only preview of a locked phase (linear mode). */
  readOnly: boolean;
  /** Ticks or unticks the step (a parent: all its sub-steps), e.g. when the host's form is sent. No-op when `readOnly`. */
  setCompleted: (completed: boolean) => void;
}

export type RenderStep = (step: WorkflowStep, state: WorkflowStepState) => ReactNode;

export interface StepListProps {
  phase: PhaseNode;
  nodes: readonly StepNode[];
  state: WorkflowState;
  labels: WorkflowStepperLabels;
  num: (n: number) => string;
  idPrefix: string;
  readOnly: boolean;
  renderStep: RenderStep | undefined;
}

export function StepList(props: StepListProps) {
  const { nodes } = props;
  return (
    <ol
      className="rk-workflow-stepper-steps"
      data-slot="workflow-stepper-steps"
      data-depth={nodes[0]?.depth ?? 0}
      // Markers are right-aligned in a column as wide as the longest number, like a printed list.
      data-marker-digits={Math.min(String(nodes.length).length, 3)}
    >
      {nodes.map((node) => (
        <StepItem key={node.key} node={node} {...props} />
      ))}
    </ol>
  );
}

function StepItem({ node, ...props }: StepListProps & { node: StepNode }) {
  const { phase, state, labels, num, idPrefix, readOnly, renderStep } = props;
  const checked = checkedState(node.leafIds, state.done);
  const inputId = `${idPrefix}-${node.key}`;
  const marker = labels.stepMarker(node.position, node.depth, num(node.position));
  const setCompleted = (value: boolean) => {
    if (!readOnly) state.setStepDone(node, value);
  };
  // Only wrap what the host actually returned: an empty wrapper would still take space.
  const extra = renderStep?.(node.step, {
    phase: phase.phase,
    phaseIndex: phase.index,
    depth: node.depth,
    marker,
    completed: checked === 'true',
    partial: checked === 'mixed',
    readOnly,
    setCompleted,
  });
  return (
    <li
      className="rk-workflow-stepper-step"
      data-slot="workflow-stepper-step"
      data-checked={checked}
      data-parent={node.children.length > 0 ? '' : undefined}
      data-read-only={readOnly ? '' : undefined}
    >
      <div className="rk-workflow-stepper-step-row" data-slot="workflow-stepper-step-row">
        <Checkbox
          slot="workflow-stepper-checkbox"
          id={inputId}
          state={checked}
          disabled={readOnly}
          // A mixed box completes every sub-step, as a native indeterminate box turns checked.
          onToggle={() => setCompleted(checked !== 'true')}
        />
        <label htmlFor={inputId} className="rk-workflow-stepper-step-label" data-slot="workflow-stepper-step-label">
          <span className="rk-workflow-stepper-marker" data-slot="workflow-stepper-marker">
            {marker}
          </span>
          <span className="rk-workflow-stepper-step-text" data-slot="workflow-stepper-step-text">
            <bdi>{node.text}</bdi>
          </span>
        </label>
      </div>
      {extra != null && extra !== false && extra !== '' && (
        <div className="rk-workflow-stepper-step-content" data-slot="workflow-stepper-step-content">
          {extra}
        </div>
      )}
      {node.children.length > 0 && <StepList {...props} nodes={node.children} />}
    </li>
  );
}

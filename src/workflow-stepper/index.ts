export { WorkflowStepper, type WorkflowStepperProps, type WorkflowStepState } from './WorkflowStepper';
export { workflowStepperLabels, type WorkflowStepperLabels } from './labels';
export type { WorkflowPhaseState } from './workflowState';
export type { WorkflowStepperOrientation } from './useAutoOrientation';

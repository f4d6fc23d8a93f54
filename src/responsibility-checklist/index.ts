export { ResponsibilityChecklist, type ResponsibilityChecklistProps } from './ResponsibilityChecklist';
export { responsibilityChecklistLabels, type ResponsibilityChecklistLabels } from './labels';

/**
 * Simplified Chinese for every rolekit component, kept out of the main entry so an
 * English-only host does not ship it:
 *
 * ```tsx
 * import { RolekitProvider } from 'rolekit';
 * import { zhCN } from 'rolekit/locales/zh-CN';
 *
 * <RolekitProvider locale="zh-CN" labels={zhCN}>…</RolekitProvider>
 * ```
 *
 * Each component's object is complete (typed with its labels interface), so a label
 * added in English fails the build until it is translated here too.
 */
import type { LabelOverrides } from '../internal/locale';
import { orgChartLabelsZhCN } from '../org-chart/labels.zh-CN';
import { responsibilityChecklistLabelsZhCN } from '../responsibility-checklist/labels.zh-CN';
import { roleCardLabelsZhCN } from '../role-card/labels.zh-CN';
import { workflowStepperLabelsZhCN } from '../workflow-stepper/labels.zh-CN';

export { orgChartLabelsZhCN, responsibilityChecklistLabelsZhCN, roleCardLabelsZhCN, workflowStepperLabelsZhCN };

/** Pass to `<RolekitProvider locale="zh-CN" labels={zhCN}>`; keys are the components' label keys. */
export const zhCN = {
  roleCard: roleCardLabelsZhCN,
  responsibilityChecklist: responsibilityChecklistLabelsZhCN,
  orgChart: orgChartLabelsZhCN,
  workflowStepper: workflowStepperLabelsZhCN,
} satisfies LabelOverrides;

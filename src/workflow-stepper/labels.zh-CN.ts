import type { WorkflowStepperLabels } from './labels';

/** WorkflowStepper in Simplified Chinese. */
export const workflowStepperLabelsZhCN: WorkflowStepperLabels = {
  workflow: '工作流程',
  phases: '阶段',
  phaseNumber: (n) => `第 ${n} 阶段`,
  phaseOf: (current, total) => `第 ${current} / ${total} 阶段`,
  stepCount: (count, text) => (count === 0 ? '没有步骤' : `${text} 个步骤`),
  stepsDone: (_done, _total, doneText, totalText) => `已完成 ${doneText} / ${totalText} 个步骤`,
  statusComplete: '已完成',
  statusCurrent: '当前',
  statusInProgress: '进行中',
  statusNotStarted: '未开始',
  lockedUntil: (n) => `请先完成第 ${n} 阶段`,
  stepMarker: (position, depth, text) => {
    if (depth === 0) return `${text}.`;
    if (depth === 1) return `${text})`;
    let letters = '';
    for (let n = position; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(97 + ((n - 1) % 26)) + letters;
    return `${letters})`;
  },
  back: '上一步',
  next: '下一步',
  finish: '完成',
  nextNeedsCurrentPhase: '完成本阶段的所有步骤后才能继续。',
  finishNeedsAllSteps: '完成所有步骤后才能结束。',
  lastPhase: '这是最后一个阶段。',
  allComplete: '所有阶段均已完成',
  previewSteps: '预览步骤',
  hidePreview: '收起预览',
  previewOf: (n, title) => `第 ${n} 阶段预览：${title}`,
  previewNote: '前面的阶段完成之前，只能查看。',
  noPhases: '这个流程还没有阶段。',
  noSteps: '这个阶段没有步骤。',
  announcePhase: (phaseOf, title) => `${phaseOf}：${title}`,
  announcePhaseComplete: (title) => `${title}：所有步骤已完成`,
  invalidWorkflow: '无法显示这个流程。',
  errorDetails: '详细信息',
  moreIssues: (_count, text) => `……还有 ${text} 个问题`,
};

import type { PenaltyPeriod, ResponsibilityChecklistLabels } from './labels';

const PER: Record<PenaltyPeriod, string> = {
  occurrence: '/次',
  day: '/天',
  week: '/周',
  month: '/月',
  quarter: '/季度',
  year: '/年',
};

/** ResponsibilityChecklist in Simplified Chinese. */
export const responsibilityChecklistLabelsZhCN: ResponsibilityChecklistLabels = {
  progressLabel: '完成进度',
  progress: (_done, _total, doneText, totalText) => `已完成 ${doneText} / ${totalText} 项职责`,
  groupProgress: (_done, _total, doneText, totalText) => `${doneText} / ${totalText}`,
  groupCheckbox: (title) => `${title}：全部职责`,
  untitledGroup: '未命名分组',
  untitledDuty: '未命名职责',
  filterLabel: '筛选职责',
  filterPlaceholder: '筛选职责…',
  filterCount: (_shown, _total, shownText, totalText) => `显示 ${shownText} / ${totalText} 项职责`,
  noMatches: (query) => `没有与“${query}”匹配的职责。`,
  clearFilter: '清除筛选',
  emptyTitle: '暂无职责',
  emptyDescription: '该岗位尚未列出职责。添加后，将在这里显示为清单。',
  assessment: '考核：',
  penalty: (amount, per) => `${amount}${PER[per] ?? ''}`,
  ruleMet: '（已达成）',
  penaltiesAtRisk: '可能扣罚',
  noPenaltiesAtRisk: '暂无扣罚风险',
  otherAssessments: '其他考核',
  errorTitle: '无法显示这些职责。',
  errorDetails: '详细信息',
  moreIssues: (_count, text) => `……还有 ${text} 个问题`,
};

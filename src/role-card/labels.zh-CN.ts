import type { RoleCardLabels } from './labels';

const LEVELS: Record<string, string> = {
  executive: '高管',
  director: '总监级',
  manager: '经理级',
  supervisor: '主管',
  assistant: '助理',
  representative: '代表',
};

/** RoleCard in Simplified Chinese. Chinese has no plural forms: counts read "5 名下属" for any number. */
export const roleCardLabelsZhCN: RoleCardLabels = {
  vacant: '空缺',
  vacantDescription: '该岗位目前无人任职。',
  untitledRole: '未命名岗位',
  alsoKnownAs: (titles) => `又称${titles}`,
  department: '部门',
  level: '级别',
  location: '地点',
  levelName: (level) => LEVELS[level] ?? level,
  holders: () => '任职人',
  email: '邮箱',
  phone: '电话',
  reportsTo: '直接上级',
  directReports: '直接下属',
  assistants: '助理',
  dottedLineTo: '虚线汇报给',
  dottedLineReports: '虚线下属',
  reportsCount: (_count, text) => `${text} 名下属`,
  showMore: (_hidden, text) => `还有 ${text} 个`,
  showFewer: '收起',
  summary: '工作性质',
  authority: '权限',
  accountabilities: '责任',
  qualifications: '任职资格',
  required: '必备条件',
  preferred: '优先条件',
  counts: (_duties, assessments, dutiesText, assessmentsText) => `${dutiesText} 项职责${assessments > 0 ? ` · ${assessmentsText} 项考核` : ''}`,
  countsLabel: '职责',
  errorTitle: '无法显示该岗位',
  moreIssues: (_count, text) => `……还有 ${text} 个问题`,
};

import type { OrgChartLabels } from './labels';

/** OrgChart in Simplified Chinese. */
export const orgChartLabelsZhCN: OrgChartLabels = {
  tree: (orgName) => (orgName ? `${orgName}组织架构图` : '组织架构图'),
  vacant: '空缺',
  reports: (_count, formatted) => `${formatted} 名下属`,
  hiddenCount: (_count, formatted) => `+${formatted}`,
  hiddenRoles: (_count, formatted) => `${formatted} 个职位已收起`,
  expandAll: '全部展开',
  collapseAll: '全部收起',
  view: '视图',
  chartView: '架构图',
  listView: '列表',
  errorPartial: '该组织架构图有部分内容无法绘制：',
  errorNone: '无法绘制该组织架构图：',
  errorMore: (_count, countText) => `……还有 ${countText} 个问题`,
  empty: '没有可显示的岗位。',
  search: '搜索',
  matches: (_count, formatted) => `找到 ${formatted} 个结果`,
  noMatches: '没有结果',
  zoomIn: '放大',
  zoomOut: '缩小',
  fit: '适应窗口',
  dottedLineTo: (titles) => `虚线汇报给${titles}`,
  dottedLineReports: (titles) => `虚线下属：${titles}`,
  loadError: '下属加载失败',
  retry: '重试',
};

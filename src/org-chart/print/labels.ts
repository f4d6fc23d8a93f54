/**
 * Paper's own strings. They live in the print chunk, not in `orgChartLabels`, so a page
 * that never prints does not ship them; override them with `labels` in the print options.
 */
export interface PaperLabels {
  /** Under a card whose reports are on another page. */
  continuedOn: (page: number) => string;
  /** Above a manager's reports on a continuation page. */
  fromPage: (page: number, manager: string) => string;
  /** Heading of the index pages. */
  index: string;
  /** Footer of each page. */
  pageOf: (page: number, pages: number) => string;
}

export const paperLabels: PaperLabels = {
  continuedOn: (page) => `continued on page ${page}`,
  fromPage: (page, manager) => `from page ${page}: ${manager}`,
  index: 'Index',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
};

export const paperLabelsZhCN: PaperLabels = {
  continuedOn: (page) => `续见第 ${page} 页`,
  fromPage: (page, manager) => `接第 ${page} 页：${manager}`,
  index: '索引',
  pageOf: (page, pages) => `第 ${page} 页，共 ${pages} 页`,
};

export function resolvePaperLabels(locale: string | undefined, overrides: Partial<PaperLabels> | undefined): PaperLabels {
  const base = locale?.toLowerCase().startsWith('zh') ? paperLabelsZhCN : paperLabels;
  return overrides ? { ...base, ...overrides } : base;
}

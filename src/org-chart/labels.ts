/** Every built-in string of OrgChart, in English. Override per chart (`labels`) or app-wide (`RolekitProvider`). */
import { plural } from '../internal/plural';

export interface OrgChartLabels {
  /** Accessible name of the tree when no `aria-label` is given. */
  tree: (orgName: string) => string;
  /** Shown in place of a holder's name. */
  vacant: string;
  /** "5 reports" on a node. */
  reports: (count: number, formatted: string) => string;
  /** Drawn on the collapse/expand knob of a closed node: the hidden count. */
  hiddenCount: (count: number, formatted: string) => string;
  /** Heard on a closed node, after its name: what the knob's count means. Starts with the number, as the knob does. */
  hiddenRoles: (count: number, formatted: string) => string;
  /** Name of the toolbar above the chart (view switch, search, zoom, expand and collapse). */
  toolbar: string;
  /** The menu button that holds the toolbar's actions that do not fit (a phone), and its menu. */
  more: string;
  expandAll: string;
  collapseAll: string;
  /** Name of the chart/list switch. */
  view: string;
  chartView: string;
  listView: string;
  /** The error box's sentence when part of the org could still be drawn. Plain words: the issues are under `errorDetails`. */
  errorPartial: string;
  /** The error box's sentence when nothing could be drawn. */
  errorNone: string;
  /** The disclosure, closed at first, that lists the issues (written for developers) in the error box. */
  errorDetails: string;
  errorMore: (count: number, countText: string) => string;
  /** Shown for an org without roles. */
  empty: string;
  /** Name of the search box. */
  search: string;
  /** Announced and shown when a search finds roles. */
  matches: (count: number, formatted: string) => string;
  noMatches: string;
  zoomIn: string;
  zoomOut: string;
  /** The button that fits the whole chart in view. */
  fit: string;
  /** A node's description (the dashed connectors are not read out): the roles it has a dotted line to. */
  dottedLineTo: (titles: string) => string;
  /** A node's description: the roles with a dotted line to it. */
  dottedLineReports: (titles: string) => string;
  /** A manager's roll-up (the chart's `rollup`): the people below it, on the card and in its description. `formatted` ends in "+" when part of the branch is not loaded. */
  headcount: (count: number, formatted: string) => string;
  /** Beside the headcount: the vacant positions below. */
  openPositions: (count: number, formatted: string) => string;
  /** A manager's description above the chart's `spanWarning`: its span of control (direct reports, assistants aside). */
  wideSpan: (count: number, formatted: string) => string;
  /** On a node whose reports failed to load (`loadChildren`). */
  loadError: string;
  retry: string;
  /** Name of the path of managers above a focused team (`focusId`). */
  focusPath: string;
  /** The path's first step: clears the focus. */
  wholeOrg: string;
  /** The error box's sentence when `focusId` names no role: the whole org is shown instead. */
  focusNotFound: string;
}

export const orgChartLabels: OrgChartLabels = {
  tree: (orgName) => (orgName ? `${orgName} org chart` : 'Org chart'),
  vacant: 'Vacant',
  reports: (count, formatted) => plural('en', count, { one: `${formatted} report`, other: `${formatted} reports` }),
  hiddenCount: (_count, formatted) => `+${formatted}`,
  hiddenRoles: (count, formatted) => plural('en', count, { one: `${formatted} role hidden`, other: `${formatted} roles hidden` }),
  toolbar: 'Chart tools',
  more: 'More',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  view: 'View',
  chartView: 'Chart',
  listView: 'List',
  errorPartial: 'Part of this chart could not be shown.',
  errorNone: 'This chart could not be shown.',
  errorDetails: 'Details',
  errorMore: (_count, countText) => `…and ${countText} more`,
  empty: 'There are no roles to show.',
  search: 'Search',
  matches: (count, formatted) => plural('en', count, { one: `${formatted} match`, other: `${formatted} matches` }),
  noMatches: 'No matches',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit',
  dottedLineTo: (titles) => `Dotted line to ${titles}`,
  dottedLineReports: (titles) => `Dotted-line reports: ${titles}`,
  headcount: (count, formatted) => plural('en', count, { one: `${formatted} person`, other: `${formatted} people` }),
  openPositions: (_count, formatted) => `${formatted} open`,
  wideSpan: (_count, formatted) => `Wide span of control: ${formatted} direct reports`,
  loadError: 'Could not load reports',
  retry: 'Retry',
  focusPath: 'Chain of command',
  wholeOrg: 'Whole organisation',
  focusNotFound: 'The team asked for is not in this chart, so the whole organisation is shown.',
};

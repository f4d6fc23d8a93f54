// The chart itself. Its on-demand parts (SVG/PNG export, the minimap) are exported from the
// main entry straight from their own modules, so a host importing only OrgChart does not get
// them in its first-paint bundle.
export { OrgChart, type OrgChartProps, type OrgChartHandle, type OrgChartView, type OrgChartTransform, type OrgChartInitialView } from './OrgChart';
export type { LoadChildren } from './useLazyChildren';
export { searchOrg } from '../model/search';
export type { OrgRollup, RoleRollup } from '../model/rollup';
export { OrgChartNode, type OrgChartNodeProps, type OrgChartNodeState } from './OrgChartNode';
export { orgChartLabels, type OrgChartLabels } from './labels';
// The pure layout and outline, for hosts that draw their own chart (canvas, PDF, export).
export {
  layoutOrg,
  type OrgLayout,
  type LayoutNode,
  type LayoutLink,
  type LayoutLinkKind,
  type LayoutPoint,
  type LayoutRect,
  type LayoutSize,
  type LayoutGap,
  type LayoutOptions,
  type LayoutPlacement,
  type LayoutDirection,
  type CompactOptions,
  type OrgChartOrientation,
} from '../model/layout';
export { outlineOrg, type OrgOutline, type OutlineItem, type OutlineOptions } from '../model/outline';

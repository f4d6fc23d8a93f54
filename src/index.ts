'use client';
/**
 * rolekit: components that show what a job is and where it sits, all driven by
 * one typed role model (`Org` → `Role`).
 */
export * from './model';
export { RolekitProvider, type RolekitProviderProps, type LabelOverrides } from './internal/locale';
export * from './workflow-stepper';
export * from './role-card';
export * from './responsibility-checklist';
export * from './org-chart';
export { OrgChartMinimap, type OrgChartMinimapProps } from './org-chart/OrgChartMinimap';
export { chartToSVG, chartToPNG, type ChartToSVGOptions, type ChartToPNGOptions } from './org-chart/export';

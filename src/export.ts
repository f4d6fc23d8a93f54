/**
 * rolekit/export: a laid-out org as a standalone SVG (a string, server-safe) or a PNG
 * (a Blob, in the browser). Apart from the main entry so a page that only shows charts
 * does not ship the exporters; `OrgChart`'s handle (`toSVG`, `toPNG`) loads the same
 * module on first use.
 */
export { chartToSVG, chartToPNG, type ChartToSVGOptions, type ChartToPNGOptions } from './org-chart/export';

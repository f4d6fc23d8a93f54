/**
 * One colour map for everything the chart paints without CSS: the canvas marks, the
 * minimap and the SVG/PNG export. Each colour is a `--rk-*` token; the built-in light and
 * dark palettes are those tokens' default values (a unit test reads them off the
 * stylesheet), for an export that has no page to read them from.
 */
import type { OrgLayout } from '../model/layout';
import { memoByObject } from '../model/memo';

export interface ChartColours {
  /** Behind the chart (`--rk-color-surface`). */
  readonly page: string;
  /** A card (`--rk-color-bg`). */
  readonly card: string;
  readonly border: string;
  readonly borderStrong: string;
  readonly text: string;
  readonly muted: string;
  readonly accent: string;
  readonly accentSoft: string;
  readonly vacant: string;
  readonly vacantSoft: string;
  /** Solid connectors (`--rk-org-chart-line`). */
  readonly line: string;
  /** Dotted lines (`--rk-org-chart-dotted`). */
  readonly dotted: string;
  /** The accent bar of a card per role level (`--rk-org-chart-accent-<level>`); `default` for any other. */
  readonly levels: Readonly<Record<(typeof LEVELS)[number], string>>;
  /** Departments, eight in turn (`--rk-org-chart-group-1` … `-8`); see `departmentSlots`. */
  readonly groups: readonly string[];
}

export const LEVELS = ['default', 'executive', 'director', 'manager', 'supervisor', 'assistant', 'representative'] as const;

const TOKENS: Record<Exclude<keyof ChartColours, 'levels' | 'groups'>, string> = {
  page: '--rk-color-surface',
  card: '--rk-color-bg',
  border: '--rk-color-border',
  borderStrong: '--rk-color-border-strong',
  text: '--rk-color-text',
  muted: '--rk-color-text-muted',
  accent: '--rk-color-accent',
  accentSoft: '--rk-color-accent-soft',
  vacant: '--rk-color-vacant',
  vacantSoft: '--rk-color-vacant-soft',
  line: '--rk-org-chart-line',
  dotted: '--rk-org-chart-dotted',
};

const palette = (values: string, levels: string, groups: string): ChartColours => {
  const v = values.split(' ');
  const l = levels.split(' ');
  const keys = Object.keys(TOKENS) as Array<keyof typeof TOKENS>;
  return {
    ...(Object.fromEntries(keys.map((key, i) => [key, v[i]!])) as Record<keyof typeof TOKENS, string>),
    levels: Object.fromEntries(LEVELS.map((level, i) => [level, l[i]!])) as ChartColours['levels'],
    groups: groups.split(' '),
  };
};

// In TOKENS order; levels in LEVELS order. The line is the stylesheet's color-mix of the
// connector and text colours, resolved (an exported file cannot mix colours).
export const LIGHT_COLOURS = palette(
  '#f8fafc #ffffff #d5dbe3 #94a3b8 #1f2937 #4b5563 #1d4ed8 #eff4ff #92400e #fffbeb #6b788b #1d4ed8',
  '#94a3b8 #6d28d9 #1d4ed8 #0f766e #15803d #be185d #94a3b8',
  // 3:1 against the card at least: a mark is drawn in them alone when it is a few pixels big.
  '#2563eb #0f766e #7c3aed #be123c #15803d #4d7c0f #0e7490 #a21caf',
);
export const DARK_COLOURS = palette(
  '#162033 #0f172a #334155 #64748b #e5e7eb #a8b3c2 #93b4fd #1e2a4a #fcd34d #33260a #919cad #93b4fd',
  '#64748b #c4b5fd #93b4fd #5eead4 #6ee7a0 #f9a8d4 #64748b',
  '#60a5fa #2dd4bf #a78bfa #fb7185 #4ade80 #a3e635 #22d3ee #e879f9',
);

/**
 * The colours in force on an element of the chart: its tokens, the light palette where one is
 * missing. The department colours have no default in the stylesheet (it would carry 24 of
 * them, light and dark twice): unset, they follow the theme the element sits in.
 */
export function readChartColours(element: Element, fallback: ChartColours = LIGHT_COLOURS): ChartColours {
  const css = getComputedStyle(element);
  const read = (name: string, otherwise: string) => css.getPropertyValue(name).trim() || otherwise;
  const theme = element.closest('[data-rk-theme]')?.getAttribute('data-rk-theme');
  const dark = theme === 'dark' || (theme === 'auto' && typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches);
  const groups = (dark ? DARK_COLOURS : fallback).groups;
  const keys = Object.keys(TOKENS) as Array<keyof typeof TOKENS>;
  return {
    ...(Object.fromEntries(keys.map((key) => [key, read(TOKENS[key], fallback[key])])) as Record<keyof typeof TOKENS, string>),
    levels: Object.fromEntries(LEVELS.map((level) => [level, read(`--rk-org-chart-accent-${level}`, fallback.levels[level])])) as ChartColours['levels'],
    groups: groups.map((colour, i) => read(`--rk-org-chart-group-${i + 1}`, colour)),
  };
}

/**
 * Each department's place in `ChartColours.groups`: in the order the departments first
 * appear from the top of the chart, so the first eight differ (a hash would give two of
 * five departments one colour) and the top of the org keeps its colours as branches open
 * and close below. Roles with no department are absent.
 */
export const departmentSlots = /* @__PURE__ */ memoByObject((layout: OrgLayout): ReadonlyMap<string, number> => {
  const slots = new Map<string, number>();
  for (const { role } of layout.nodes) if (role.department && !slots.has(role.department)) slots.set(role.department, slots.size % GROUP_COUNT);
  return slots;
});

export const GROUP_COUNT = 8;

/** The accent of a role level. */
export const levelColour = (colours: ChartColours, level: string | undefined): string =>
  (colours.levels as Record<string, string>)[level ?? ''] ?? colours.levels.default;

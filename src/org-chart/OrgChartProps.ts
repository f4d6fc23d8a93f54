import type { ComponentPropsWithoutRef, ReactNode, Ref } from 'react';
import type { Org, Role } from '../model/schema';
import type { OrgIssue } from '../model/issues';
import type { OrgRollup } from '../model/rollup';
import type { CompactOptions, LayoutGap, LayoutSize, OrgChartOrientation } from '../model/layout';
import type { OrgChartLabels } from './labels';
import type { OrgChartNodeState } from './OrgChartNode';
import type { OrgChartView } from './OrgChartTreeItem';
import type { OrgChartHandle } from './useOrgChartHandle';
import type { LoadChildren } from './useLazyChildren';
import type { InitialView, Transform } from './viewport';

export interface OrgChartProps extends Omit<ComponentPropsWithoutRef<'div'>, 'role' | 'children' | 'onSelect' | 'onError' | 'dir'> {
  /** The org to draw. Invalid data is reported (`onError` and a visible alert); its valid part is still drawn. */
  org: Org;
  /** Controlled view: the graphical chart or an indented outline (the same tree, the same keys). */
  view?: OrgChartView | undefined;
  /** @default 'chart' */
  defaultView?: OrgChartView | undefined;
  onViewChange?: ((view: OrgChartView) => void) | undefined;
  /** @default 'top-to-bottom' */
  orientation?: OrgChartOrientation | undefined;
  /** Stack the leaves of a wide team in columns (`true`: more than 4 leaves, 2 columns).  @default false */
  compact?: boolean | CompactOptions | undefined;
  /** Size of each node box in the chart, in pixels; a custom `renderNode` must fit it.  @default { width: 240, height: 96 } */
  nodeSize?: LayoutSize | undefined;
  /** Space between boxes, in pixels.  @default { sibling: 24, level: 56, subtree: 48 } */
  gap?: LayoutGap | undefined;
  /** Controlled expanded role ids. */
  expandedIds?: readonly string[] | undefined;
  /** Uncontrolled: the roles that start expanded. Wins over `defaultExpandDepth`. */
  defaultExpandedIds?: readonly string[] | undefined;
  /** Uncontrolled, the short way: roles at a depth below this start expanded (0: only the roots show).  @default 2 */
  defaultExpandDepth?: number | undefined;
  /** Every change of the expanded ids, controlled or not. */
  onExpandedIdsChange?: ((ids: string[]) => void) | undefined;
  /** Controlled selected role; `null` for none. */
  selectedId?: string | null | undefined;
  /** @default null */
  defaultSelectedId?: string | null | undefined;
  /** The selection changed (controlled or not). */
  onSelectedIdChange?: ((roleId: string) => void) | undefined;
  /** A role was activated (click, Enter, Space), even if it was already selected. */
  onActivate?: ((roleId: string) => void) | undefined;
  /**
   * Controlled: the role whose team is shown — it and its reports, `focusDepth` levels open,
   * under a breadcrumb of its managers up to the top, each a button that moves the focus up
   * ("Whole organisation" clears it). The rest of the org is not laid out, listed or
   * searched. `null`: the whole org. An id of no role is reported (`onError`, the alert)
   * and the whole org shown. "Show my team": the current user's role.
   */
  focusId?: string | null | undefined;
  /** @default null */
  defaultFocusId?: string | null | undefined;
  /** The focus changed (a breadcrumb step, `handle.focusTeam`), controlled or not; `null`: the whole org. */
  onFocusIdChange?: ((roleId: string | null) => void) | undefined;
  /**
   * Levels of a focused team open when it is first shown (1: the role's direct reports).
   * Expanding and collapsing inside the team is the team's own, apart from `expandedIds`.
   * @default 2
   */
  focusDepth?: number | undefined;
  /** Controlled search text: matching roles (name, title, department) and their paths to the root are highlighted. */
  query?: string | undefined;
  /** @default '' */
  defaultQuery?: string | undefined;
  onQueryChange?: ((query: string) => void) | undefined;
  /** Draws a node's content (the tree item around it, with its keyboard and ARIA, stays rolekit's).  @default the compact role card */
  renderNode?: ((role: Role, state: OrgChartNodeState) => ReactNode) | undefined;
  /** Shows the view switch, search, zoom buttons and Expand all / Collapse all.  @default true */
  toolbar?: boolean | undefined;
  /** Fixed height of the viewport (number: pixels). Without it the viewport hugs the chart up to `--rk-org-chart-height` (30rem). */
  height?: number | string | undefined;
  /** Smallest zoom.  @default 0.05 */
  minScale?: number | undefined;
  /** Largest zoom.  @default 2 */
  maxScale?: number | undefined;
  /** What a plain mouse wheel does; Ctrl/⌘ + wheel and trackpad pinch always zoom.  @default 'pan' */
  wheelBehavior?: 'pan' | 'zoom' | undefined;
  /** Direction of the chart. `'auto'` (or absent) reads it from the page after mounting; pass it for SSR without a jump.  @default 'auto' */
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
  /** BCP 47 locale for counts.  @default the RolekitProvider's */
  locale?: string | undefined;
  labels?: Partial<OrgChartLabels> | undefined;
  /** Problems found in `org`, once per distinct set. */
  onError?: ((issues: readonly OrgIssue[]) => void) | undefined;
  /**
   * Draws the error state in place of rolekit's box (a plain sentence, the issues in a
   * closed "Details" disclosure), with the issues that box would list. Whatever it returns
   * is rendered, `null` included.
   */
  renderError?: ((issues: readonly OrgIssue[]) => ReactNode) | undefined;
  /** `'none'` shows no error state at all, not even `renderError`'s; `onError` still gets the issues.  @default 'alert' */
  errorDisplay?: 'alert' | 'none' | undefined;
  /** Receives the `OrgChartHandle`. */
  handleRef?: Ref<OrgChartHandle> | undefined;
  /**
   * Fetches the reports of a role sent without them (`role.reportCount > 0` and no reports
   * in `org`) when it is first expanded. The node shows it is loading, and an error with a
   * retry; a second expand while loading sends no second request.
   */
  loadChildren?: LoadChildren | undefined;
  /**
   * Headcount roll-ups to show, from `rollupOrg(org)` (rolekit/model): the default card adds
   * "12 people · 2 open" under a manager's rows, the list view at the row's end, and each
   * treeitem's description says it. Passed in rather than computed, so a chart without them
   * ships none of that code.
   */
  rollup?: OrgRollup | undefined;
  /**
   * Flags managers whose span of control (direct reports, assistants aside) is above this:
   * `data-wide-span` on the node, its reports count drawn as a warning pill and said in its
   * description. Works with or without `rollup`.  @default no warning
   */
  spanWarning?: number | undefined;
  /** Shows an overview of the whole chart with the visible area, draggable.  @default false */
  minimap?: boolean | undefined;
  /**
   * What the chart opens on. By default: the whole width when the cards stay readable
   * at that scale (their text at 10 px or more, scale ≥ 0.72), else the top of the org
   * at that scale, centred on the selected role (the tab stop). `'fit'`: the whole chart
   * (the Fit button); `'top'`: the top role at 100 %; `'selected'`: the selected role at
   * 100 %; `{ roleId, scale }`: that role (hidden in a closed branch: the tab stop) at
   * `scale` (100 %). Read on the first layout only.
   */
  initialView?: InitialView | undefined;
  /**
   * The viewport's width in pixels before it can be measured: the server and the hydrating
   * render choose the first view's scale for it (the position follows the real size in
   * CSS), and a hydrated chart keeps that scale, so nothing moves.  @default 1280
   */
  initialWidth?: number | undefined;
  /** The view came to rest somewhere new after a pan, a zoom, a fit or a move to a role (not for the first view). */
  onTransformChange?: ((transform: Transform) => void) | undefined;
}

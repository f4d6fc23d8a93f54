import { useCallback, useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { OrgChart, ResponsibilityChecklist, RoleCard, WorkflowStepper, type Org } from '../src';
import { orgChartStateFromSearch, orgChartStateToSearch, type OrgChartUrlState } from '../src/model';

/**
 * The role explorer: the four components on one org, as an HR portal would use them.
 * Only the public API. The address keeps the view, so a link opens the same one:
 * - the chart's state in the query (`orgChartStateToSearch`: the focused team, selected,
 *   expanded, search text, view, zoom), read at the first render — a server passes the request's query as
 *   `search`, so both render that view — and written with `replaceState` as it changes
 *   (no history entry per click), the host's other parameters kept;
 * - the selected role also in the hash (`#role=<id>`), which the card's manager/report
 *   links are: followed on `hashchange`.
 */

export interface RoleExplorerProps {
  org: Org;
  /** The role shown when the URL names none. */
  defaultRoleId?: string;
  /** Strings of the explorer itself (the components take theirs from RolekitProvider). */
  text?: Partial<ExplorerText>;
  /** The page's query string. On the server pass the request's; in the browser it defaults to `location.search`. */
  search?: string;
}

export interface ExplorerText {
  chart: string;
  skip: string;
  details: (title: string) => string;
  none: string;
  workflow: string;
  duties: string;
  /** The button that shows only the selected role's team in the chart (`focusId`). */
  showTeam: (title: string) => string;
}

export const explorerTextEn: ExplorerText = {
  chart: 'Sales department',
  skip: 'Skip to role details',
  details: (title) => `Role details: ${title}`,
  none: 'Select a role in the chart to see its details.',
  workflow: 'How this role works',
  duties: 'Responsibilities',
  showTeam: (title) => `Show only the team of ${title}`,
};

export const explorerTextZh: ExplorerText = {
  chart: '销售部',
  skip: '跳到岗位详情',
  details: (title) => `岗位详情：${title}`,
  none: '在架构图中选择一个岗位，查看详情。',
  workflow: '工作流程',
  duties: '岗位职责',
  showTeam: (title) => `只显示${title}的团队`,
};

const HASH_KEY = 'role';

/** `#role=sales-director` → `sales-director`. */
export function roleIdFromHash(hash: string): string | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const id = params.get(HASH_KEY);
  return id || undefined;
}

export const roleHref = (roleId: string) => `#${HASH_KEY}=${encodeURIComponent(roleId)}`;

/** Rewrites the chart's part of the address, leaving the host's parameters and the hash. */
function writeAddress(state: OrgChartUrlState) {
  const { pathname, search, hash } = window.location;
  window.history.replaceState(window.history.state, '', pathname + orgChartStateToSearch(state, search) + hash);
}

export function RoleExplorer({ org, defaultRoleId, text: textProp, search }: RoleExplorerProps) {
  const text = { ...explorerTextEn, ...textProp };
  const known = useCallback((id: string | undefined) => (id && org.roles.some((role) => role.id === id) ? id : undefined), [org]);
  // The query is known at the first render (a server has the request's); the hash only after mounting.
  const [initial] = useState(() => orgChartStateFromSearch(search ?? (typeof window === 'undefined' ? '' : window.location.search)));
  const view = useRef<OrgChartUrlState>(initial);
  const remember = (patch: OrgChartUrlState) => {
    view.current = { ...view.current, ...patch };
    writeAddress(view.current);
  };
  // Unknown ids are the chart's to report (its alert): a link may name a team since removed.
  const [focusId, setFocusId] = useState<string | null>(initial.focus ?? null);
  const changeFocus = (id: string | null) => {
    setFocusId(id);
    remember({ focus: id ?? undefined });
  };
  const fallback = known(initial.selected) ?? known(defaultRoleId) ?? org.roles[0]?.id ?? null;
  const [roleId, setRoleId] = useState<string | null>(fallback);
  const detailsRef = useRef<HTMLElement>(null);
  const chartTitleId = useId();
  const detailsId = useId();
  /** Set when the change came from inside the details (a card link): focus follows the new role. */
  const focusDetails = useRef(false);

  useEffect(() => {
    const fromHash = () => {
      const id = known(roleIdFromHash(window.location.hash));
      if (!id) return;
      setRoleId(id);
      view.current = { ...view.current, selected: id };
      writeAddress(view.current);
    };
    fromHash();
    window.addEventListener('hashchange', fromHash);
    return () => window.removeEventListener('hashchange', fromHash);
  }, [known]);

  useEffect(() => {
    if (!focusDetails.current) return;
    focusDetails.current = false;
    detailsRef.current?.focus();
  }, [roleId]);

  const select = (id: string) => {
    setRoleId(id);
    if (roleIdFromHash(window.location.hash) !== id) window.history.replaceState(window.history.state, '', roleHref(id));
    remember({ selected: id });
  };

  // A card link is a real `#role=` link (open in a new tab, copy the address). A plain
  // click sets the hash itself, so a page with a <base href> does not load another
  // page, and moves focus to the new role's details, since the link itself goes away.
  const onCardLink = (id: string, event: MouseEvent<HTMLElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    focusDetails.current = true;
    window.location.hash = roleHref(id);
  };

  const role = org.roles.find((candidate) => candidate.id === roleId);

  return (
    <div className="explorer">
      <a
        className="explorer-skip"
        href={`#${detailsId}`}
        onClick={(event) => {
          // Not a hash navigation: that would replace `#role=…` in the address.
          event.preventDefault();
          detailsRef.current?.focus();
        }}
      >
        {text.skip}
      </a>
      <section className="explorer-chart" aria-labelledby={chartTitleId}>
        <h1 id={chartTitleId} className="explorer-title">
          {org.name ?? text.chart}
        </h1>
        <OrgChart
          org={org}
          aria-labelledby={chartTitleId}
          selectedId={roleId}
          onActivate={select}
          focusId={focusId}
          onFocusIdChange={changeFocus}
          defaultExpandDepth={Infinity}
          defaultExpandedIds={initial.expanded}
          onExpandedIdsChange={(expanded) => remember({ expanded })}
          defaultQuery={initial.query}
          onQueryChange={(query) => remember({ query })}
          defaultView={initial.view}
          onViewChange={(v) => remember({ view: v })}
          // Without a zoom in the link: the chart's own readable first view.
          initialView={initial.zoom && fallback ? { roleId: fallback, scale: initial.zoom } : undefined}
          onTransformChange={(t) => remember({ zoom: Math.round(t.k * 1000) / 1000 })}
          height={440}
        />
        {role && focusId !== role.id && org.roles.some((r) => r.reportsTo === role.id) && (
          <button type="button" className="explorer-team" onClick={() => changeFocus(role.id)}>
            {text.showTeam(role.title)}
          </button>
        )}
      </section>
      <section
        ref={detailsRef}
        id={detailsId}
        className="explorer-details"
        tabIndex={-1}
        aria-label={role ? text.details(role.title) : text.none}
        data-role-id={role?.id}
      >
        {role ? (
          <>
            <RoleCard key={role.id} role={role} org={org} headingLevel={2} getRoleHref={roleHref} onRoleClick={onCardLink} className="explorer-card" />
            <div className="explorer-side">
              <section className="explorer-panel" aria-label={text.duties}>
                <ResponsibilityChecklist role={role} headingLevel={3} />
              </section>
              {role.workflow && (
                <section className="explorer-panel" aria-label={text.workflow}>
                  <WorkflowStepper workflow={role.workflow} headingLevel={3} orientation="vertical" />
                </section>
              )}
            </div>
          </>
        ) : (
          <p>{text.none}</p>
        )}
      </section>
    </div>
  );
}

/** The explorer's own layout: host CSS, not rolekit's (a portal brings its own page grid). */
export const explorerCss = `
.explorer { display: grid; gap: 1.5rem; font-family: system-ui, sans-serif; color: #1f2937; }
[data-rk-theme="dark"] .explorer { color: #e5e7eb; }
.explorer-title { margin: 0 0 0.75rem; font-size: 1.25rem; }
.explorer-skip { position: absolute; inset-inline-start: 1rem; inset-block-start: -3rem; padding: 0.5rem 0.75rem; border-radius: 0.375rem; background: #1d4ed8; color: #fff; z-index: 10; }
.explorer-skip:focus { inset-block-start: 0.5rem; }
.explorer-details { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); gap: 1.5rem; align-items: start; border-radius: 0.75rem; }
.explorer-details:focus-visible { outline: 2px solid #2563eb; outline-offset: 4px; }
.explorer-side { display: grid; gap: 1.5rem; min-inline-size: 0; }
.explorer-panel { min-inline-size: 0; }
.explorer-team { margin-block-start: 0.75rem; padding: 0.375rem 0.75rem; border: 1px solid #1d4ed8; border-radius: 0.375rem; background: #fff; color: #1d4ed8; font: inherit; cursor: pointer; }
[data-rk-theme="dark"] .explorer-team { border-color: #93c5fd; background: #111827; color: #93c5fd; }
.explorer-team:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
`;

import type { Org } from '../model/schema';
import type { OrgIssue } from '../model/issues';
import { getOrgModel } from '../model/orgModel';
import { useLabels } from '../internal/locale';
import { OrgChart, type OrgChartView } from '../org-chart';
import { RoleCard } from '../role-card';
import { ResponsibilityChecklist } from '../responsibility-checklist';
import { WorkflowStepper } from '../workflow-stepper';
import { elementLabels } from './labels';

export interface RoleExplorerProps {
  org: Org;
  /** The role shown; the first root when absent or unknown. */
  selectedId: string | undefined;
  onSelect: (roleId: string) => void;
  onCheckedChange: (ids: string[]) => void;
  onPhaseChange: (phaseId: string) => void;
  onError: (issues: readonly OrgIssue[]) => void;
  view: OrgChartView | undefined;
  onViewChange: (view: OrgChartView) => void;
  height: number | string | undefined;
  dir: 'ltr' | 'rtl' | 'auto' | undefined;
  locale: string | undefined;
}

/**
 * The explorer of the stories (stories/RoleExplorer.tsx) without its URL handling: a portal
 * page owns its address, so the selection is the element's `selected-id` instead of `#role=`.
 * The chart selects; the card's manager and report names select too.
 */
export function RoleExplorer({ org, selectedId, onSelect, onCheckedChange, onPhaseChange, onError, view, onViewChange, height, dir, locale }: RoleExplorerProps) {
  const labels = useLabels('elements', elementLabels);
  const { index } = getOrgModel(org);
  const role = (selectedId !== undefined ? index.roleById.get(selectedId) : undefined) ?? index.roots[0];
  return (
    <div className="rk-explorer" data-slot="explorer">
      <OrgChart
        org={org}
        selectedId={role?.id ?? null}
        onActivate={onSelect}
        onError={onError}
        defaultExpandDepth={Infinity}
        view={view ?? 'chart'}
        onViewChange={onViewChange}
        height={height}
        dir={dir}
        locale={locale}
      />
      <section className="rk-explorer-details" data-slot="explorer-details" aria-label={role ? labels.roleDetails(role.title) : labels.noSelection} data-role-id={role?.id}>
        {role ? (
          <>
            <RoleCard key={role.id} role={role} org={index.org} headingLevel={2} onRoleClick={onSelect} dir={dir} locale={locale} />
            <div className="rk-explorer-side">
              <section aria-label={labels.duties}>
                <ResponsibilityChecklist key={role.id} role={role} headingLevel={3} onCheckedChange={onCheckedChange} dir={dir} locale={locale} />
              </section>
              {role.workflow && (
                <section aria-label={labels.workflow}>
                  <WorkflowStepper key={role.id} workflow={role.workflow} headingLevel={3} orientation="vertical" onActivePhaseChange={onPhaseChange} dir={dir} locale={locale} />
                </section>
              )}
            </div>
          </>
        ) : (
          <p>{labels.noSelection}</p>
        )}
      </section>
    </div>
  );
}

import type { Role } from '../model/schema';
import type { OrgChartLabels } from './labels';

export interface OrgChartBreadcrumbProps {
  labels: OrgChartLabels;
  /** The focused role's managers, the top of the org first. */
  managers: readonly Role[];
  /** The focused role: the last step, not a button (it is where the reader is). */
  current: Role;
  /** A step was chosen: that manager's team, or `null` for the whole organisation. */
  onFocusChange: (roleId: string | null) => void;
}

/**
 * The chain of command above a focused team, as a breadcrumb: "Whole organisation" and
 * each manager a button that moves the focus up there, the focused role last. Tab
 * reaches it between the toolbar and the tree; the tree keeps its own keyboard.
 */
export function OrgChartBreadcrumb({ labels, managers, current, onFocusChange }: OrgChartBreadcrumbProps) {
  return (
    <nav className="rk-org-chart-breadcrumb" data-slot="org-chart-breadcrumb" aria-label={labels.focusPath}>
      <ol className="rk-org-chart-breadcrumb-list">
        <li className="rk-org-chart-breadcrumb-item" data-slot="org-chart-breadcrumb-item">
          <button type="button" className="rk-org-chart-breadcrumb-button" data-slot="org-chart-breadcrumb-whole" onClick={() => onFocusChange(null)}>
            {labels.wholeOrg}
          </button>
        </li>
        {managers.map((role) => (
          <li key={role.id} className="rk-org-chart-breadcrumb-item" data-slot="org-chart-breadcrumb-item">
            <button type="button" className="rk-org-chart-breadcrumb-button" data-slot="org-chart-breadcrumb-button" data-role-id={role.id} onClick={() => onFocusChange(role.id)}>
              {role.title}
            </button>
          </li>
        ))}
        <li className="rk-org-chart-breadcrumb-item" data-slot="org-chart-breadcrumb-item">
          <span className="rk-org-chart-breadcrumb-current" data-slot="org-chart-breadcrumb-current" aria-current="location">
            {current.title}
          </span>
        </li>
      </ol>
    </nav>
  );
}

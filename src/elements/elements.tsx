import { createRef, type ReactNode } from 'react';
import type { Org, Role, Workflow } from '../model/schema';
import type { OrgIssue } from '../model/issues';
import { getOrgModel } from '../model/orgModel';
import type { OrgChartOrientation } from '../model/layout';
import { OrgChart, type OrgChartHandle, type OrgChartView } from '../org-chart';
import type { PrintOptions, ToPDFOptions } from '../org-chart/usePaper';
import { RoleCard } from '../role-card';
import { ResponsibilityChecklist } from '../responsibility-checklist';
import { WorkflowStepper } from '../workflow-stepper';
import { RoleMissing, RolekitElement, type AttributeKind } from './RolekitElement';
import { RoleExplorer } from './RoleExplorer';

const NO_IDS: readonly string[] = [];
const notYet = () => Promise.reject(new Error('rolekit: not rendered yet'));

/* -------------------------------------------------------------------------------------------------
 * <rolekit-org-chart>
 * -----------------------------------------------------------------------------------------------*/

/**
 * `<rolekit-org-chart>`: OrgChart in a shadow root. The selection, the search text and the
 * view are the element's attributes (`selected-id`, `query`, `view`), reflected as the user
 * changes them; `expand-depth` is read when the chart mounts. The OrgChart handle's
 * methods are on the element.
 */
export class RolekitOrgChartElement extends RolekitElement {
  static override attributes: Record<string, AttributeKind> = {
    dir: 'string',
    view: 'string',
    orientation: 'string',
    compact: 'boolean',
    'selected-id': 'string',
    'focus-id': 'string',
    'focus-depth': 'number',
    query: 'string',
    'expand-depth': 'number',
    height: 'string',
    minimap: 'boolean',
    toolbar: 'on',
    label: 'string',
  };
  static override properties = ['labels'];

  declare org: Org | undefined;
  declare labels: Record<string, object | undefined> | undefined;
  declare theme: string | null;
  declare locale: string | null;
  declare src: string | null;
  declare view: OrgChartView | null;
  declare orientation: OrgChartOrientation | null;
  declare compact: boolean;
  declare selectedId: string | null;
  declare focusId: string | null;
  declare focusDepth: number | null;
  declare query: string | null;
  declare expandDepth: number | null;
  declare height: string | null;
  declare minimap: boolean;
  declare toolbar: boolean;
  declare label: string | null;

  private handle = createRef<OrgChartHandle>();
  private expanded: string[] | undefined;

  /** The expanded role ids, as of the last change (`undefined` before any). */
  get expandedIds(): string[] | undefined {
    return this.expanded;
  }

  expandAll(): void {
    this.handle.current?.expandAll();
  }
  collapseAll(): void {
    this.handle.current?.collapseAll();
  }
  fit(): Promise<void> {
    return this.handle.current?.fit() ?? Promise.resolve();
  }
  centerOn(roleId: string, options?: { focus?: boolean }): Promise<boolean> {
    return this.handle.current?.centerOn(roleId, options) ?? Promise.resolve(false);
  }
  focusNode(roleId: string): Promise<boolean> {
    return this.handle.current?.focusNode(roleId) ?? Promise.resolve(false);
  }
  toSVG(): Promise<string> {
    return this.handle.current?.toSVG() ?? notYet();
  }
  toPNG(): Promise<Blob> {
    return this.handle.current?.toPNG() ?? notYet();
  }
  /** The chart alone in the print dialog, paginated (the chart's `handle.print`). */
  print(options?: PrintOptions): Promise<void> {
    return this.handle.current?.print(options) ?? notYet();
  }
  /** The chart as a paginated PDF built in the page (the chart's `handle.toPDF`). */
  toPDF(options?: ToPDFOptions): Promise<Blob> {
    return this.handle.current?.toPDF(options) ?? notYet();
  }

  protected renderData(data: unknown): ReactNode {
    const depth = this.attr('expand-depth', 'number') as number | null;
    return (
      <OrgChart
        org={data as Org}
        handleRef={this.handle}
        aria-label={this.text('label')}
        view={(this.text('view') as OrgChartView | undefined) ?? 'chart'}
        onViewChange={(view) => this.setAttribute('view', view)}
        orientation={this.text('orientation') as OrgChartOrientation | undefined}
        compact={this.flag('compact')}
        selectedId={this.text('selected-id') ?? null}
        onSelectedIdChange={(id) => this.setAttribute('selected-id', id)}
        onActivate={(roleId) => this.emit('rolekit-select', { roleId })}
        focusId={this.text('focus-id') ?? null}
        onFocusIdChange={(roleId) => {
          if (roleId === null) this.removeAttribute('focus-id');
          else this.setAttribute('focus-id', roleId);
          this.emit('rolekit-focus-change', { roleId });
        }}
        focusDepth={(this.attr('focus-depth', 'number') as number | null) ?? undefined}
        query={this.text('query') ?? ''}
        onQueryChange={(query) => this.setAttribute('query', query)}
        defaultExpandDepth={depth ?? undefined}
        onExpandedIdsChange={(ids) => {
          this.expanded = ids;
          this.emit('rolekit-expanded-change', { ids });
        }}
        height={this.length('height')}
        minimap={this.flag('minimap')}
        toolbar={this.flag('toolbar')}
        {...this.shared()}
      />
    );
  }
}

/* -------------------------------------------------------------------------------------------------
 * Role elements: card, checklist, stepper
 * -----------------------------------------------------------------------------------------------*/

/** What the role elements share: the org's role named by `role-id` (else the first root). */
abstract class RoleElement extends RolekitElement {
  declare org: Org | undefined;
  declare labels: Record<string, object | undefined> | undefined;
  declare theme: string | null;
  declare locale: string | null;
  declare src: string | null;
  declare roleId: string | null;

  protected abstract renderRole(role: Role, org: Org): ReactNode;

  protected renderData(data: unknown): ReactNode {
    const model = getOrgModel(data as Org);
    const org = model.index.org;
    const wanted = this.text('role-id');
    const role = wanted === undefined ? model.index.roots[0] : model.index.roleById.get(wanted);
    if (!role) {
      const missing: OrgIssue[] = wanted === undefined ? [] : [{ code: 'unknown_reference', path: ['role-id'], message: `role-id: no role "${wanted}" in the org` }];
      return <RoleMissing issues={[...model.issues, ...missing]} onError={this.reportIssues} />;
    }
    return this.renderRole(role, org);
  }
}

const ROLE_ATTRIBUTES: Record<string, AttributeKind> = { 'role-id': 'string', dir: 'string' };

/**
 * `<rolekit-role-card>`: RoleCard for the role `role-id` of the org. A click on a manager
 * or report sends `rolekit-select` and, unless the listener calls `preventDefault()`,
 * shows that role (`role-id` follows).
 */
export class RolekitRoleCardElement extends RoleElement {
  static override attributes: Record<string, AttributeKind> = { ...ROLE_ATTRIBUTES, variant: 'string', 'heading-level': 'number' };
  static override properties = ['labels'];

  declare variant: 'full' | 'compact' | null;
  declare headingLevel: number | null;

  protected renderRole(role: Role, org: Org): ReactNode {
    return (
      <RoleCard
        role={role}
        org={org}
        variant={this.text('variant') as 'full' | 'compact' | undefined}
        headingLevel={(this.attr('heading-level', 'number') as 1 | 2 | 3 | 4 | 5 | 6 | null) ?? undefined}
        onRoleClick={(roleId) => {
          if (this.emit('rolekit-select', { roleId }, true)) this.setAttribute('role-id', roleId);
        }}
        {...this.shared()}
      />
    );
  }
}

/**
 * `<rolekit-responsibility-checklist>`: the role's duties. `checkedIds` is a property the
 * element owns, like an input's value: ticking updates it and sends `rolekit-checked-change`.
 */
export class RolekitResponsibilityChecklistElement extends RoleElement {
  static override attributes: Record<string, AttributeKind> = { ...ROLE_ATTRIBUTES, 'read-only': 'boolean', filter: 'boolean', 'heading-level': 'number' };
  static override properties = ['labels', 'checkedIds'];

  declare checkedIds: readonly string[] | undefined;
  declare readOnly: boolean;
  declare filter: boolean;
  declare headingLevel: number | null;

  protected renderRole(role: Role): ReactNode {
    return (
      <ResponsibilityChecklist
        role={role}
        checkedIds={(this.props.checkedIds as readonly string[] | undefined) ?? NO_IDS}
        onCheckedChange={(ids) => {
          this.props.checkedIds = ids;
          this.update();
          this.emit('rolekit-checked-change', { ids });
        }}
        readOnly={this.flag('read-only')}
        showFilter={this.flag('filter')}
        headingLevel={(this.attr('heading-level', 'number') as 2 | 3 | 4 | 5 | 6 | null) ?? undefined}
        {...this.shared()}
      />
    );
  }
}

/**
 * `<rolekit-workflow-stepper>`: the role's workflow (or the `workflow` property's).
 * `phase-id` is where it starts; `completedStepIds` is owned by the element as the
 * checklist's `checkedIds` (ticking sends `rolekit-checked-change`).
 */
export class RolekitWorkflowStepperElement extends RoleElement {
  static override attributes: Record<string, AttributeKind> = { ...ROLE_ATTRIBUTES, 'phase-id': 'string', orientation: 'string', linear: 'boolean', 'heading-level': 'number' };
  static override properties = ['labels', 'completedStepIds', 'workflow'];
  static override data = ['org', 'workflow'];

  declare workflow: Workflow | undefined;
  declare completedStepIds: readonly string[] | undefined;
  declare phaseId: string | null;
  declare orientation: 'horizontal' | 'vertical' | 'auto' | null;
  declare linear: boolean;
  declare headingLevel: number | null;

  protected override ownData(): unknown {
    return this.props.workflow ? {} : undefined;
  }

  protected override renderData(data: unknown): ReactNode {
    const workflow = this.props.workflow as Workflow | undefined;
    return workflow ? this.renderWorkflow(workflow) : super.renderData(data);
  }

  protected renderRole(role: Role): ReactNode {
    return this.renderWorkflow(role.workflow);
  }

  private renderWorkflow(workflow: Workflow | undefined): ReactNode {
    return (
      <WorkflowStepper
        workflow={workflow}
        defaultActivePhaseId={this.text('phase-id')}
        onActivePhaseChange={(phaseId) => this.emit('rolekit-phase-change', { phaseId })}
        completedStepIds={(this.props.completedStepIds as readonly string[] | undefined) ?? NO_IDS}
        onCompletedStepsChange={(ids) => {
          this.props.completedStepIds = ids;
          this.update();
          this.emit('rolekit-checked-change', { ids });
        }}
        orientation={this.text('orientation') as 'horizontal' | 'vertical' | 'auto' | undefined}
        linear={this.flag('linear')}
        headingLevel={(this.attr('heading-level', 'number') as 2 | 3 | 4 | 5 | null) ?? undefined}
        {...this.shared()}
      />
    );
  }
}

/* -------------------------------------------------------------------------------------------------
 * <rolekit-role-explorer>
 * -----------------------------------------------------------------------------------------------*/

/**
 * `<rolekit-role-explorer>`: the whole thing with one tag — the chart, and the selected role's
 * card, duties and workflow. The selection is `selected-id`, reflected as the user selects.
 */
export class RolekitRoleExplorerElement extends RolekitElement {
  static override attributes: Record<string, AttributeKind> = { 'selected-id': 'string', view: 'string', height: 'string', dir: 'string' };
  static override properties = ['labels'];

  declare org: Org | undefined;
  declare labels: Record<string, object | undefined> | undefined;
  declare theme: string | null;
  declare locale: string | null;
  declare src: string | null;
  declare selectedId: string | null;
  declare view: OrgChartView | null;
  declare height: string | null;

  protected renderData(data: unknown): ReactNode {
    return (
      <RoleExplorer
        org={data as Org}
        selectedId={this.text('selected-id')}
        onSelect={(roleId) => {
          if (this.emit('rolekit-select', { roleId }, true)) this.setAttribute('selected-id', roleId);
        }}
        onCheckedChange={(ids) => this.emit('rolekit-checked-change', { ids })}
        onPhaseChange={(phaseId) => this.emit('rolekit-phase-change', { phaseId })}
        view={this.text('view') as OrgChartView | undefined}
        onViewChange={(view) => this.setAttribute('view', view)}
        height={this.length('height')}
        {...this.shared()}
      />
    );
  }
}

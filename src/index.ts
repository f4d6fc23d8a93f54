'use client';
/**
 * rolekit: components that show what a job is and where it sits, all driven by
 * one typed role model (`Org` → `Role`).
 *
 * The model's functions and types are re-exported one by one rather than with
 * `export *`: this entry is the public API, and a helper added to the model for its
 * own use should not become part of it by accident. rolekit/model has them all (plus
 * `indexOrg` and the d3 `orgHierarchy`), rolekit/schema the valibot schemas, rolekit/export
 * the SVG and PNG exporters.
 */
export {
  QUALIFICATION_KINDS,
  QUALIFICATION_CATEGORIES,
  PENALTY_PERIODS,
  type Org,
  type OrgInput,
  type Role,
  type RoleInput,
  type RoleLevel,
  type RoleMeta,
  type Person,
  type Responsibility,
  type ResponsibilityGroup,
  type Qualification,
  type QualificationInput,
  type QualificationKind,
  type QualificationCategory,
  type Penalty,
  type PenaltyInput,
  type PenaltyPeriod,
  type Assessment,
  type AssessmentInput,
  type Workflow,
  type WorkflowPhase,
  type WorkflowStep,
  OrgError,
  type OrgIssue,
  type OrgIssueCode,
  type OrgPath,
  parseOrg,
  assertOrg,
  parseRole,
  parseWorkflow,
  type ParseOrgResult,
  type ParseResult,
  fromPeople,
  type PersonRecord,
  type FromPeopleOptions,
  getOrgModel,
  type OrgIndex,
  type OrgModel,
} from './model';
export { RolekitProvider, type RolekitProviderProps, type LabelOverrides } from './internal/locale';
export * from './workflow-stepper';
export * from './role-card';
export * from './responsibility-checklist';
// Also brings layoutOrg, outlineOrg and searchOrg with their types (the same bindings as rolekit/model's).
export * from './org-chart';
export { OrgChartMinimap, type OrgChartMinimapProps } from './org-chart/OrgChartMinimap';

/**
 * rolekit/model: the role model, pure and without 'use client', so server code (a React
 * Server Component, an API handler) can validate, index and lay out an org. Everything a
 * host calls is here; the helpers the model builds itself from stay private.
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
} from './schema';
export { OrgError, type OrgIssue, type OrgIssueCode, type OrgPath } from './issues';
export { parseOrg, assertOrg, parseRole, parseWorkflow, type ParseOrgResult, type ParseResult } from './parseOrg';
export { fromPeople, type PersonRecord, type FromPeopleOptions } from './fromPeople';
export { getOrgModel, indexOrg, orgHierarchy, type OrgIndex, type OrgModel, type RoleHierarchyNode, type RoleNodeDatum } from './orgModel';
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
} from './layout';
export { outlineOrg, type OrgOutline, type OutlineItem, type OutlineOptions } from './outline';
export { searchOrg } from './search';
export { rollupOrg, type OrgRollup, type RoleRollup } from './rollup';
export { orgChartStateToSearch, orgChartStateFromSearch, type OrgChartUrlState } from './urlState';

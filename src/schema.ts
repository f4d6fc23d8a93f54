/**
 * rolekit/schema: the valibot schemas `parseOrg` validates with, for hosts that build
 * on them (a form's field checks, a bigger API schema that holds an `Org`). Checking a
 * whole org needs more than the schema — unique ids, links that point somewhere, no
 * reporting cycles — so validate data with `parseOrg` (rolekit or rolekit/model).
 */
export {
  LIMITS,
  IdSchema,
  PersonSchema,
  ResponsibilitySchema,
  ResponsibilityGroupSchema,
  QualificationSchema,
  PenaltySchema,
  AssessmentSchema,
  WorkflowStepSchema,
  WorkflowPhaseSchema,
  WorkflowSchema,
  RoleSchema,
  OrgSchema,
} from './model/schema';

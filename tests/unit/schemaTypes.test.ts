// The public model types are declared interfaces (so hovers and the .d.ts read `Role`);
// these checks tie each one to what its valibot schema really accepts and returns.
// They are compile-time checks: `tsc --noEmit` (the first step of `npm test`) fails when
// an interface and its schema drift. `toEqualTypeOf` is exact, both directions and more:
// it also catches an optional field present on one side only, which mutual
// assignability lets through. The `it` blocks only give each pin a name in the report.
import { describe, expectTypeOf, it } from 'vitest';
import type * as v from 'valibot';
import {
  AssessmentSchema,
  OrgSchema,
  PENALTY_PERIODS,
  PenaltySchema,
  PersonSchema,
  QUALIFICATION_CATEGORIES,
  QUALIFICATION_KINDS,
  QualificationSchema,
  ResponsibilityGroupSchema,
  ResponsibilityObjectSchema,
  RoleSchema,
  WorkflowPhaseSchema,
  WorkflowSchema,
  WorkflowStepObjectSchema,
  type Assessment,
  type AssessmentInput,
  type Org,
  type OrgInput,
  type Penalty,
  type PenaltyInput,
  type PenaltyPeriod,
  type Person,
  type Qualification,
  type QualificationCategory,
  type QualificationInput,
  type QualificationKind,
  type Responsibility,
  type ResponsibilityGroup,
  type Role,
  type RoleInput,
  type Workflow,
  type WorkflowPhase,
  type WorkflowStep,
} from '../../src/model/schema';

type Out<S extends v.GenericSchema> = v.InferOutput<S>;
type In<S extends v.GenericSchema> = v.InferInput<S>;
type RoleEntries = (typeof RoleSchema)['entries'];

describe('each public model type equals its schema', () => {
  describe('as parsed (what parseOrg returns, what components take)', () => {
    it('Org', () => expectTypeOf<Org>().toEqualTypeOf<Out<typeof OrgSchema>>());
    it('Role', () => expectTypeOf<Role>().toEqualTypeOf<Out<typeof RoleSchema>>());
    it('Person', () => expectTypeOf<Person>().toEqualTypeOf<Out<typeof PersonSchema>>());
    // The recursive two against their unannotated objects: the exported schemas are typed
    // by the interfaces themselves, so comparing with those would prove nothing.
    it('Responsibility', () => {
      expectTypeOf<Responsibility>().toEqualTypeOf<Out<typeof ResponsibilityObjectSchema>>();
      expectTypeOf<Responsibility>().toEqualTypeOf<In<typeof ResponsibilityObjectSchema>>();
    });
    it('ResponsibilityGroup', () => expectTypeOf<ResponsibilityGroup>().toEqualTypeOf<Out<typeof ResponsibilityGroupSchema>>());
    it('Qualification', () => expectTypeOf<Qualification>().toEqualTypeOf<Out<typeof QualificationSchema>>());
    it('Penalty', () => expectTypeOf<Penalty>().toEqualTypeOf<Out<typeof PenaltySchema>>());
    it('Assessment', () => expectTypeOf<Assessment>().toEqualTypeOf<Out<typeof AssessmentSchema>>());
    it('WorkflowStep', () => {
      expectTypeOf<WorkflowStep>().toEqualTypeOf<Out<typeof WorkflowStepObjectSchema>>();
      expectTypeOf<WorkflowStep>().toEqualTypeOf<In<typeof WorkflowStepObjectSchema>>();
    });
    it('WorkflowPhase', () => expectTypeOf<WorkflowPhase>().toEqualTypeOf<Out<typeof WorkflowPhaseSchema>>());
    it('Workflow', () => expectTypeOf<Workflow>().toEqualTypeOf<Out<typeof WorkflowSchema>>());
  });

  describe('as written (before parseOrg fills in defaults)', () => {
    it('OrgInput', () => expectTypeOf<OrgInput>().toEqualTypeOf<In<typeof OrgSchema>>());
    it('RoleInput', () => expectTypeOf<RoleInput>().toEqualTypeOf<In<typeof RoleSchema>>());
    it('QualificationInput', () => expectTypeOf<QualificationInput>().toEqualTypeOf<In<typeof QualificationSchema>>());
    it('PenaltyInput', () => expectTypeOf<PenaltyInput>().toEqualTypeOf<In<typeof PenaltySchema>>());
    it('AssessmentInput', () => expectTypeOf<AssessmentInput>().toEqualTypeOf<In<typeof AssessmentSchema>>());
  });

  describe('the vocabularies', () => {
    it('QualificationKind is the picklist', () => expectTypeOf<QualificationKind>().toEqualTypeOf<(typeof QUALIFICATION_KINDS)[number]>());
    it('QualificationCategory is the picklist', () =>
      expectTypeOf<QualificationCategory>().toEqualTypeOf<(typeof QUALIFICATION_CATEGORIES)[number]>());
    it('PenaltyPeriod is the picklist', () => expectTypeOf<PenaltyPeriod>().toEqualTypeOf<(typeof PENALTY_PERIODS)[number]>());
    it('Role.meta is the record the schema checks', () =>
      expectTypeOf<NonNullable<Role['meta']>>().toEqualTypeOf<NonNullable<Out<RoleEntries['meta']>>>());
  });
});

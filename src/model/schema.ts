/**
 * The role model: each public type is a declared interface, next to the valibot
 * schema that validates it. Declared rather than inferred (`v.InferOutput<…>`) so
 * editor hovers, Storybook's controls and the built .d.ts read `Role`, not a page
 * of valibot generics. tests/unit/schemaTypes.test.ts pins every interface to its
 * schema's inferred type, exactly, so the two cannot drift apart.
 */
import * as v from 'valibot';

/* -------------------------------------------------------------------------------------------------
 * Limits. Generous for real documents, small enough that a hostile payload
 * (a 1 MB title) is reported rather than rendered.
 * -----------------------------------------------------------------------------------------------*/

export const LIMITS = {
  idLength: 200,
  titleLength: 500,
  textLength: 5_000,
  /** Nesting of duties or workflow steps; the seed needs 2. */
  nesting: 8,
} as const;

const Id = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(LIMITS.idLength));
// Regexes rather than `check` callbacks wherever possible: they survive into the
// generated JSON Schema as `pattern`, so back ends validate exactly what we do.
const NOT_BLANK = /\S/;
const Title = v.pipe(v.string(), v.regex(NOT_BLANK, 'must not be blank'), v.maxLength(LIMITS.titleLength));
const Text = v.pipe(v.string(), v.regex(NOT_BLANK, 'must not be blank'), v.maxLength(LIMITS.textLength));

/** Links from data may only be http(s); avatars may also be inline images. No `i` flag: JSON Schema patterns have none. */
const AVATAR_URL = /^(?:[hH][tT][tT][pP][sS]?:\/\/\S+|data:image\/[a-zA-Z0-9.+-]+[;,])/;
const PHONE = /^\+?[0-9][0-9 ().-]{1,30}$/;
const CURRENCY = /^[A-Z]{3}$/;

export const IdSchema = Id;

/* -------------------------------------------------------------------------------------------------
 * Person
 * -----------------------------------------------------------------------------------------------*/

export interface Person {
  id: string;
  name: string;
  /** Rendered as a `mailto:` link. */
  email?: string | undefined;
  /** Rendered as a `tel:` link. */
  phone?: string | undefined;
  /** http(s) or `data:image/…` only; anything else is rejected, never rendered. */
  avatarUrl?: string | undefined;
  location?: string | undefined;
}

export const PersonSchema = v.object({
  id: Id,
  name: Title,
  email: v.optional(v.pipe(v.string(), v.maxLength(254), v.email('must be an email address'))),
  phone: v.optional(v.pipe(v.string(), v.regex(PHONE, 'must be a phone number (digits, spaces, + - . ( ))'))),
  avatarUrl: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(2_000_000),
      v.regex(AVATAR_URL, 'must be an http(s) or data:image/ URL'),
    ),
  ),
  location: v.optional(Title),
});

/* -------------------------------------------------------------------------------------------------
 * Responsibilities (nested like a job description's 1. → (1) → a))
 * -----------------------------------------------------------------------------------------------*/

/** One duty; `children` are its sub-duties. */
export interface Responsibility {
  id: string;
  text: string;
  children?: Responsibility[] | undefined;
}

/** A heading of duties, e.g. "Market research". */
export interface ResponsibilityGroup {
  id: string;
  title: string;
  items: Responsibility[];
}

// TypeScript cannot infer through `v.lazy`, so the recursive schema is typed by its
// interface; that annotation alone checks one direction only (a field the interface has
// and the schema lacks would pass). The unannotated object is kept for the type test.
export const ResponsibilityObjectSchema = v.object({
  id: Id,
  text: Text,
  children: v.optional(v.array(v.lazy(() => ResponsibilitySchema))),
});
export const ResponsibilitySchema: v.GenericSchema<Responsibility> = ResponsibilityObjectSchema;

export const ResponsibilityGroupSchema = v.object({
  id: Id,
  title: Title,
  items: v.array(ResponsibilitySchema),
});

/* -------------------------------------------------------------------------------------------------
 * Qualifications, assessments
 * -----------------------------------------------------------------------------------------------*/

export const QUALIFICATION_KINDS = ['required', 'preferred'] as const;
export const QUALIFICATION_CATEGORIES = [
  'education',
  'experience',
  'skill',
  'trait',
  'age',
  'health',
  'other',
] as const;

export type QualificationKind = 'required' | 'preferred';
export type QualificationCategory = 'education' | 'experience' | 'skill' | 'trait' | 'age' | 'health' | 'other';

export interface Qualification {
  id: string;
  text: string;
  /** Job ads mix must-haves with nice-to-haves ("… is preferred"). `parseOrg` fills it in.  @default 'required' */
  kind: QualificationKind;
  category?: QualificationCategory | undefined;
}

/** A qualification as written, before `parseOrg` fills in `kind`. */
export interface QualificationInput extends Omit<Qualification, 'kind'> {
  /** @default 'required' */
  kind?: QualificationKind | undefined;
}

export const QualificationSchema = v.object({
  id: Id,
  text: Text,
  kind: v.optional(v.picklist(QUALIFICATION_KINDS), 'required'),
  category: v.optional(v.picklist(QUALIFICATION_CATEGORIES)),
});

export const PENALTY_PERIODS = ['occurrence', 'day', 'week', 'month', 'quarter', 'year'] as const;
export type PenaltyPeriod = 'occurrence' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/** A fine for breaking an assessment rule. */
export interface Penalty {
  amount: number;
  /** ISO 4217 code, e.g. CNY. */
  currency: string;
  /** What one penalty is charged for: each missed occurrence, or once per period. `parseOrg` fills it in.  @default 'occurrence' */
  per: PenaltyPeriod;
}

/** A penalty as written, before `parseOrg` fills in `per`. */
export interface PenaltyInput extends Omit<Penalty, 'per'> {
  /** @default 'occurrence' */
  per?: PenaltyPeriod | undefined;
}

export const PenaltySchema = v.object({
  amount: v.pipe(v.number(), v.minValue(0, 'must not be negative'), v.maxValue(Number.MAX_SAFE_INTEGER)),
  currency: v.pipe(v.string(), v.regex(CURRENCY, 'must be an ISO 4217 code such as CNY')),
  per: v.optional(v.picklist(PENALTY_PERIODS), 'occurrence'),
});

/** A rule the role's work is judged by, with an optional fine. */
export interface Assessment {
  id: string;
  /** The rule, e.g. "No written market survey this year". */
  text: string;
  penalty?: Penalty | undefined;
  /** Duties of the same role this rule checks. */
  responsibilityIds?: string[] | undefined;
}

/** An assessment as written, before `parseOrg` fills in its penalty's defaults. */
export interface AssessmentInput extends Omit<Assessment, 'penalty'> {
  penalty?: PenaltyInput | undefined;
}

export const AssessmentSchema = v.object({
  id: Id,
  text: Text,
  penalty: v.optional(PenaltySchema),
  responsibilityIds: v.optional(v.array(Id)),
});

/* -------------------------------------------------------------------------------------------------
 * Workflow
 * -----------------------------------------------------------------------------------------------*/

/** One step; `children` are its sub-steps. */
export interface WorkflowStep {
  id: string;
  text: string;
  children?: WorkflowStep[] | undefined;
}

/** A stage of a workflow, e.g. "Preparation", holding its steps in order. */
export interface WorkflowPhase {
  id: string;
  title: string;
  summary?: string | undefined;
  steps: WorkflowStep[];
}

/** How a role's work runs: phases of nested steps, in order. */
export interface Workflow {
  id: string;
  title: string;
  phases: WorkflowPhase[];
}

// Typed like ResponsibilitySchema, for the same reason.
export const WorkflowStepObjectSchema = v.object({
  id: Id,
  text: Text,
  children: v.optional(v.array(v.lazy(() => WorkflowStepSchema))),
});
export const WorkflowStepSchema: v.GenericSchema<WorkflowStep> = WorkflowStepObjectSchema;

export const WorkflowPhaseSchema = v.object({
  id: Id,
  title: Title,
  summary: v.optional(Text),
  steps: v.array(WorkflowStepSchema),
});

export const WorkflowSchema = v.object({
  id: Id,
  title: Title,
  phases: v.array(WorkflowPhaseSchema),
});

/* -------------------------------------------------------------------------------------------------
 * Role
 * -----------------------------------------------------------------------------------------------*/

/** Suggested levels; any string is allowed and lands in `data-level` for styling. */
export type RoleLevel = 'executive' | 'director' | 'manager' | 'supervisor' | 'assistant' | 'representative' | (string & {});

/** Host data carried through untouched (HR system ids, cost centres…). */
export type RoleMeta = Record<string, string | number | boolean>;

/** A position: what the job is (duties, powers, requirements) and where it sits (reporting lines). */
export interface Role {
  id: string;
  title: string;
  /** Other names the same position goes by ("Assistant Director = Marketing Manager"). */
  alternateTitles?: string[] | undefined;
  department?: string | undefined;
  level?: RoleLevel | undefined;
  /** Where the role works, or the territory it covers. */
  location?: string | undefined;
  /** Solid reporting line. `null` or absent: a root. */
  reportsTo?: string | null | undefined;
  /** Secondary (matrix) reporting lines; drawn dashed, never change the tree. */
  dottedLineTo?: string[] | undefined;
  /** A staff role drawn beside its manager rather than one level below. */
  assistant?: boolean | undefined;
  /**
   * How many direct reports the role has when they are not (yet) in `roles`: an org
   * sent in parts, whose reports a chart loads on demand. Omit when they are present.
   */
  reportCount?: number | undefined;
  /** People holding the position (ids into `org.people`); none means vacant. */
  holderIds?: string[] | undefined;
  /** Nature of work, in a sentence or two. */
  summary?: string | undefined;
  /** Powers the role holds (to command, approve, appoint, fine…). */
  authority?: string[] | undefined;
  /** What the holder answers for (results), as distinct from duties to perform. */
  accountabilities?: string[] | undefined;
  /** Duties to perform, in groups of nested items. */
  responsibilities?: ResponsibilityGroup[] | undefined;
  qualifications?: Qualification[] | undefined;
  assessments?: Assessment[] | undefined;
  workflow?: Workflow | undefined;
  /** Host data carried through untouched (HR system ids, cost centres…). */
  meta?: RoleMeta | undefined;
}

/** A role as written, before `parseOrg` fills in defaults (a qualification's `kind`, a penalty's `per`). */
export interface RoleInput extends Omit<Role, 'qualifications' | 'assessments'> {
  qualifications?: QualificationInput[] | undefined;
  assessments?: AssessmentInput[] | undefined;
}

const Meta = v.record(v.pipe(v.string(), v.maxLength(100)), v.union([v.string(), v.number(), v.boolean()]));

export const RoleSchema = v.object({
  id: Id,
  title: Title,
  alternateTitles: v.optional(v.array(Title)),
  department: v.optional(Title),
  level: v.optional(v.pipe(v.string(), v.maxLength(50)) as v.GenericSchema<RoleLevel>),
  location: v.optional(Title),
  reportsTo: v.optional(v.nullable(Id)),
  dottedLineTo: v.optional(v.array(Id)),
  assistant: v.optional(v.boolean()),
  reportCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  holderIds: v.optional(v.array(Id)),
  summary: v.optional(Text),
  authority: v.optional(v.array(Text)),
  accountabilities: v.optional(v.array(Text)),
  responsibilities: v.optional(v.array(ResponsibilityGroupSchema)),
  qualifications: v.optional(v.array(QualificationSchema)),
  assessments: v.optional(v.array(AssessmentSchema)),
  workflow: v.optional(WorkflowSchema),
  meta: v.optional(Meta),
});

/* -------------------------------------------------------------------------------------------------
 * Org
 * -----------------------------------------------------------------------------------------------*/

/** An organisation: its roles (the reporting tree) and the people who hold them. */
export interface Org {
  id?: string | undefined;
  name: string;
  roles: Role[];
  people?: Person[] | undefined;
}

/** What `parseOrg` accepts before defaults are applied (e.g. a qualification's `kind`). */
export interface OrgInput extends Omit<Org, 'roles'> {
  roles: RoleInput[];
}

export const OrgSchema = v.object({
  id: v.optional(Id),
  name: Title,
  roles: v.array(RoleSchema),
  people: v.optional(v.array(PersonSchema)),
});

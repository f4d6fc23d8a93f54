/**
 * The role model: one runtime schema (valibot) from which every public type
 * is inferred, so validation and types cannot drift apart.
 *
 * Recursive parts (nested duties and workflow steps) need a declared
 * interface because TypeScript cannot infer through `v.lazy`; a type test
 * pins each interface to its schema's output.
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

export const PersonSchema = v.object({
  id: Id,
  name: Title,
  /** Rendered as a `mailto:` link. */
  email: v.optional(v.pipe(v.string(), v.maxLength(254), v.email('must be an email address'))),
  /** Rendered as a `tel:` link. */
  phone: v.optional(v.pipe(v.string(), v.regex(PHONE, 'must be a phone number (digits, spaces, + - . ( ))'))),
  /** http(s) or `data:image/…` only; anything else is rejected, never rendered. */
  avatarUrl: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(2_000_000),
      v.regex(AVATAR_URL, 'must be an http(s) or data:image/ URL'),
    ),
  ),
  location: v.optional(Title),
});
export type Person = v.InferOutput<typeof PersonSchema>;

/* -------------------------------------------------------------------------------------------------
 * Responsibilities (nested like a job description's 1. → (1) → a))
 * -----------------------------------------------------------------------------------------------*/

export interface Responsibility {
  id: string;
  text: string;
  children?: Responsibility[] | undefined;
}

export const ResponsibilitySchema: v.GenericSchema<Responsibility> = v.object({
  id: Id,
  text: Text,
  children: v.optional(v.array(v.lazy(() => ResponsibilitySchema))),
});

export const ResponsibilityGroupSchema = v.object({
  id: Id,
  title: Title,
  items: v.array(ResponsibilitySchema),
});
export type ResponsibilityGroup = v.InferOutput<typeof ResponsibilityGroupSchema>;

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

export const QualificationSchema = v.object({
  id: Id,
  text: Text,
  /** Job ads mix must-haves with nice-to-haves ("… is preferred").  @default 'required' */
  kind: v.optional(v.picklist(QUALIFICATION_KINDS), 'required'),
  category: v.optional(v.picklist(QUALIFICATION_CATEGORIES)),
});
export type Qualification = v.InferOutput<typeof QualificationSchema>;
export type QualificationKind = (typeof QUALIFICATION_KINDS)[number];

export const PENALTY_PERIODS = ['occurrence', 'day', 'week', 'month', 'quarter', 'year'] as const;

export const PenaltySchema = v.object({
  amount: v.pipe(v.number(), v.minValue(0, 'must not be negative'), v.maxValue(Number.MAX_SAFE_INTEGER)),
  /** ISO 4217 code, e.g. CNY. */
  currency: v.pipe(v.string(), v.regex(CURRENCY, 'must be an ISO 4217 code such as CNY')),
  /** What one penalty is charged for: each missed occurrence, or once per period.  @default 'occurrence' */
  per: v.optional(v.picklist(PENALTY_PERIODS), 'occurrence'),
});
export type Penalty = v.InferOutput<typeof PenaltySchema>;

export const AssessmentSchema = v.object({
  id: Id,
  /** The rule, e.g. "No written market survey this year". */
  text: Text,
  penalty: v.optional(PenaltySchema),
  /** Duties of the same role this rule checks. */
  responsibilityIds: v.optional(v.array(Id)),
});
export type Assessment = v.InferOutput<typeof AssessmentSchema>;

/* -------------------------------------------------------------------------------------------------
 * Workflow
 * -----------------------------------------------------------------------------------------------*/

export interface WorkflowStep {
  id: string;
  text: string;
  children?: WorkflowStep[] | undefined;
}

export const WorkflowStepSchema: v.GenericSchema<WorkflowStep> = v.object({
  id: Id,
  text: Text,
  children: v.optional(v.array(v.lazy(() => WorkflowStepSchema))),
});

export const WorkflowPhaseSchema = v.object({
  id: Id,
  title: Title,
  summary: v.optional(Text),
  steps: v.array(WorkflowStepSchema),
});
export type WorkflowPhase = v.InferOutput<typeof WorkflowPhaseSchema>;

export const WorkflowSchema = v.object({
  id: Id,
  title: Title,
  phases: v.array(WorkflowPhaseSchema),
});
export type Workflow = v.InferOutput<typeof WorkflowSchema>;

/* -------------------------------------------------------------------------------------------------
 * Role
 * -----------------------------------------------------------------------------------------------*/

/** Suggested levels; any string is allowed and lands in `data-level` for styling. */
export type RoleLevel = 'executive' | 'director' | 'manager' | 'supervisor' | 'assistant' | 'representative' | (string & {});

const Meta = v.record(v.pipe(v.string(), v.maxLength(100)), v.union([v.string(), v.number(), v.boolean()]));

export const RoleSchema = v.object({
  id: Id,
  title: Title,
  /** Other names the same position goes by ("Assistant Director = Marketing Manager"). */
  alternateTitles: v.optional(v.array(Title)),
  department: v.optional(Title),
  level: v.optional(v.pipe(v.string(), v.maxLength(50)) as v.GenericSchema<RoleLevel>),
  /** Where the role works, or the territory it covers. */
  location: v.optional(Title),
  /** Solid reporting line. `null` or absent: a root. */
  reportsTo: v.optional(v.nullable(Id)),
  /** Secondary (matrix) reporting lines; drawn dashed, never change the tree. */
  dottedLineTo: v.optional(v.array(Id)),
  /** A staff role drawn beside its manager rather than one level below. */
  assistant: v.optional(v.boolean()),
  /**
   * How many direct reports the role has when they are not (yet) in `roles`: an org
   * sent in parts, whose reports a chart loads on demand. Omit when they are present.
   */
  reportCount: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** People holding the position (ids into `org.people`); none means vacant. */
  holderIds: v.optional(v.array(Id)),
  /** Nature of work, in a sentence or two. */
  summary: v.optional(Text),
  /** Powers the role holds (to command, approve, appoint, fine…). */
  authority: v.optional(v.array(Text)),
  /** What the holder answers for (results), as distinct from duties to perform. */
  accountabilities: v.optional(v.array(Text)),
  responsibilities: v.optional(v.array(ResponsibilityGroupSchema)),
  qualifications: v.optional(v.array(QualificationSchema)),
  assessments: v.optional(v.array(AssessmentSchema)),
  workflow: v.optional(WorkflowSchema),
  /** Host data carried through untouched (HR system ids, cost centres…). */
  meta: v.optional(Meta),
});
export type Role = v.InferOutput<typeof RoleSchema>;

/* -------------------------------------------------------------------------------------------------
 * Org
 * -----------------------------------------------------------------------------------------------*/

export const OrgSchema = v.object({
  id: v.optional(Id),
  name: Title,
  roles: v.array(RoleSchema),
  people: v.optional(v.array(PersonSchema)),
});
export type Org = v.InferOutput<typeof OrgSchema>;
/** What `parseOrg` accepts before defaults are applied (e.g. a qualification's `kind`). */
export type OrgInput = v.InferInput<typeof OrgSchema>;

import * as v from 'valibot';
import { LIMITS, OrgSchema, RoleSchema, WorkflowSchema, type Org, type Role, type Workflow } from './schema';
import { makeIssue, previewValue, type OrgIssue, OrgError } from './issues';
import { checkReferences, markValidated } from './references';
import { checkRoleInternals, checkWorkflowIds, each } from './roleInternals';
import { fromValibotIssue } from './valibotIssue';

export { wasValidated } from './references';

export type ParseOrgResult =
  | { readonly ok: true; readonly org: Org; readonly issues?: undefined }
  | {
      readonly ok: false;
      readonly issues: readonly OrgIssue[];
      /**
       * The drawable part of the org when its shape was valid and only references were
       * wrong: duplicates dropped (first kept), dangling links removed, each cycle cut
       * at one edge. Components render this beside the error list.
       */
      readonly partial?: Org;
    };

/**
 * Validates anything against the role model. Never throws and never hangs: every
 * problem is listed with its path, not just the first.
 */
export function parseOrg(input: unknown): ParseOrgResult {
  try {
    const tooDeep = findExcessiveNesting(input);
    if (tooDeep) return { ok: false, issues: [tooDeep] };

    // valibot's object schema lets arrays through to the key checks; say what is wrong instead.
    if (Array.isArray(input)) return { ok: false, issues: [makeIssue('invalid', [], `expected Object, got ${previewValue(input)}`)] };
    const parsed = v.safeParse(OrgSchema, input);
    if (!parsed.success) {
      // Role-internal checks too, so every problem shows in one round; references across
      // roles wait for a valid shape (the partial org is built from it).
      const roles = isRecord(input) && input.roles;
      return { ok: false, issues: withInternals(parsed.issues, (issues) => each(roles, (role, i) => checkRoleInternals(role, ['roles', i], issues))) };
    }
    const { issues, partial } = checkReferences(parsed.output, { checkRole: checkRoleInternals });
    if (issues.length === 0) {
      markValidated(parsed.output);
      return { ok: true, org: parsed.output };
    }
    return partial ? { ok: false, issues, partial } : { ok: false, issues };
  } catch (error) {
    // Defensive: a getter that throws, a Proxy, a stack overflow in exotic input.
    return { ok: false, issues: [makeIssue('invalid', [], `could not be read (${String(error).slice(0, 120)})`)] };
  }
}

/** Like `parseOrg`, but returns the org or throws an `OrgError` listing the issues. */
export function assertOrg(input: unknown): Org {
  const result = parseOrg(input);
  if (!result.ok) throw new OrgError(result.issues);
  return result.org;
}

/* -------------------------------------------------------------------------------------------------
 * Structure
 * -----------------------------------------------------------------------------------------------*/

/*
 * Only nested duties and workflow steps can nest without bound: every other part of
 * the schema has a fixed depth, and valibot stops at the first wrong type rather than
 * descending into it. So the guard that keeps valibot's recursion (and a hostile,
 * self-referencing or massively shared payload) safe walks just those `children`
 * chains, iteratively, each object once.
 */
type Path = Array<string | number>;
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object';

function checkNestedList(list: unknown, path: Path, seen: Set<object>): OrgIssue | undefined {
  interface Frame {
    list: unknown[];
    key: string | number;
    depth: number;
    parent: Frame | undefined;
  }
  if (!Array.isArray(list)) return undefined;
  const stack: Frame[] = [{ list, key: '', depth: 0, parent: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.depth > LIMITS.nesting) {
      const rest: Path = [];
      for (let f: Frame | undefined = frame; f?.parent; f = f.parent) rest.push('children', f.key);
      // Built walking up, so the pairs come out reversed: [children, k] … → … [k, children].
      const tail = rest.reverse();
      return makeIssue('too_deep', [...path, ...tail], `nested more than ${LIMITS.nesting} levels deep`);
    }
    for (let i = 0; i < frame.list.length; i++) {
      const item = frame.list[i];
      if (!isRecord(item) || seen.has(item)) continue;
      seen.add(item);
      if (Array.isArray(item.children)) stack.push({ list: item.children, key: i, depth: frame.depth + 1, parent: frame });
    }
  }
  return undefined;
}

function checkRoleNesting(role: unknown, path: Path, seen: Set<object>): OrgIssue | undefined {
  if (!isRecord(role)) return undefined;
  if (Array.isArray(role.responsibilities)) {
    for (let g = 0; g < role.responsibilities.length; g++) {
      const group: unknown = role.responsibilities[g];
      if (!isRecord(group)) continue;
      const issue = checkNestedList(group.items, [...path, 'responsibilities', g, 'items'], seen);
      if (issue) return issue;
    }
  }
  return checkWorkflowNesting(role.workflow, [...path, 'workflow'], seen);
}

function checkWorkflowNesting(workflow: unknown, path: Path, seen: Set<object>): OrgIssue | undefined {
  if (!isRecord(workflow) || !Array.isArray(workflow.phases)) return undefined;
  for (let p = 0; p < workflow.phases.length; p++) {
    const phase: unknown = workflow.phases[p];
    if (!isRecord(phase)) continue;
    const issue = checkNestedList(phase.steps, [...path, 'phases', p, 'steps'], seen);
    if (issue) return issue;
  }
  return undefined;
}

function findExcessiveNesting(input: unknown): OrgIssue | undefined {
  if (!isRecord(input) || !Array.isArray(input.roles)) return undefined;
  const seen = new Set<object>();
  for (let i = 0; i < input.roles.length; i++) {
    const role: unknown = input.roles[i];
    // Most roles of a large org have no duties or workflow: skip them without allocating.
    if (!isRecord(role) || (role.responsibilities === undefined && role.workflow === undefined)) continue;
    const issue = checkRoleNesting(role, ['roles', i], seen);
    if (issue) return issue;
  }
  return undefined;
}

/* -------------------------------------------------------------------------------------------------
 * Parts on their own, for components that take a role or a workflow without its org
 * -----------------------------------------------------------------------------------------------*/

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues?: undefined }
  | { readonly ok: false; readonly issues: readonly OrgIssue[] };

/**
 * Shape issues, then the internal ones — those at a path the shape check already reported
 * left out: there the internal problem (two empty ids "duplicating" each other, say) is
 * only a consequence of the shape problem.
 */
function withInternals(shapeIssues: readonly v.BaseIssue<unknown>[] | undefined, check: (issues: OrgIssue[]) => void): OrgIssue[] {
  const issues = shapeIssues?.map(fromValibotIssue) ?? [];
  const reported = new Set(issues.map((issue) => JSON.stringify(issue.path)));
  const internal: OrgIssue[] = [];
  check(internal);
  for (const issue of internal) if (!reported.has(JSON.stringify(issue.path))) issues.push(issue);
  return issues;
}

function parsePart<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  nesting: (input: unknown, path: Path, seen: Set<object>) => OrgIssue | undefined,
  internals: (input: unknown, at: Path, issues: OrgIssue[]) => void,
): ParseResult<T> {
  try {
    const tooDeep = nesting(input, [], new Set());
    if (tooDeep) return { ok: false, issues: [tooDeep] };
    const parsed = v.safeParse(schema, input);
    // On the input, not the output: when the shape fails there is no output to check.
    const issues = withInternals(parsed.issues, (more) => internals(input, [], more));
    return parsed.success && issues.length === 0 ? { ok: true, value: parsed.output } : { ok: false, issues };
  } catch (error) {
    return { ok: false, issues: [makeIssue('invalid', [], `could not be read (${String(error).slice(0, 120)})`)] };
  }
}

/**
 * Checks one role on its own: shape, ids unique within it, assessments pointing at its
 * own duties. Links to other roles need the org and are not checked here.
 */
export function parseRole(input: unknown): ParseResult<Role> {
  return parsePart(RoleSchema, input, checkRoleNesting, checkRoleInternals);
}

/** Checks a workflow on its own: shape and unique phase and step ids. */
export function parseWorkflow(input: unknown): ParseResult<Workflow> {
  return parsePart(WorkflowSchema, input, checkWorkflowNesting, checkWorkflowIds);
}

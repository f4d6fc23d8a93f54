import * as v from 'valibot';
import { LIMITS, OrgSchema, RoleSchema, WorkflowSchema, type Org, type Responsibility, type Role, type Workflow, type WorkflowStep } from './schema';
import { makeIssue, previewValue, type OrgIssue, type OrgPath, OrgError } from './issues';

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
 * Orgs this module produced and found valid. Components validate the org they are
 * given; one that came out of `parseOrg` is not validated twice. Like every memo
 * in rolekit this assumes an org is not mutated after it is made (make a new one).
 */
const validated = new WeakSet<Org>();

/** Whether `org` is the valid output of an earlier `parseOrg` call. */
export function wasValidated(org: Org): boolean {
  return typeof org === 'object' && org !== null && validated.has(org);
}

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
      return { ok: false, issues: parsed.issues.map(fromValibotIssue) };
    }
    return checkReferences(parsed.output);
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

function fromValibotIssue(issue: v.BaseIssue<unknown>): OrgIssue {
  const path: Array<string | number> = (issue.path ?? []).map((item) =>
    typeof item.key === 'number' || typeof item.key === 'string' ? item.key : String(item.key),
  );
  const got = previewValue(issue.input);
  let detail: string;
  if (issue.kind === 'schema') {
    // valibot reports a missing key as an `object` issue on the key's path.
    detail = issue.input === undefined && path.length > 0 ? 'is missing' : `expected ${issue.expected}, got ${got}`;
  } else if (issue.type === 'max_length' || issue.type === 'min_length') {
    const length = typeof issue.input === 'string' || Array.isArray(issue.input) ? issue.input.length : 0;
    const bound = issue.type === 'max_length' ? 'at most' : 'at least';
    detail =
      issue.type === 'min_length' && length === 0
        ? 'must not be empty'
        : `length ${length.toLocaleString('en-US')} is out of range (${bound} ${String(issue.requirement)}): got ${got}`;
  } else if (issue.type === 'check' || issue.type === 'regex' || issue.type === 'email' || issue.type === 'min_value') {
    detail = `${issue.message}, got ${got}`;
  } else {
    detail = `${issue.message.replace(/^Invalid \w+: /, '')} (got ${got})`;
  }
  return makeIssue('invalid', path, detail);
}

/* -------------------------------------------------------------------------------------------------
 * References: ids unique, links pointing somewhere, no loops in reporting lines
 * -----------------------------------------------------------------------------------------------*/

function checkReferences(org: Org): ParseOrgResult {
  const issues: OrgIssue[] = [];

  const personIndex = new Map<string, number>();
  org.people?.forEach((person, i) => {
    const first = personIndex.get(person.id);
    if (first !== undefined) {
      issues.push(makeIssue('duplicate_id', ['people', i, 'id'], `duplicate person id ${previewValue(person.id)} (first used at people[${first}])`));
    } else personIndex.set(person.id, i);
  });

  const roleIndex = new Map<string, number>();
  org.roles.forEach((role, i) => {
    const first = roleIndex.get(role.id);
    if (first !== undefined) {
      issues.push(makeIssue('duplicate_id', ['roles', i, 'id'], `duplicate role id ${previewValue(role.id)} (first used at roles[${first}])`));
    } else roleIndex.set(role.id, i);
  });

  // Only the first role of each id takes part in the tree.
  const keptRoles = org.roles.filter((role, i) => roleIndex.get(role.id) === i);
  const repaired = new Map<Role, Role>();
  const patch = (role: Role, change: Partial<Role>) => repaired.set(role, { ...(repaired.get(role) ?? role), ...change });

  org.roles.forEach((role, i) => {
    const at = ['roles', i] as const; // a two-item tuple is cheap; longer paths are built only for issues
    const isKept = roleIndex.get(role.id) === i;

    if (role.reportsTo != null) {
      if (role.reportsTo === role.id) {
        issues.push(makeIssue('self_reference', [...at, 'reportsTo'], `role ${previewValue(role.id)} reports to itself`));
        if (isKept) patch(role, { reportsTo: null });
      } else if (!roleIndex.has(role.reportsTo)) {
        issues.push(makeIssue('unknown_reference', [...at, 'reportsTo'], `no role has the id ${previewValue(role.reportsTo)}`));
        if (isKept) patch(role, { reportsTo: null });
      }
    }

    if (role.dottedLineTo) {
      let dropped = false;
      role.dottedLineTo.forEach((target, j) => {
        if (target === role.id) {
          issues.push(makeIssue('self_reference', [...at, 'dottedLineTo', j], `role ${previewValue(role.id)} has a dotted line to itself`));
          dropped = true;
        } else if (!roleIndex.has(target)) {
          issues.push(makeIssue('unknown_reference', [...at, 'dottedLineTo', j], `no role has the id ${previewValue(target)}`));
          dropped = true;
        }
      });
      if (dropped && isKept) patch(role, { dottedLineTo: role.dottedLineTo.filter((t) => t !== role.id && roleIndex.has(t)) });
    }

    if (role.holderIds) {
      let dropped = false;
      role.holderIds.forEach((personId, j) => {
        if (!personIndex.has(personId)) {
          issues.push(makeIssue('unknown_reference', [...at, 'holderIds', j], `no person has the id ${previewValue(personId)}`));
          dropped = true;
        }
      });
      if (dropped && isKept) patch(role, { holderIds: role.holderIds.filter((id) => personIndex.has(id)) });
    }

    if (role.responsibilities || role.qualifications || role.assessments || role.workflow) checkRoleInternals(role, at, issues);
  });

  // Cycles: each role has at most one manager, so following reportsTo from every
  // role either ends at a root or re-enters the walk in progress. Typed arrays over
  // role positions keep this linear and allocation-free on 100,000 roles.
  const count = keptRoles.length;
  const position = new Map<string, number>();
  keptRoles.forEach((role, k) => position.set(role.id, k));
  const managerAt = new Int32Array(count).fill(-1);
  keptRoles.forEach((role, k) => {
    const manager = (repaired.get(role) ?? role).reportsTo;
    if (manager != null) managerAt[k] = position.get(manager) ?? -1;
  });
  const state = new Uint8Array(count); // 0 = unvisited, 1 = on the current walk, 2 = reaches a root
  const walk: number[] = [];
  for (let start = 0; start < count; start++) {
    if (state[start] !== 0) continue;
    walk.length = 0;
    let current = start;
    while (current !== -1 && state[current] === 0) {
      state[current] = 1;
      walk.push(current);
      current = managerAt[current]!;
    }
    if (current !== -1 && state[current] === 1) {
      const loop = walk.slice(walk.indexOf(current)).map((k) => keptRoles[k]!);
      const cut = loop.reduce((a, b) => (roleIndex.get(a.id)! <= roleIndex.get(b.id)! ? a : b));
      const ids = [...loop, loop[0]!].map((r) => r.id);
      issues.push(makeIssue('cycle', ['roles', roleIndex.get(cut.id)!, 'reportsTo'], `reporting lines form a cycle: ${ids.join(' → ')}`));
      patch(cut, { reportsTo: null });
    }
    for (const k of walk) state[k] = 2;
  }

  if (issues.length === 0) {
    validated.add(org);
    return { ok: true, org };
  }
  const partial: Org = { ...org, roles: keptRoles.map((role) => repaired.get(role) ?? role) };
  if (org.people) partial.people = org.people.filter((person, i) => personIndex.get(person.id) === i);
  return { ok: false, issues, partial };
}

function checkRoleInternals(role: Role, at: OrgPath, issues: OrgIssue[]): void {
  const unique = (kind: string) => {
    const seen = new Map<string, OrgPath>();
    return (id: string, path: OrgPath) => {
      const first = seen.get(id);
      if (first) issues.push(makeIssue('duplicate_id', path, `duplicate ${kind} id ${previewValue(id)} in role ${previewValue(role.id)}`));
      else seen.set(id, path);
    };
  };

  const groupId = unique('responsibility group');
  const dutyId = unique('responsibility');
  const dutyIds = new Set<string>();
  const walkDuties = (items: readonly Responsibility[], path: OrgPath) =>
    items.forEach((item, k) => {
      dutyId(item.id, [...path, k, 'id']);
      dutyIds.add(item.id);
      if (item.children) walkDuties(item.children, [...path, k, 'children']);
    });
  role.responsibilities?.forEach((group, g) => {
    groupId(group.id, [...at, 'responsibilities', g, 'id']);
    walkDuties(group.items, [...at, 'responsibilities', g, 'items']);
  });

  const qualificationId = unique('qualification');
  role.qualifications?.forEach((q, k) => qualificationId(q.id, [...at, 'qualifications', k, 'id']));

  const assessmentId = unique('assessment');
  role.assessments?.forEach((assessment, k) => {
    assessmentId(assessment.id, [...at, 'assessments', k, 'id']);
    assessment.responsibilityIds?.forEach((dutyRef, j) => {
      if (!dutyIds.has(dutyRef)) {
        issues.push(
          makeIssue('unknown_reference', [...at, 'assessments', k, 'responsibilityIds', j], `no responsibility of role ${previewValue(role.id)} has the id ${previewValue(dutyRef)}`),
        );
      }
    });
  });

  if (role.workflow) checkWorkflowIds(role.workflow, [...at, 'workflow'], issues);
}

function checkWorkflowIds(workflow: Workflow, at: OrgPath, issues: OrgIssue[]): void {
  const seen = new Map<string, string>();
  const unique = (kind: string, id: string, path: OrgPath) => {
    const key = `${kind}\u0000${id}`;
    if (seen.has(key)) issues.push(makeIssue('duplicate_id', path, `duplicate ${kind} id ${previewValue(id)} in workflow ${previewValue(workflow.id)}`));
    else seen.set(key, id);
  };
  const walkSteps = (steps: readonly WorkflowStep[], path: OrgPath) =>
    steps.forEach((step, k) => {
      unique('step', step.id, [...path, k, 'id']);
      if (step.children) walkSteps(step.children, [...path, k, 'children']);
    });
  workflow.phases.forEach((phase, p) => {
    unique('phase', phase.id, [...at, 'phases', p, 'id']);
    walkSteps(phase.steps, [...at, 'phases', p, 'steps']);
  });
}

/* -------------------------------------------------------------------------------------------------
 * Parts on their own, for components that take a role or a workflow without its org
 * -----------------------------------------------------------------------------------------------*/

export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues?: undefined }
  | { readonly ok: false; readonly issues: readonly OrgIssue[] };

function parsePart<T>(
  schema: v.GenericSchema<unknown, T>,
  input: unknown,
  nesting: (input: unknown, path: Path, seen: Set<object>) => OrgIssue | undefined,
  internals: (value: T, issues: OrgIssue[]) => void,
): ParseResult<T> {
  try {
    const tooDeep = nesting(input, [], new Set());
    if (tooDeep) return { ok: false, issues: [tooDeep] };
    const parsed = v.safeParse(schema, input);
    if (!parsed.success) return { ok: false, issues: parsed.issues.map(fromValibotIssue) };
    const issues: OrgIssue[] = [];
    internals(parsed.output, issues);
    return issues.length === 0 ? { ok: true, value: parsed.output } : { ok: false, issues };
  } catch (error) {
    return { ok: false, issues: [makeIssue('invalid', [], `could not be read (${String(error).slice(0, 120)})`)] };
  }
}

/**
 * Checks one role on its own: shape, ids unique within it, assessments pointing at its
 * own duties. Links to other roles need the org and are not checked here.
 */
export function parseRole(input: unknown): ParseResult<Role> {
  return parsePart(RoleSchema, input, checkRoleNesting, (role, issues) => checkRoleInternals(role, [], issues));
}

/** Checks a workflow on its own: shape and unique phase and step ids. */
export function parseWorkflow(input: unknown): ParseResult<Workflow> {
  return parsePart(WorkflowSchema, input, checkWorkflowNesting, (workflow, issues) => checkWorkflowIds(workflow, [], issues));
}

/**
 * Ids inside a role — responsibility groups and duties, qualifications, assessments and
 * the duties they name, workflow phases and steps — unique and pointing somewhere.
 * Kept apart from references.ts so the OrgChart, which draws none of it, does not carry it.
 *
 * Input is `unknown` and read defensively: parseRole, parseWorkflow and parseOrg also run
 * these checks when the shape check failed, so bad data is reported in one round rather
 * than two. Whatever cannot be read (a non-object, an id that is not a string) is skipped
 * here: the shape check has reported it already.
 */
import { makeIssue, previewValue, type OrgIssue, type OrgPath } from './issues';

type Fields = Record<string, unknown>;
const fields = (value: unknown): Fields => (value !== null && typeof value === 'object' ? (value as Fields) : {});
/** Visits the items of `list` as objects (anything else reads as `{}`); whether `list` is an array. */
export const each = (list: unknown, visit: (item: Fields, k: number) => void): boolean =>
  Array.isArray(list) && (list.forEach((item, k) => visit(fields(item), k)), true);

export function checkRoleInternals(input: unknown, at: OrgPath, issues: OrgIssue[]): void {
  const role = fields(input);
  // Most roles of a large org have none of these: skip them without allocating.
  if (!(role.responsibilities || role.qualifications || role.assessments || role.workflow)) return;
  const unique = (kind: string) => {
    const seen = new Set<string>();
    return (id: unknown, path: OrgPath) => {
      if (typeof id !== 'string') return;
      if (seen.has(id)) issues.push(makeIssue('duplicate_id', path, `duplicate ${kind} id ${previewValue(id)} in role ${previewValue(role.id)}`));
      else seen.add(id);
    };
  };

  const groupId = unique('responsibility group');
  const dutyId = unique('responsibility');
  const dutyIds = new Set<unknown>();
  // Cleared when a duty or a list of them cannot be read: an assessment may name such a
  // duty, and calling its reference unknown would blame the wrong place.
  let dutiesKnown = true;
  const walkDuties = (items: unknown, path: OrgPath, optional: boolean): void => {
    const isList = each(items, (item, k) => {
      dutiesKnown &&= typeof item.id === 'string';
      dutyIds.add(item.id);
      dutyId(item.id, [...path, k, 'id']);
      walkDuties(item.children, [...path, k, 'children'], true);
    });
    dutiesKnown &&= isList || (optional && items === undefined);
  };
  const groupsRead = each(role.responsibilities, (group, g) => {
    groupId(group.id, [...at, 'responsibilities', g, 'id']);
    walkDuties(group.items, [...at, 'responsibilities', g, 'items'], false);
  });
  dutiesKnown &&= groupsRead || role.responsibilities === undefined;

  const qualificationId = unique('qualification');
  each(role.qualifications, (q, k) => qualificationId(q.id, [...at, 'qualifications', k, 'id']));

  const assessmentId = unique('assessment');
  each(role.assessments, (assessment, k) => {
    assessmentId(assessment.id, [...at, 'assessments', k, 'id']);
    const refs = assessment.responsibilityIds;
    if (dutiesKnown && Array.isArray(refs)) {
      refs.forEach((dutyRef: unknown, j) => {
        if (typeof dutyRef === 'string' && !dutyIds.has(dutyRef)) {
          issues.push(
            makeIssue('unknown_reference', [...at, 'assessments', k, 'responsibilityIds', j], `no responsibility of role ${previewValue(role.id)} has the id ${previewValue(dutyRef)}`),
          );
        }
      });
    }
  });

  if (role.workflow) checkWorkflowIds(role.workflow, [...at, 'workflow'], issues);
}

export function checkWorkflowIds(input: unknown, at: OrgPath, issues: OrgIssue[]): void {
  const workflow = fields(input);
  const seen = new Set<string>();
  const unique = (kind: string, id: unknown, path: OrgPath) => {
    if (typeof id !== 'string') return;
    const key = `${kind}\u0000${id}`;
    if (seen.has(key)) issues.push(makeIssue('duplicate_id', path, `duplicate ${kind} id ${previewValue(id)} in workflow ${previewValue(workflow.id)}`));
    else seen.add(key);
  };
  const walkSteps = (steps: unknown, path: OrgPath): boolean =>
    each(steps, (step, k) => {
      unique('step', step.id, [...path, k, 'id']);
      walkSteps(step.children, [...path, k, 'children']);
    });
  each(workflow.phases, (phase, p) => {
    unique('phase', phase.id, [...at, 'phases', p, 'id']);
    walkSteps(phase.steps, [...at, 'phases', p, 'steps']);
  });
}

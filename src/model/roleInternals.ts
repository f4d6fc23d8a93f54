/**
 * Ids inside a role — responsibility groups and duties, qualifications, assessments and
 * the duties they name, workflow phases and steps — unique and pointing somewhere.
 * Kept apart from references.ts so the OrgChart, which draws none of it, does not carry it.
 */
import type { Responsibility, Role, Workflow, WorkflowStep } from './schema';
import { makeIssue, previewValue, type OrgIssue, type OrgPath } from './issues';

export function checkRoleInternals(role: Role, at: OrgPath, issues: OrgIssue[]): void {
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

export function checkWorkflowIds(workflow: Workflow, at: OrgPath, issues: OrgIssue[]): void {
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


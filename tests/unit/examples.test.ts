import { describe, expect, it } from 'vitest';
import { parseOrg, type Role } from '../../src';
import { indexOrg } from '../../src/model';
import { defaultWorkflow } from '../../src/examples';
import { salesOrg, salesOrgZh } from '../../src/examples';

describe('the sample sales org', () => {
  it('parses with no issues', () => {
    const result = parseOrg(salesOrg);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(parseOrg(salesOrgZh).ok).toBe(true);
  });

  const index = indexOrg(salesOrg);
  const roles = salesOrg.roles;
  const some = (predicate: (role: Role) => boolean) => roles.some(predicate);

  it('runs director → assistant director → managers (with assistants) → reps', () => {
    expect(index.roots).toHaveLength(1);
    const director = index.roots[0]!;
    const reports = index.reports(director.id);
    expect(reports.some((r) => /assistant/i.test(r.title) && !r.assistant)).toBe(true);
    const managers = reports.filter((r) => /^Sales Manager/.test(r.title));
    expect(managers.length).toBeGreaterThanOrEqual(3);
    for (const manager of managers) expect(index.reports(manager.id).some((r) => r.level === 'representative')).toBe(true);
    expect(managers.some((m) => index.assistants(m.id).length > 0)).toBe(true);
  });

  it('covers every kind of field the seed has', () => {
    expect(some((r) => !!r.alternateTitles?.length)).toBe(true);
    expect(some((r) => !!r.summary)).toBe(true);
    expect(some((r) => !!r.authority?.length)).toBe(true);
    expect(some((r) => !!r.accountabilities?.length)).toBe(true);
    expect(some((r) => !!r.location)).toBe(true);
    expect(some((r) => !!r.dottedLineTo?.length)).toBe(true);
    expect(some((r) => r.assistant === true)).toBe(true);
    expect(some((r) => !r.holderIds?.length)).toBe(true); // vacancies
    expect(some((r) => (r.holderIds?.length ?? 0) > 1)).toBe(true); // a job share
    expect(some((r) => !!r.responsibilities?.some((g) => g.items.some((i) => i.children?.length)))).toBe(true);
    expect(some((r) => !!r.qualifications?.some((q) => q.kind === 'required'))).toBe(true);
    expect(some((r) => !!r.qualifications?.some((q) => q.kind === 'preferred'))).toBe(true);
    expect(some((r) => !!r.assessments?.some((a) => a.penalty?.currency === 'CNY' && a.responsibilityIds?.length))).toBe(true);
    expect(some((r) => r.workflow === defaultWorkflow)).toBe(true);
    expect(salesOrg.people!.some((p) => p.avatarUrl?.startsWith('data:image/'))).toBe(true);
    expect(salesOrg.people!.some((p) => p.email && p.phone)).toBe(true);
  });

  it('asks for no age or health as a qualification in the English sample (the Chinese one keeps its source)', () => {
    const asked = roles.flatMap((r) => r.qualifications ?? []).filter((q) => q.category === 'age' || q.category === 'health');
    expect(asked).toEqual([]);
    expect(roles.flatMap((r) => r.qualifications ?? []).map((q) => q.text).join('\n')).not.toMatch(/\b(aged?|under \d+|health(y)?)\b/i);
    expect(salesOrgZh.roles.some((r) => r.qualifications?.some((q) => q.category === 'age'))).toBe(true);
  });

  it('ships the seed\'s four-phase workflow with nested sub-steps', () => {
    expect(defaultWorkflow.phases).toHaveLength(4);
    const analyze = defaultWorkflow.phases[1]!;
    expect(analyze.steps.map((s) => s.children?.length ?? 0)).toEqual([4, 9]);
  });
});

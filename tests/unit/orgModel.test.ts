import { describe, expect, it } from 'vitest';
import { getOrgModel, fromPeople, parseOrg, type Org } from '../../src';
import { orgHierarchy } from '../../src/model';
// indexOrg is in rolekit/model only; wasValidated is internal.
import { indexOrg } from '../../src/model';
import { wasValidated } from '../../src/model/references';
import { teamModel } from '../../src/model/orgModel';
import { generateOrg, salesOrg } from '../../src/examples';

const org: Org = {
  name: 'Sales',
  people: [
    { id: 'p-dir', name: 'Dana Director' },
    { id: 'p-a', name: 'Ann' },
    { id: 'p-b', name: 'Bo' },
  ],
  roles: [
    { id: 'dir', title: 'Director', holderIds: ['p-dir'] },
    { id: 'asst', title: 'Assistant to the Director', reportsTo: 'dir', assistant: true },
    { id: 'm1', title: 'Manager North', reportsTo: 'dir', holderIds: ['p-a', 'p-b'] },
    { id: 'm2', title: 'Manager South', reportsTo: 'dir', dottedLineTo: ['m1'] },
    { id: 'rep', title: 'Rep', reportsTo: 'm1' },
    { id: 'other-root', title: 'Auditor' },
  ],
};

describe('indexOrg', () => {
  const index = indexOrg(org);

  it('finds roots in input order (a forest)', () => {
    expect(index.roots.map((r) => r.id)).toEqual(['dir', 'other-root']);
  });

  it('resolves managers, reports, assistants and dotted lines', () => {
    expect(index.manager('rep')?.id).toBe('m1');
    expect(index.manager('dir')).toBeUndefined();
    expect(index.reports('dir').map((r) => r.id)).toEqual(['asst', 'm1', 'm2']);
    expect(index.assistants('dir').map((r) => r.id)).toEqual(['asst']);
    expect(index.dottedReports('m1').map((r) => r.id)).toEqual(['m2']);
  });

  it('resolves holders, and none for a vacancy', () => {
    expect(index.holders('m1').map((p) => p.name)).toEqual(['Ann', 'Bo']);
    expect(index.holders('m2')).toEqual([]);
  });

  it('counts descendants and lists ancestors', () => {
    expect(index.descendantCount('dir')).toBe(4);
    expect(index.descendantCount('rep')).toBe(0);
    expect(index.ancestors('rep').map((r) => r.id)).toEqual(['m1', 'dir']);
  });

  it('is computed once per org object', () => {
    expect(indexOrg(org)).toBe(index);
    expect(indexOrg({ ...org })).not.toBe(index);
  });
});

describe('getOrgModel on a broken org', () => {
  it('keeps the issues and indexes the drawable part', () => {
    const broken = { name: 'B', roles: [{ id: 'a', title: 'A', reportsTo: 'b' }, { id: 'b', title: 'B', reportsTo: 'a' }, { id: 'c', title: 'C', reportsTo: 'zz' }] } as Org;
    const model = getOrgModel(broken);
    expect(model.issues.map((i) => i.code)).toEqual(['unknown_reference', 'cycle']);
    expect(model.index.roots.map((r) => r.id)).toEqual(['a', 'c']);
    expect(model.index.reports('a').map((r) => r.id)).toEqual(['b']);
  });

  it('never throws, even for something that is not an org', () => {
    const model = getOrgModel(null as unknown as Org);
    expect(model.issues[0]!.code).toBe('invalid');
    expect(model.index.roots).toEqual([]);
  });
});

describe('orgHierarchy', () => {
  it('puts every root under one virtual root', () => {
    const root = orgHierarchy(org);
    expect(root.data).toBeNull();
    expect(root.children!.map((n) => n.data!.id)).toEqual(['dir', 'other-root']);
    expect(root.descendants()).toHaveLength(org.roles.length + 1);
    expect(orgHierarchy(org)).toBe(root);
  });

  it('builds a 10,000-deep chain without overflowing', () => {
    const roles = Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, title: 'T', reportsTo: i ? `r${i - 1}` : null }));
    expect(orgHierarchy({ name: 'Chain', roles }).height).toBe(10_000);
  });
});

describe('fromPeople', () => {
  it('builds one role per row, with vacancies for unnamed rows', () => {
    const result = fromPeople(
      [
        { id: '1', name: 'Grace', title: 'CEO', managerId: null, email: 'grace@example.com' },
        { id: '2', name: 'Linus', title: 'CTO', managerId: '1' },
        { id: '3', name: '', title: 'Engineer (open)', managerId: '2' },
      ],
      { name: 'Acme' },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.org.name).toBe('Acme');
    const index = indexOrg(result.org);
    expect(index.manager('3')?.title).toBe('CTO');
    expect(index.holders('1')[0]).toMatchObject({ name: 'Grace', email: 'grace@example.com' });
    expect(index.holders('3')).toEqual([]);
  });

  it('reports rows whose manager is missing, by row', () => {
    const result = fromPeople([{ id: '1', name: 'A', title: 'T', managerId: '99' }]);
    expect(!result.ok && result.issues[0]).toMatchObject({ code: 'unknown_reference', path: ['roles', 0, 'reportsTo'] });
  });

  it('reports a list that is not a list instead of throwing', () => {
    const result = fromPeople('nope' as never);
    expect(result.ok).toBe(false);
  });
});

describe('generateOrg', () => {
  it('makes exactly n valid roles, the same for the same seed', () => {
    const a = generateOrg(1000, 7);
    expect(a.roles).toHaveLength(1000);
    expect(generateOrg(1000, 7)).toEqual(a);
    expect(generateOrg(1000, 8)).not.toEqual(a);
    expect(getOrgModel(a).issues).toEqual([]);
  });

  it('keeps spans between 2 and 12 (assistants aside) and depth near log n', () => {
    const big = generateOrg(100_000, 3);
    const index = indexOrg(big);
    for (const role of big.roles) {
      const reports = index.reports(role.id).filter((r) => !r.assistant).length;
      expect(reports === 0 || reports <= 12).toBe(true);
    }
    expect(orgHierarchy(big).height).toBeLessThan(12);
    expect(big.roles.some((r) => r.assistant)).toBe(true);
    expect(big.roles.some((r) => !r.holderIds)).toBe(true);
  });
});

describe('getOrgModel after parseOrg', () => {
  it('trusts an org parseOrg returned, and only that object', () => {
    const parsed = parseOrg(generateOrg(500, 2));
    if (!parsed.ok) throw new Error('generated org should parse');
    expect(wasValidated(parsed.org)).toBe(true);
    expect(wasValidated({ ...parsed.org })).toBe(false);
    expect(getOrgModel(parsed.org).issues).toEqual([]);
  });
});

describe('getOrgModel on roles it cannot draw', () => {
  it('drops them, says which and why, and draws the rest', () => {
    const org = {
      name: 'Mixed',
      roles: [
        { id: 'a', title: 'Director' },
        { id: 'b', title: { en: 'Manager' }, reportsTo: 'a' },
        { id: 'c', title: 'Rep', reportsTo: 'a', holderIds: [7] },
        { id: 'd', title: 'Analyst', reportsTo: 'a' },
      ],
    } as unknown as Org;
    const model = getOrgModel(org);
    expect(model.issues.map((i) => i.path.join('.'))).toEqual(['roles.1.title', 'roles.2.holderIds.0']);
    expect(model.issues[0]!.message).toBe('roles[1].title: expected string, got an object');
    expect(model.index.reports('a').map((r) => r.id)).toEqual(['d']);
  });

  it('names the path and the value of every kind of field it cannot draw, and draws the rest', () => {
    const org = {
      name: 'Mixed',
      roles: [
        { id: 'a', title: 'Director' },
        7,
        { id: '', title: 'No id', reportsTo: 'a' },
        { id: 'c', title: 'Rep', reportsTo: 5 },
        { id: 'd', title: 'Analyst', reportsTo: 'a', dottedLineTo: ['a', ''] },
        { id: 'e', title: 'Lead', reportsTo: 'a', assistant: 'yes', reportCount: '3' },
        { id: 'f', reportsTo: 'a' },
        { id: 'g', title: 'Kept', reportsTo: 'a', holderIds: ['p1'] },
      ],
      people: [{ id: 'p1', name: 'Ann' }, { id: 'p2' }],
    } as unknown as Org;
    const model = getOrgModel(org);
    expect(model.issues.map((i) => i.message)).toEqual([
      'roles[1]: expected Object, got 7',
      'roles[2].id: must not be empty',
      'roles[3].reportsTo: expected string or null, got 5',
      'roles[4].dottedLineTo[1]: must not be empty',
      'roles[5].assistant: expected boolean, got "yes"',
      'roles[5].reportCount: expected number, got "3"',
      'roles[6].title: is missing',
      'people[1].name: is missing',
    ]);
    expect(model.index.reports('a').map((r) => r.id)).toEqual(['g']);
    expect(model.index.holders('g').map((p) => p.name)).toEqual(['Ann']);
  });

  it('says what the org itself is when it is not one', () => {
    expect(getOrgModel(null as unknown as Org).issues.map((i) => i.message)).toEqual(['(root): expected Object, got null']);
    expect(getOrgModel({ name: 'X', roles: 5 } as unknown as Org).issues.map((i) => i.message)).toEqual(['roles: expected Array, got 5']);
    expect(getOrgModel({ name: 'X' } as unknown as Org).issues.map((i) => i.message)).toEqual(['roles: is missing']);
  });

  it('keeps fields it does not check for the components that show them', () => {
    const org: Org = { name: 'X', roles: [{ id: 'a', title: 'A', summary: 'Leads the team', responsibilities: [] }] };
    expect(getOrgModel(org).index.roleById.get('a')?.summary).toBe('Leads the team');
  });
});

describe('teamModel (a focused team)', () => {
  const sales = getOrgModel(salesOrg);

  it('holds the role and everyone below it, the role a root, each manager’s reports in input order', () => {
    const team = teamModel(sales, 'sales-manager-east')!;
    expect(team.index.roots.map((r) => r.id)).toEqual(['sales-manager-east']);
    expect(team.index.reports('sales-manager-east').map((r) => r.id)).toEqual(sales.index.reports('sales-manager-east').map((r) => r.id));
    expect(team.index.org.roles).toHaveLength(sales.index.descendantCount('sales-manager-east') + 1);
    expect(team.index.ancestors('rep-east-suizhou').map((r) => r.id)).toEqual(['sales-manager-east']);
    expect(team.issues).toEqual([]);
  });

  it('shares the org’s Role objects and is built once per model and role', () => {
    const team = teamModel(sales, 'sales-manager-east')!;
    expect(team.index.roleById.get('ka-supervisor')).toBe(sales.index.roleById.get('ka-supervisor'));
    expect(teamModel(sales, 'sales-manager-east')).toBe(team);
    expect(getOrgModel(team.index.org)).toBe(team);
  });

  it('is the whole model for the single root, and null for a role not in the org', () => {
    expect(teamModel(sales, 'sales-director')).toBe(sales);
    expect(teamModel(sales, 'nobody')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getOrgModel, rollupOrg, type Org, type Role } from '../../src/model';
import { generateOrg } from '../../src/examples';

const people = (...ids: string[]) => ids.map((id) => ({ id, name: id.toUpperCase() }));

describe('rollupOrg', () => {
  describe('given a small team (hand-checked)', () => {
    // ceo ─┬─ asst (assistant, Ann)
    //      ├─ sales (Bo) ─┬─ rep1 (Cy)
    //      │              └─ rep2 (vacant)
    //      └─ ops (vacant) ── clerk (Di)
    const org: Org = {
      name: 'Small',
      people: people('z', 'a', 'b', 'c', 'd'),
      roles: [
        { id: 'ceo', title: 'CEO', holderIds: ['z'] },
        { id: 'asst', title: 'Assistant', reportsTo: 'ceo', assistant: true, holderIds: ['a'] },
        { id: 'sales', title: 'Sales', reportsTo: 'ceo', holderIds: ['b'] },
        { id: 'ops', title: 'Ops', reportsTo: 'ceo' },
        { id: 'rep1', title: 'Rep', reportsTo: 'sales', holderIds: ['c'] },
        { id: 'rep2', title: 'Rep', reportsTo: 'sales' },
        { id: 'clerk', title: 'Clerk', reportsTo: 'ops', holderIds: ['d'] },
      ],
    };
    const rollup = rollupOrg(org);

    it('counts the people below the top, not its own holder, and the open positions apart', () => {
      expect(rollup.get('ceo')).toEqual({ directReports: 3, span: 2, headcount: 4, vacancies: 2, unloaded: 0 });
    });
    it('leaves the assistant out of the span of control, not out of the direct reports', () => {
      expect(rollup.get('ceo')!.directReports - rollup.get('ceo')!.span).toBe(1);
    });
    it('counts a vacant report in the span and as a vacancy, not as a person', () => {
      expect(rollup.get('sales')).toEqual({ directReports: 2, span: 2, headcount: 1, vacancies: 1, unloaded: 0 });
    });
    it('counts the people below a vacant manager', () => {
      expect(rollup.get('ops')).toEqual({ directReports: 1, span: 1, headcount: 1, vacancies: 0, unloaded: 0 });
    });
    it('gives a leaf nothing below', () => {
      expect(rollup.get('rep1')).toEqual({ directReports: 0, span: 0, headcount: 0, vacancies: 0, unloaded: 0 });
    });
    it('is memoised per org object, whether given the org or its model', () => {
      expect(rollupOrg(org)).toBe(rollup);
      expect(rollupOrg(getOrgModel(org))).toBe(rollup);
      expect(rollupOrg({ ...org })).not.toBe(rollup);
    });
  });

  describe('given shared holders', () => {
    it('counts each holder of a job share', () => {
      const org: Org = {
        name: 'Share',
        people: people('m', 'a', 'b'),
        roles: [
          { id: 'm', title: 'Manager', holderIds: ['m'] },
          { id: 'r', title: 'Job share', reportsTo: 'm', holderIds: ['a', 'b'] },
        ],
      };
      expect(rollupOrg(org).get('m')!.headcount).toBe(2);
    });
    it('counts a person holding two roles below once, in every manager above both', () => {
      const org: Org = {
        name: 'Acting',
        people: people('m', 'x', 'y'),
        roles: [
          { id: 'top', title: 'Top', holderIds: ['m'] },
          { id: 'l', title: 'Left', reportsTo: 'top', holderIds: ['x'] },
          { id: 'r', title: 'Right', reportsTo: 'top', holderIds: ['y'] },
          { id: 'l1', title: 'Left 1', reportsTo: 'l', holderIds: ['y'] },
          { id: 'r1', title: 'Right 1', reportsTo: 'r', holderIds: ['x'] },
        ],
      };
      const rollup = rollupOrg(org);
      expect(rollup.get('top')!.headcount).toBe(2);
      expect(rollup.get('l')!.headcount).toBe(1);
      expect(rollup.get('r')!.headcount).toBe(1);
    });
    it('counts a manager who also holds a role below them as below', () => {
      const org: Org = {
        name: 'Acting down',
        people: people('m', 'a'),
        roles: [
          { id: 'top', title: 'Top', holderIds: ['m'] },
          { id: 'mid', title: 'Mid', reportsTo: 'top', holderIds: ['a'] },
          { id: 'low', title: 'Low (acting)', reportsTo: 'mid', holderIds: ['m'] },
        ],
      };
      expect(rollupOrg(org).get('top')!.headcount).toBe(2);
      expect(rollupOrg(org).get('mid')!.headcount).toBe(1);
    });
    it('treats a holder id listed twice, or naming nobody, as in the card (once; not a person)', () => {
      const org: Org = {
        name: 'Odd',
        people: people('m', 'a'),
        roles: [
          { id: 'top', title: 'Top', holderIds: ['m'] },
          { id: 'twice', title: 'Twice', reportsTo: 'top', holderIds: ['a', 'a'] },
          { id: 'ghost', title: 'Ghost', reportsTo: 'top', holderIds: ['nobody'] },
        ],
      };
      expect(rollupOrg(org).get('top')).toMatchObject({ headcount: 1, vacancies: 1 });
    });
  });

  describe('given a forest', () => {
    it('rolls up each tree on its own, a person in both trees counted in each', () => {
      const org: Org = {
        name: 'Two companies',
        people: people('a', 'b', 'c'),
        roles: [
          { id: 'one', title: 'One', holderIds: ['a'] },
          { id: 'two', title: 'Two', holderIds: ['b'] },
          { id: 'one-r', title: 'Board seat', reportsTo: 'one', holderIds: ['c'] },
          { id: 'two-r', title: 'Board seat', reportsTo: 'two', holderIds: ['c'] },
          { id: 'two-v', title: 'Open', reportsTo: 'two' },
        ],
      };
      const rollup = rollupOrg(org);
      expect(rollup.get('one')).toMatchObject({ headcount: 1, vacancies: 0 });
      expect(rollup.get('two')).toMatchObject({ headcount: 1, vacancies: 1, directReports: 2 });
    });
  });

  describe('given reports not loaded yet (reportCount)', () => {
    const org: Org = {
      name: 'Lazy',
      people: people('a', 'b'),
      roles: [
        { id: 'ceo', title: 'CEO', holderIds: ['a'] },
        { id: 'cto', title: 'CTO', reportsTo: 'ceo', holderIds: ['b'], reportCount: 4 },
      ],
    };
    it('counts them as direct reports and span', () => {
      expect(rollupOrg(org).get('cto')).toEqual({ directReports: 4, span: 4, headcount: 0, vacancies: 0, unloaded: 4 });
    });
    it('says every manager above leaves them out', () => {
      expect(rollupOrg(org).get('ceo')).toMatchObject({ headcount: 1, unloaded: 4 });
    });
    it('trusts the reports present over a stale count', () => {
      const loaded: Org = { ...org, roles: [...org.roles, { id: 'dev', title: 'Dev', reportsTo: 'cto' }] };
      expect(rollupOrg(loaded).get('cto')).toMatchObject({ directReports: 1, vacancies: 1, unloaded: 0 });
    });
  });

  it('handles a chain 100,000 deep without recursion', () => {
    const n = 100_000;
    const roles: Role[] = Array.from({ length: n }, (_, i) => ({ id: `r${i}`, title: 'R', reportsTo: i ? `r${i - 1}` : null, holderIds: i % 2 ? ['p'] : [] }));
    const rollup = rollupOrg({ name: 'Chain', roles, people: people('p') });
    expect(rollup.get('r0')).toMatchObject({ headcount: 1, vacancies: n / 2 - 1 });
    expect(rollup.get(`r${n - 2}`)).toMatchObject({ headcount: 1, vacancies: 0 });
  });

  it('gives every role of the 100,000 sample a roll-up whose top holds everyone else', () => {
    const org = generateOrg(100_000, 1);
    const rollup = rollupOrg(org);
    expect(org.roles.every((r) => rollup.get(r.id))).toBe(true);
    const top = rollup.get(org.roles[0]!.id)!;
    const filled = org.roles.filter((r) => r.holderIds?.length).length;
    expect(top.headcount).toBe(filled - 1);
    expect(top.vacancies).toBe(100_000 - filled);
  });

  describe('against a naive recursive count', () => {
    /** Written the obvious way, to pin the fast one: sets of people per subtree. */
    function naive(org: Org) {
      const { index } = getOrgModel(org);
      const below = (id: string): { people: Set<string>; vacancies: number; unloaded: number } => {
        const out = { people: new Set<string>(), vacancies: 0, unloaded: index.reports(id).length ? 0 : (index.roleById.get(id)!.reportCount ?? 0) };
        for (const r of index.reports(id)) {
          const holders = index.holders(r.id);
          for (const p of holders) out.people.add(p.id);
          if (holders.length === 0) out.vacancies++;
          const sub = below(r.id);
          for (const p of sub.people) out.people.add(p);
          out.vacancies += sub.vacancies;
          out.unloaded += sub.unloaded;
        }
        return out;
      };
      return new Map(
        [...index.roleById.keys()].map((id) => {
          const b = below(id);
          const reports = index.reports(id);
          const direct = reports.length || (index.roleById.get(id)!.reportCount ?? 0);
          return [id, { directReports: direct, span: direct - reports.filter((r) => r.assistant).length, headcount: b.people.size, vacancies: b.vacancies, unloaded: b.unloaded }];
        }),
      );
    }

    const arbitraryOrg = fc
      .array(
        fc.record({
          manager: fc.option(fc.nat(), { nil: null }),
          holders: fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 3 }),
          assistant: fc.boolean(),
          reportCount: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        }),
        { minLength: 1, maxLength: 40 },
      )
      .map((specs): Org => ({
        name: 'Random',
        people: people('p0', 'p1', 'p2', 'p3', 'p4'), // p5 is named but missing
        roles: specs.map((s, i) => ({
          id: `r${i}`,
          title: `Role ${i}`,
          // An earlier role only: a forest, never a cycle.
          reportsTo: s.manager === null || i === 0 ? null : `r${s.manager % i}`,
          holderIds: s.holders.map((h) => `p${h}`),
          assistant: s.assistant,
          reportCount: s.reportCount,
        })),
      }));

    it('agrees on every role of any forest', () => {
      fc.assert(
        fc.property(arbitraryOrg, (org) => {
          const rollup = rollupOrg(org);
          for (const [id, expected] of naive(org)) expect(rollup.get(id)).toEqual(expected);
        }),
        { numRuns: 300 },
      );
    });
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseOrg, assertOrg, OrgError, parseRole, parseWorkflow, type Org, type OrgIssue } from '../../src';

const codes = (issues: readonly OrgIssue[]) => issues.map((issue) => issue.code);
const failure = (input: unknown) => {
  const result = parseOrg(input);
  if (result.ok) throw new Error('expected parseOrg to fail');
  return result;
};

const tiny: Org = {
  name: 'Tiny',
  people: [{ id: 'p1', name: 'Ada Lovelace', email: 'ada@example.com' }],
  roles: [
    { id: 'director', title: 'Sales Director', holderIds: ['p1'] },
    { id: 'manager', title: 'Sales Manager', reportsTo: 'director' },
  ],
};

describe('parseOrg', () => {
  describe('given a valid org', () => {
    it('returns it with ok: true', () => {
      const result = parseOrg(tiny);
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.org.roles.map((r) => r.id)).toEqual(['director', 'manager']);
    });

    it('accepts several roots (a forest)', () => {
      const forest: Org = { name: 'Forest', roles: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B', reportsTo: null }] };
      expect(parseOrg(forest).ok).toBe(true);
    });

    it('fills defaults: a qualification is required unless it says preferred', () => {
      const result = parseOrg({
        name: 'Q',
        roles: [{ id: 'r', title: 'Rep', qualifications: [{ id: 'q1', text: 'A degree' }, { id: 'q2', text: 'Two years', kind: 'preferred' }] }],
      });
      expect(result.ok && result.org.roles[0]!.qualifications!.map((q) => q.kind)).toEqual(['required', 'preferred']);
    });
  });

  describe('given input that is not an org at all', () => {
    it.each([
      ['null', null],
      ['a string', 'sales'],
      ['a number', 42],
      ['an array', []],
      ['undefined', undefined],
    ])('reports %s as invalid at the root', (_label, input) => {
      const { issues } = failure(input);
      expect(issues[0]).toMatchObject({ code: 'invalid', path: [] });
      expect(issues[0]!.message).toMatch(/^\(root\): expected Object/);
    });

    it('names the path and the value of { roles: 5 }', () => {
      const { issues } = failure({ name: 'X', roles: 5 });
      expect(issues).toEqual([{ code: 'invalid', path: ['roles'], message: 'roles: expected Array, got 5' }]);
    });
  });

  describe('given roles with bad fields', () => {
    it('reports a role without a title by its path', () => {
      const { issues } = failure({ name: 'X', roles: [{ id: 'a', title: 'A' }, { id: 'b' }] });
      expect(issues).toEqual([{ code: 'invalid', path: ['roles', 1, 'title'], message: 'roles[1].title: is missing' }]);
    });

    it('reports every problem, not only the first', () => {
      const { issues } = failure({ name: '', roles: [{ id: '', title: 'A' }, { id: 'b', title: 7 }] });
      expect(issues.map((issue) => issue.path)).toEqual([['name'], ['roles', 0, 'id'], ['roles', 1, 'title']]);
    });

    it('reports a 1 MB title with a short preview, not the whole string', () => {
      const title = 'x'.repeat(1024 * 1024);
      const { issues } = failure({ name: 'X', roles: [{ id: 'a', title }] });
      expect(issues).toHaveLength(1);
      expect(issues[0]!.path).toEqual(['roles', 0, 'title']);
      expect(issues[0]!.message).toContain('1,048,576');
      expect(issues[0]!.message.length).toBeLessThan(200);
    });

    it('rejects javascript: avatars and keeps http(s) and data:image', () => {
      const people = [
        { id: 'a', name: 'A', avatarUrl: 'javascript:alert(1)' },
        { id: 'b', name: 'B', avatarUrl: 'https://example.com/b.png' },
        { id: 'c', name: 'C', avatarUrl: 'data:image/png;base64,AAAA' },
        { id: 'd', name: 'D', avatarUrl: 'data:text/html,<script>' },
      ];
      const { issues } = failure({ name: 'X', roles: [], people });
      expect(issues.map((issue) => issue.path)).toEqual([
        ['people', 0, 'avatarUrl'],
        ['people', 3, 'avatarUrl'],
      ]);
      expect(issues[0]!.message).toContain('"javascript:alert(1)"');
    });

    it('rejects a currency that is not an ISO 4217 code', () => {
      const role = { id: 'r', title: 'R', assessments: [{ id: 'a', text: 'Late report', penalty: { amount: 50, currency: 'yuan' } }] };
      const { issues } = failure({ name: 'X', roles: [role] });
      expect(issues[0]).toMatchObject({ code: 'invalid', path: ['roles', 0, 'assessments', 0, 'penalty', 'currency'] });
      expect(issues[0]!.message).toContain('"yuan"');
    });
  });

  describe('given broken references', () => {
    it('reports two roles with one id', () => {
      const { issues, partial } = failure({ name: 'X', roles: [{ id: 'a', title: 'A' }, { id: 'a', title: 'A again' }] });
      expect(issues).toEqual([
        { code: 'duplicate_id', path: ['roles', 1, 'id'], message: 'roles[1].id: duplicate role id "a" (first used at roles[0])' },
      ]);
      expect(partial?.roles.map((r) => r.title)).toEqual(['A']);
    });

    it('reports a reportsTo pointing nowhere and draws that role as a root', () => {
      const { issues, partial } = failure({ name: 'X', roles: [{ id: 'a', title: 'A', reportsTo: 'ghost' }] });
      expect(issues).toEqual([{ code: 'unknown_reference', path: ['roles', 0, 'reportsTo'], message: 'roles[0].reportsTo: no role has the id "ghost"' }]);
      expect(partial?.roles[0]!.reportsTo).toBeNull();
    });

    it('reports unknown dotted lines, holders and assessed duties', () => {
      const role = {
        id: 'a',
        title: 'A',
        dottedLineTo: ['nobody'],
        holderIds: ['p-missing'],
        responsibilities: [{ id: 'g', title: 'G', items: [{ id: 'd1', text: 'Do it' }] }],
        assessments: [{ id: 'x', text: 'Missed', responsibilityIds: ['d1', 'd9'] }],
      };
      const { issues } = failure({ name: 'X', roles: [role] });
      expect(issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
        ['unknown_reference', 'roles.0.dottedLineTo.0'],
        ['unknown_reference', 'roles.0.holderIds.0'],
        ['unknown_reference', 'roles.0.assessments.0.responsibilityIds.1'],
      ]);
    });

    it('reports a role that reports to itself', () => {
      const { issues } = failure({ name: 'X', roles: [{ id: 'a', title: 'A', reportsTo: 'a' }] });
      expect(codes(issues)).toEqual(['self_reference']);
    });

    it('reports a 3-role loop once, listing the ids around it', () => {
      const roles = [
        { id: 'a', title: 'A', reportsTo: 'c' },
        { id: 'b', title: 'B', reportsTo: 'a' },
        { id: 'c', title: 'C', reportsTo: 'b' },
        { id: 'd', title: 'D', reportsTo: 'a' },
      ];
      const { issues, partial } = failure({ name: 'X', roles });
      expect(issues).toHaveLength(1);
      expect(issues[0]!.code).toBe('cycle');
      expect(issues[0]!.path).toEqual(['roles', 0, 'reportsTo']);
      expect(issues[0]!.message).toMatch(/a → c → b → a|a → b → c → a|c → b → a → c/);
      // The loop is cut at its first role, so the partial org is a tree again.
      expect(partial?.roles.find((r) => r.id === 'a')?.reportsTo).toBeNull();
    });

    it('reports duplicate duty ids inside a role, nested ones included', () => {
      const role = {
        id: 'r',
        title: 'R',
        responsibilities: [
          { id: 'g1', title: 'G1', items: [{ id: 'd1', text: 'One', children: [{ id: 'd2', text: 'Two' }] }] },
          { id: 'g2', title: 'G2', items: [{ id: 'd2', text: 'Two again' }] },
        ],
      };
      const { issues } = failure({ name: 'X', roles: [role] });
      expect(issues).toEqual([
        expect.objectContaining({ code: 'duplicate_id', path: ['roles', 0, 'responsibilities', 1, 'items', 0, 'id'] }),
      ]);
    });
  });

  describe('given pathological sizes', () => {
    it('handles a 10,000-deep reporting chain without recursion', () => {
      const roles = Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, title: `Level ${i}`, reportsTo: i === 0 ? null : `r${i - 1}` }));
      expect(parseOrg({ name: 'Chain', roles }).ok).toBe(true);
    });

    it('handles a 10,000-long loop', () => {
      const roles = Array.from({ length: 10_000 }, (_, i) => ({ id: `r${i}`, title: 'T', reportsTo: `r${(i + 1) % 10_000}` }));
      const { issues } = failure({ name: 'Loop', roles });
      expect(codes(issues)).toEqual(['cycle']);
    });

    it('reports input nested 100,000 levels deep instead of overflowing the stack', () => {
      let children: unknown[] = [];
      const top = { id: 'd0', text: 'Top', children };
      for (let i = 1; i < 100_000; i++) {
        const next: unknown[] = [];
        children.push({ id: `d${i}`, text: 'x', children: next });
        children = next;
      }
      const { issues } = failure({ name: 'Deep', roles: [{ id: 'r', title: 'R', responsibilities: [{ id: 'g', title: 'G', items: [top] }] }] });
      expect(codes(issues)).toEqual(['too_deep']);
    });
  });

  describe('property: any JSON at all', () => {
    it('never throws and always returns a result with issues or an org', () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
          const result = parseOrg(value);
          return result.ok ? Array.isArray(result.org.roles) : result.issues.length > 0 && result.issues.every((i) => typeof i.message === 'string');
        }),
        { numRuns: 500 },
      );
    });

    it('never throws on org-shaped random input', () => {
      const loose = fc.record({
        name: fc.oneof(fc.string(), fc.integer()),
        roles: fc.array(
          fc.record({
            id: fc.oneof(fc.constantFrom('a', 'b', 'c', ''), fc.integer()),
            title: fc.oneof(fc.string(), fc.constant(undefined)),
            reportsTo: fc.oneof(fc.constantFrom('a', 'b', 'c', 'z'), fc.constant(null)),
            dottedLineTo: fc.array(fc.constantFrom('a', 'b', 'q')),
          }),
          { maxLength: 6 },
        ),
      });
      fc.assert(fc.property(loose, (value) => typeof parseOrg(value).ok === 'boolean'), { numRuns: 500 });
    });
  });

  describe('property: random valid orgs', () => {
    const validOrg = fc
      .array(fc.record({ title: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => /\S/.test(s)), managerPick: fc.nat(), vacant: fc.boolean() }), {
        minLength: 1,
        maxLength: 40,
      })
      .map((rows): Org => ({
        name: 'Random',
        people: rows.map((_, i) => ({ id: `p${i}`, name: `Person ${i}` })),
        // Each role reports to an earlier one (or none): a forest by construction.
        roles: rows.map((row, i) => ({
          id: `r${i}`,
          title: row.title,
          reportsTo: i === 0 || row.managerPick % 4 === 0 ? null : `r${row.managerPick % i}`,
          ...(row.vacant ? {} : { holderIds: [`p${i}`] }),
        })),
      }));

    it('always parse', () => {
      fc.assert(fc.property(validOrg, (org) => parseOrg(org).ok), { numRuns: 300 });
    });
  });
});

describe('assertOrg', () => {
  it('throws an OrgError carrying every issue', () => {
    try {
      assertOrg({ name: 'X', roles: [{ id: 'a' }, { id: 'a', title: 'A' }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OrgError);
      expect((error as OrgError).issues[0]!.path).toEqual(['roles', 0, 'title']);
      expect((error as OrgError).message).toMatch(/^roles\[0\]\.title/);
    }
  });
});

describe('parseRole and parseWorkflow', () => {
  it('check a role on its own', () => {
    const result = parseRole({ id: 'r', title: 'R', assessments: [{ id: 'a', text: 'A', responsibilityIds: ['nope'] }] });
    expect(!result.ok && result.issues.map((i) => i.code)).toEqual(['unknown_reference']);
  });

  it('report duplicate step ids in a workflow', () => {
    const result = parseWorkflow({
      id: 'w',
      title: 'W',
      phases: [{ id: 'p1', title: 'P1', steps: [{ id: 's1', text: 'S' }] }, { id: 'p2', title: 'P2', steps: [{ id: 's1', text: 'S' }] }],
    });
    expect(!result.ok && result.issues.map((i) => i.path)).toEqual([['phases', 1, 'steps', 0, 'id']]);
  });
});

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

describe('parseRole and parseWorkflow: every problem in one round', () => {
  const issuesOf = (result: { ok: boolean; issues?: readonly OrgIssue[] }) => {
    if (result.ok) throw new Error('expected a failure');
    return result.issues!;
  };
  const summary = (issues: readonly OrgIssue[]) => issues.map((issue) => [issue.code, issue.path.join('.')]);

  it('reports a shape problem, a duplicate duty id and an unknown assessed duty together, shape first', () => {
    const issues = issuesOf(
      parseRole({
        id: 'r',
        title: 'R',
        responsibilities: [{ id: 'g', title: 'G', items: [{ id: 'd1', text: 'One' }, { id: 'd1', text: '   ' }] }],
        assessments: [{ id: 'a', text: 'Missed', responsibilityIds: ['d1', 'd9'] }],
      }),
    );
    expect(summary(issues)).toEqual([
      ['invalid', 'responsibilities.0.items.1.text'],
      ['duplicate_id', 'responsibilities.0.items.1.id'],
      ['unknown_reference', 'assessments.0.responsibilityIds.1'],
    ]);
    expect(issues[1]!.message).toBe('responsibilities[0].items[1].id: duplicate responsibility id "d1" in role "r"');
    expect(issues[2]!.message).toContain('"d9"');
  });

  it('still checks the inside of a role whose own fields are wrong', () => {
    const issues = issuesOf(parseRole({ id: 7, qualifications: [{ id: 'q', text: 'A' }, { id: 'q', text: 'B' }] }));
    expect(summary(issues)).toEqual([
      ['invalid', 'id'],
      ['invalid', 'title'],
      ['duplicate_id', 'qualifications.1.id'],
    ]);
    expect(issues[2]!.message).toContain('in role 7');
  });

  it('does not report a consequence of a shape problem at the same path again', () => {
    const issues = issuesOf(
      parseRole({
        id: 'r',
        title: 'R',
        responsibilities: [{ id: 'g', title: 'G', items: [{ id: '', text: 'One' }, { id: '', text: 'Two' }, { id: 5, text: 'Three' }, { id: 5, text: 'Four' }] }],
        assessments: [{ id: 'a', text: 'A', responsibilityIds: [''] }],
      }),
    );
    expect(summary(issues)).toEqual([
      ['invalid', 'responsibilities.0.items.0.id'],
      ['invalid', 'responsibilities.0.items.1.id'],
      ['invalid', 'responsibilities.0.items.2.id'],
      ['invalid', 'responsibilities.0.items.3.id'],
      ['invalid', 'assessments.0.responsibilityIds.0'],
    ]);
  });

  it('does not call an assessed duty unknown when a duty id could not be read', () => {
    const unreadable = [
      { id: 'g', title: 'G', items: [{ id: 42, text: 'Its id is a number' }] },
      { id: 'g', title: 'G', items: { id: 'd1', text: 'An object, not a list' } },
      { id: 'g', title: 'G' },
      'not a group',
    ];
    for (const group of unreadable) {
      const issues = issuesOf(parseRole({ id: 'r', title: 'R', responsibilities: [group], assessments: [{ id: 'a', text: 'A', responsibilityIds: ['d1'] }] }));
      expect(issues.map((issue) => issue.code)).not.toContain('unknown_reference');
    }
  });

  it('reports shape problems and duplicate phase and step ids of a workflow together', () => {
    const issues = issuesOf(
      parseWorkflow({
        id: 'w',
        phases: [
          { id: 'p1', title: 'P1', steps: [{ id: 's1', text: 'S', children: [{ id: 's2', text: 'T' }] }] },
          { id: 'p1', title: 'P2', steps: [{ id: 's2', text: 7 }, 'a step', null] },
          42,
        ],
      }),
    );
    expect(summary(issues)).toEqual([
      ['invalid', 'title'],
      ['invalid', 'phases.1.steps.0.text'],
      ['invalid', 'phases.1.steps.1'],
      ['invalid', 'phases.1.steps.2'],
      ['invalid', 'phases.2'],
      ['duplicate_id', 'phases.1.id'],
      ['duplicate_id', 'phases.1.steps.0.id'],
    ]);
  });

  it('checks the workflow inside a role whose shape fails', () => {
    const workflow = { id: 'w', title: 'W', phases: [{ id: 'p', title: 'P', steps: [] }, { id: 'p', title: 'P again', steps: [] }] };
    const issues = issuesOf(parseRole({ id: 'r', workflow }));
    expect(summary(issues)).toEqual([
      ['invalid', 'title'],
      ['duplicate_id', 'workflow.phases.1.id'],
    ]);
  });

  it('never throws on garbage, and reports it', () => {
    const garbage: unknown[] = [
      null,
      undefined,
      'role',
      42,
      true,
      [],
      [{ id: 'r', title: 'R' }],
      { responsibilities: 'x', qualifications: 5, assessments: null, workflow: [] },
      { responsibilities: [null, 3, 'g', [], { items: [null, 'd', 4, { children: 'x' }, { children: [null] }] }] },
      { assessments: [null, { responsibilityIds: 'd1' }, { responsibilityIds: [null, 3, {}] }] },
      { workflow: { phases: [null, { steps: 'x' }, { steps: [null, { children: {} }] }] } },
      { id: {}, title: [], responsibilities: [{ id: {}, items: [{ id: [], children: [{ id: null }] }] }] },
    ];
    for (const input of garbage) {
      for (const parse of [parseRole, parseWorkflow]) {
        const result = parse(input);
        expect(result.ok).toBe(false);
        const issues = issuesOf(result);
        expect(issues.length).toBeGreaterThan(0);
        const keys = issues.map((issue) => `${issue.code} ${JSON.stringify(issue.path)}`);
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });

  it('property: never throws on role-shaped random input, and never adds an internal issue where a shape issue is', () => {
    const id = fc.oneof(fc.constantFrom('a', 'b', ''), fc.integer({ min: 0, max: 2 }), fc.constant(null));
    const item = fc.oneof(fc.record({ id, text: fc.constantFrom('T', '', 3) }, { requiredKeys: [] }), fc.constant(null), fc.string({ maxLength: 2 }));
    const loose = fc.record(
      {
        id,
        title: fc.constantFrom('R', '', undefined),
        responsibilities: fc.oneof(fc.array(fc.record({ id, title: fc.constant('G'), items: fc.oneof(fc.array(item, { maxLength: 3 }), fc.constant('x')) }, { requiredKeys: [] }), { maxLength: 3 }), fc.constant(7)),
        qualifications: fc.array(fc.oneof(fc.record({ id, text: fc.constant('Q') }), fc.constant(0)), { maxLength: 3 }),
        assessments: fc.array(fc.record({ id, text: fc.constant('A'), responsibilityIds: fc.array(id, { maxLength: 3 }) }, { requiredKeys: [] }), { maxLength: 3 }),
        workflow: fc.oneof(fc.record({ id, title: fc.constant('W'), phases: fc.array(fc.record({ id, title: fc.constant('P'), steps: fc.array(item, { maxLength: 3 }) }), { maxLength: 3 }) }), fc.constant('w')),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(loose, (value) => {
        const result = parseRole(value);
        if (result.ok) return true;
        const key = (issue: OrgIssue) => JSON.stringify(issue.path);
        const shape = new Set(result.issues.filter((issue) => issue.code === 'invalid').map(key));
        const internal = result.issues.filter((issue) => issue.code !== 'invalid').map(key);
        return internal.every((path) => !shape.has(path)) && new Set(internal).size === internal.length;
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseOrg: role-internal problems alongside shape problems', () => {
  it('reports a duplicate duty id in one role while another role has a bad field', () => {
    const { issues } = failure({
      name: 'X',
      roles: [
        { id: 'a', title: 5 },
        { id: 'b', title: 'B', responsibilities: [{ id: 'g', title: 'G', items: [{ id: 'd', text: 'D' }, { id: 'd', text: 'D again' }] }] },
        null,
      ],
    });
    expect(issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['invalid', 'roles.0.title'],
      ['invalid', 'roles.2'],
      ['duplicate_id', 'roles.1.responsibilities.0.items.1.id'],
    ]);
  });
});

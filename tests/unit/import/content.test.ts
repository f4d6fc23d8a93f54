import { describe, expect, it } from 'vitest';
import { fromCSV, withRoleContent, type ImportResult } from '../../../src/import';
import type { Org, RoleInput } from '../../../src/model';

const org = (result: ImportResult): Org => {
  if (!result.ok) throw new Error(`expected ok, got ${result.issues.map((i) => i.message).join('; ')}`);
  return result.org;
};
const role = (o: Org, id: string) => o.roles.find((r) => r.id === id)!;

/** Who reports to whom, as an HR export has it: titles, no job content. */
const people = org(
  fromCSV(`Employee ID,Full Name,Job Title,Manager ID
S100,Marta Quill,Head of Sales,
S110,Ines Varga,"Sales Manager, North",S100
S111,Lea Park,Account Rep,S110
S112,Tom Ruiz,account rep,S110`),
);

const headOfSales: RoleInput = {
  id: 'head-of-sales',
  title: 'Head of Sales',
  summary: 'Leads the sales organisation.',
  authority: ['Approves discounts over 20%'],
  responsibilities: [{ id: 'plan', title: 'Planning', items: [{ id: 'targets', text: 'Set yearly targets' }] }],
};
const accountRep: RoleInput = {
  id: 'account-rep',
  title: 'Account Rep',
  qualifications: [{ id: 'crm', text: 'Two years with a CRM', category: 'experience' }],
};

describe('withRoleContent', () => {
  describe('given content whose titles match the roles', () => {
    const result = withRoleContent(people, [headOfSales, accountRep]);

    it('puts each job content on the role with that title', () => {
      const merged = org(result);
      expect(role(merged, 'S100').summary).toBe('Leads the sales organisation.');
      expect(role(merged, 'S100').responsibilities?.[0]?.items[0]?.text).toBe('Set yearly targets');
    });

    it('gives the same content to every role holding the title, ignoring case', () => {
      const merged = org(result);
      expect(role(merged, 'S111').qualifications).toEqual([{ id: 'crm', text: 'Two years with a CRM', category: 'experience', kind: 'required' }]);
      expect(role(merged, 'S112').qualifications?.[0]?.text).toBe('Two years with a CRM');
    });

    it('keeps the people, the titles and the reporting lines', () => {
      const merged = org(result);
      expect(role(merged, 'S111')).toMatchObject({ title: 'Account Rep', reportsTo: 'S110', holderIds: ['S111'] });
      expect(merged.people).toEqual(people.people);
      expect(result.warnings).toEqual([]);
    });

    it('leaves a role no entry matched as it was', () => {
      expect(role(org(result), 'S110')).toEqual(role(people, 'S110'));
    });
  });

  it('matches titles whatever their punctuation and spacing', () => {
    const merged = org(withRoleContent(people, [{ title: 'sales manager north', summary: 'Runs the north.' }]));
    expect(role(merged, 'S110').summary).toBe('Runs the north.');
  });

  it('matches by an alternate title', () => {
    const merged = org(withRoleContent(people, [{ title: 'Chief Revenue Officer', alternateTitles: ['Head of Sales'], summary: 'Owns revenue.' }]));
    expect(role(merged, 'S100').summary).toBe('Owns revenue.');
  });

  describe('given an entry with a role id', () => {
    it('puts it on that role, whatever its title', () => {
      const merged = org(withRoleContent(people, [{ id: 'S112', title: 'Senior Rep', summary: 'Mentors the reps.' }]));
      expect(role(merged, 'S112').summary).toBe('Mentors the reps.');
      expect(role(merged, 'S111').summary).toBeUndefined();
    });

    it('wins over a title match on the same role', () => {
      const merged = org(withRoleContent(people, [accountRep, { id: 'S112', summary: 'Mentors the reps.' }]));
      expect(role(merged, 'S112')).toMatchObject({ summary: 'Mentors the reps.' });
      expect(role(merged, 'S112').qualifications).toBeUndefined();
      expect(role(merged, 'S111').qualifications).toHaveLength(1);
    });

    it("with match: 'title', is matched by its title only", () => {
      const result = withRoleContent(people, [{ id: 'S112', title: 'Head of Sales', summary: 'Leads.' }], { match: 'title' });
      expect(role(org(result), 'S100').summary).toBe('Leads.');
      expect(role(org(result), 'S112').summary).toBeUndefined();
    });
  });

  describe('given an entry no role matches', () => {
    const result = withRoleContent(people, [headOfSales, { id: 'ghost', title: 'Chief of Staff', summary: 'x' }]);

    it('still attaches the rest', () => {
      expect(role(org(result), 'S100').summary).toBe('Leads the sales organisation.');
    });

    it('warns, naming the entry and what it was matched by', () => {
      expect(result.warnings).toEqual([
        { code: 'unmatched_content', path: [], input: [1], message: 'content [1]: no role has the id "ghost" or title "Chief of Staff"; left out' },
      ]);
    });

    it("with match: 'id', names the id alone", () => {
      const byId = withRoleContent(people, [headOfSales], { match: 'id' });
      expect(byId.warnings.map((w) => w.message)).toEqual(['content [0]: no role has the id "head-of-sales"; left out']);
      expect(role(org(byId), 'S100').summary).toBeUndefined();
    });
  });

  describe('given two entries whose titles match the same roles', () => {
    const result = withRoleContent(people, { roles: [accountRep, { id: 'rep-2', title: 'Account  Rep.', summary: 'Another text.' }] });

    it('applies neither (no guess)', () => {
      const merged = org(result);
      expect(role(merged, 'S111').qualifications).toBeUndefined();
      expect(role(merged, 'S111').summary).toBeUndefined();
    });

    it('warns once for the title, naming both entries and how many roles hold it', () => {
      expect(result.warnings).toEqual([
        {
          code: 'ambiguous_content',
          path: ['roles', 2],
          input: ['roles', 0],
          message: 'content roles[0]: the title "Account Rep" of 2 roles is matched by roles[0] and roles[1]; none applied',
        },
      ]);
    });
  });

  describe('given the plain-text importer’s result ({ org: { roles } })', () => {
    it('reads the roles under org', () => {
      const merged = org(withRoleContent(people, { org: { name: 'Job texts', roles: [headOfSales] } }));
      expect(role(merged, 'S100').authority).toEqual(['Approves discounts over 20%']);
    });
  });

  describe('given content the model rejects', () => {
    const blankDuty: RoleInput = { ...accountRep, responsibilities: [{ id: 'g', title: 'Selling', items: [{ id: 'call', text: '  ' }] }] };
    const result = withRoleContent(people, [headOfSales, blankDuty]);

    it('fails, naming the path in the content and the problem once', () => {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues).toEqual([
        {
          code: 'invalid',
          path: ['roles', 2, 'responsibilities', 0, 'items', 0, 'text'],
          input: [1, 'responsibilities', 0, 'items', 0, 'text'],
          message: 'content [1].responsibilities[0].items[0].text: must not be blank, got "  "',
        },
      ]);
    });

    it('offers the org with the valid content on it as partial', () => {
      if (result.ok) throw new Error('expected a failure');
      expect(role(result.partial!, 'S100').summary).toBe('Leads the sales organisation.');
      expect(role(result.partial!, 'S111').responsibilities).toBeUndefined();
    });

    it('names an assessment pointing at a duty the entry does not have', () => {
      const bad = withRoleContent(people, [{ title: 'Head of Sales', assessments: [{ id: 'a', text: 'No plan', responsibilityIds: ['nope'] }] }]);
      expect(bad.ok).toBe(false);
      if (bad.ok) return;
      expect(bad.issues.map((i) => [i.code, i.input])).toEqual([['unknown_reference', [0, 'assessments', 0, 'responsibilityIds', 0]]]);
    });
  });

  describe('given input that is not content', () => {
    it('fails with the shape it expected and keeps the org as partial', () => {
      const result = withRoleContent(people, 'Head of Sales' as never);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues[0]!.message).toBe('content (root): expected an array of role content, an org with roles, or { org: { roles } }; got "Head of Sales"');
      expect(result.partial).toEqual(people);
    });

    it('leaves out an entry that is not an object, with a warning', () => {
      const result = withRoleContent(people, [null, headOfSales] as never);
      expect(role(org(result), 'S100').summary).toBeDefined();
      expect(result.warnings.map((w) => w.message)).toEqual(['content [0]: null is not role content; left out']);
    });

    it('reports an org that is itself invalid as parseOrg does', () => {
      const result = withRoleContent({ name: 'x', roles: [{ id: '', title: 'A' }] }, [headOfSales]);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.issues[0]!.path).toEqual(['roles', 0, 'id']);
    });
  });
});

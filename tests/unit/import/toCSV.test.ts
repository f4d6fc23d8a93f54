import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromCSV, toCSV, type ImportResult } from '../../../src/import';
import { parseOrg, type Org, type Person, type Role } from '../../../src/model';
import { salesOrg } from '../../../src/examples/salesOrg';
import { salesOrgZh } from '../../../src/examples/salesOrgZh';
import { generateOrg } from '../../../src/examples/generateOrg';

const ok = (result: ImportResult): Org => {
  if (!result.ok) throw new Error(`expected ok, got ${result.issues.map((i) => i.message).join('; ')}`);
  return result.org;
};

/** Drops the keys whose value is undefined, so `{ a: undefined }` equals `{}`. */
const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

/** The fields a CSV carries, as they are (see toCSV's doc comment). */
function carried(org: Org) {
  const roles = org.roles.map((role: Role) =>
    defined({
      id: role.id,
      title: role.title,
      department: role.department,
      level: role.level,
      location: role.location,
      reportsTo: role.reportsTo ?? undefined,
      dottedLineTo: role.dottedLineTo?.length ? role.dottedLineTo : undefined,
      assistant: role.assistant === true ? true : undefined,
      holderIds: role.holderIds?.length ? role.holderIds : undefined,
      meta: role.meta ? Object.fromEntries(Object.entries(role.meta).map(([k, v]) => [k, String(v)])) : undefined,
    }),
  );
  const people = (org.people ?? []).map((person: Person) =>
    defined({ id: person.id, name: person.name, email: person.email, phone: person.phone, avatarUrl: person.avatarUrl, location: person.location }),
  );
  return { name: org.name, roles, people };
}

/**
 * What fromCSV(toCSV(org)) should give: `carried`, with people who hold a role in the order
 * they first hold one, and the one location cell shared by a role and its holders.
 */
function expected(org: Org) {
  const view = carried(org);
  const byId = new Map(view.people.map((person) => [person.id, person]));
  const firstRole = new Map<string, (typeof view.roles)[number]>();
  for (const role of view.roles) for (const id of role.holderIds ?? []) if (!firstRole.has(id)) firstRole.set(id, role);
  const roles = view.roles.map((role) => defined({ ...role, location: role.location ?? byId.get(role.holderIds?.[0] ?? '')?.location }));
  const people = [...firstRole].map(([id, role]) => {
    const person = byId.get(id)!;
    return defined({ ...person, location: role.location ?? person.location });
  });
  return { ...view, roles, people };
}

const roundTrip = (org: Org, options?: Parameters<typeof toCSV>[1]) => fromCSV(toCSV(org, options), { name: org.name });

const person = (id: string, name: string): Person => ({ id, name });
const small = (roles: Role[], people: Person[]): Org => ({ name: 'Small', roles, people });

describe('toCSV', () => {
  it('round-trips salesOrg: every field a CSV carries comes back equal, with no warnings', () => {
    const result = roundTrip(salesOrg);
    expect(result.warnings).toEqual([]);
    expect(carried(ok(result))).toEqual(expected(salesOrg));
  });

  it('round-trips salesOrgZh (Chinese names and titles behind a UTF-8 BOM)', () => {
    const csv = toCSV(salesOrgZh);
    expect(csv.startsWith('\uFEFFid,name,title,')).toBe(true);
    const result = fromCSV(csv, { name: salesOrgZh.name });
    expect(result.warnings).toEqual([]);
    expect(carried(ok(result))).toEqual(expected(salesOrgZh));
  });

  it('leaves out job content, which a CSV does not carry', () => {
    const back = ok(roundTrip(salesOrg));
    const director = back.roles.find((role) => role.id === 'sales-director')!;
    expect(salesOrg.roles.find((role) => role.id === 'sales-director')!.responsibilities).toBeDefined();
    expect(director.responsibilities).toBeUndefined();
    expect(director.summary).toBeUndefined();
  });

  it('writes the headers fromCSV recognises, CRLF line ends and a BOM by default', () => {
    const org = small([{ id: 'S1', title: 'Head of Sales' }, { id: 'S2', title: 'Rep', reportsTo: 'S1', department: 'Sales' }], [person('S1', 'Marta Quill'), person('S2', 'Lea Park')]);
    org.roles[0]!.holderIds = ['S1'];
    org.roles[1]!.holderIds = ['S2'];
    expect(toCSV(org)).toBe(
      '\uFEFFid,name,title,manager id,department,email,phone,location,photo\r\n' +
        'S1,Marta Quill,Head of Sales,,,,,,\r\n' +
        'S2,Lea Park,Rep,S1,Sales,,,,\r\n',
    );
    expect(fromCSV(toCSV(org)).columns).toEqual({
      id: 'id', name: 'name', title: 'title', 'manager id': 'managerId', department: 'department',
      email: 'email', phone: 'phone', location: 'location', photo: 'avatarUrl',
    });
  });

  it('takes a delimiter and leaves the BOM out with bom: false', () => {
    const org = small([{ id: 'S1', title: 'Head of Sales, North', holderIds: ['S1'] }], [person('S1', 'Quill; Marta')]);
    const csv = toCSV(org, { delimiter: ';', bom: false });
    expect(csv).toBe('id;name;title;manager id;department;email;phone;location;photo\r\nS1;"Quill; Marta";Head of Sales, North;;;;;;\r\n');
    expect(carried(ok(fromCSV(csv, { name: 'Small' })))).toEqual(expected(org));
    expect(carried(ok(roundTrip(org, { delimiter: '\t' })))).toEqual(expected(org));
  });

  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    const org = small([{ id: 'S1', title: 'Head of "Key" Accounts,\r\nNorth', holderIds: ['S1'] }], [person('S1', 'Quill, Marta')]);
    const csv = toCSV(org, { bom: false });
    expect(csv.split('\r\n')[1]).toBe('S1,"Quill, Marta","Head of ""Key"" Accounts,');
    expect(carried(ok(fromCSV(csv, { name: 'Small' })))).toEqual(expected(org));
  });

  it('writes a role with several holders as one row each, sharing its position id', () => {
    const org = small(
      [
        { id: 'head', title: 'Head of Sales', holderIds: ['p1'] },
        { id: 'rep', title: 'Account Rep (job share)', reportsTo: 'head', holderIds: ['p2', 'p3'] },
      ],
      [person('p1', 'Marta Quill'), person('p2', 'Lea Park'), person('p3', 'Omar Haddad')],
    );
    const lines = toCSV(org, { bom: false }).split('\r\n');
    expect(lines[0]).toBe('id,name,title,manager id,department,email,phone,location,photo,position id');
    expect(lines.slice(1, 4)).toEqual([
      'p1,Marta Quill,Head of Sales,,,,,,,head',
      'p2,Lea Park,Account Rep (job share),head,,,,,,rep',
      'p3,Omar Haddad,Account Rep (job share),head,,,,,,rep',
    ]);
    const back = ok(roundTrip(org));
    expect(back.roles.find((role) => role.id === 'rep')!.holderIds).toEqual(['p2', 'p3']);
    expect(carried(back)).toEqual(expected(org));
  });

  it('writes a vacant role as a row with its position id and no person', () => {
    const org = small([{ id: 'S1', title: 'Head of Sales', holderIds: ['S1'] }, { id: 'open-1', title: 'Tender Coordinator', reportsTo: 'S1' }], [person('S1', 'Marta Quill')]);
    const lines = toCSV(org, { bom: false }).split('\r\n');
    expect(lines[1]).toBe('S1,Marta Quill,Head of Sales,,,,,,,');
    expect(lines[2]).toBe(',,Tender Coordinator,S1,,,,,,open-1');
    const back = ok(roundTrip(org));
    expect(back.roles[1]).toEqual({ id: 'open-1', title: 'Tender Coordinator', reportsTo: 'S1' });
    expect(carried(back)).toEqual(expected(org));
  });

  it('writes an assistant as "yes" in the assistant column, and dotted lines by id', () => {
    const org = small(
      [
        { id: 'S1', title: 'Head of Sales', holderIds: ['S1'] },
        { id: 'S2', title: 'Assistant to the Head of Sales', reportsTo: 'S1', assistant: true, holderIds: ['S2'] },
        { id: 'S3', title: 'Area Lead', reportsTo: 'S1', holderIds: ['S3'] },
        { id: 'S4', title: 'Analyst', reportsTo: 'S3', dottedLineTo: ['S1', 'S2'], holderIds: ['S4'] },
      ],
      [person('S1', 'Marta Quill'), person('S2', 'Jonah Reed'), person('S3', 'Ines Varga'), person('S4', 'Lea Park')],
    );
    const lines = toCSV(org, { bom: false }).split('\r\n');
    expect(lines[0]).toBe('id,name,title,manager id,department,email,phone,location,photo,dotted line manager id,assistant');
    expect(lines[2]).toBe('S2,Jonah Reed,Assistant to the Head of Sales,S1,,,,,,,yes');
    expect(lines[4]).toBe('S4,Lea Park,Analyst,S3,,,,,,S1;S2,');
    const back = ok(roundTrip(org));
    expect(back.roles[1]!.assistant).toBe(true);
    expect(carried(back)).toEqual(expected(org));
  });

  it('names a manager by its holder when a person id would take the role id', () => {
    // Person "head" holds the rep role, so a manager cell "head" would read as the rep role.
    const org = small(
      [
        { id: 'head', title: 'Head of Sales', holderIds: ['p1'] },
        { id: 'rep', title: 'Rep', reportsTo: 'head', holderIds: ['head'] },
      ],
      [person('p1', 'Marta Quill'), person('head', 'Lea Park')],
    );
    expect(toCSV(org, { bom: false }).split('\r\n')[2]).toBe('head,Lea Park,Rep,p1,,,,,,rep');
    expect(carried(ok(roundTrip(org)))).toEqual(expected(org));
  });

  it('writes meta keys as extra columns, numbers as text, a key named like a field kept as meta', () => {
    const org = small(
      [{ id: 'S1', title: 'Head of Sales', holderIds: ['S1'], meta: { costCentre: 'CC-1', grade: 7, Email: 'team@example.com', Manager: 'n/a' } }],
      [person('S1', 'Marta Quill')],
    );
    const lines = toCSV(org, { bom: false }).split('\r\n');
    expect(lines[0]).toBe('id,name,title,manager id,department,email,phone,location,photo,manager,costCentre,grade,Email,Manager');
    const back = ok(roundTrip(org));
    expect(back.roles[0]!.meta).toEqual({ costCentre: 'CC-1', grade: '7', Email: 'team@example.com', Manager: 'n/a' });
  });

  describe('formula injection', () => {
    it('writes a title "=HYPERLINK(…)" as "\'=HYPERLINK(…)" and reads it back as it was', () => {
      const title = '=HYPERLINK("http://evil.example","Click")';
      const org = small([{ id: 'S1', title, holderIds: ['S1'] }], [person('S1', 'Marta Quill')]);
      const csv = toCSV(org, { bom: false });
      expect(csv.split('\r\n')[1]).toBe(`S1,Marta Quill,"'=HYPERLINK(""http://evil.example"",""Click"")",,,,,,`);
      expect(ok(roundTrip(org)).roles[0]!.title).toBe(title);
    });

    it.each([
      ['=', '=1+2'],
      ['+', '+49 30 1234'],
      ['-', '-5 Sales'],
      ['@', '@SUM(A1)'],
      ['a tab', '\t=1'],
      ['a carriage return', '\r=1'],
      ['a quote before =', "'=1"],
    ])('quotes a cell starting with %s, and the round trip is exact', (_, value) => {
      const org = small([{ id: 'S1', title: `x${value}`, holderIds: ['S1'], meta: { Note: value } }], [person('S1', value)]);
      const csv = toCSV(org, { bom: false });
      expect(csv).toContain(`'${value}`);
      const back = ok(roundTrip(org));
      expect(back.people![0]!.name).toBe(value);
      expect(back.roles[0]!.meta).toEqual({ Note: value });
    });

    it('leaves other cells alone', () => {
      const org = small([{ id: 'S1', title: "O'Brien's team = best", holderIds: ['S1'] }], [person('S1', 'Marta')]);
      expect(toCSV(org, { bom: false }).split('\r\n')[1]).toBe("S1,Marta,O'Brien's team = best,,,,,,");
    });
  });

  describe('round trip of random orgs', () => {
    const chars = fc.constantFrom('a', 'Z', '王', ' ', ',', ';', '"', '\n', '\r\n', '\r', '\t', '=', '+', '-', '@', "'", '|', 'é');
    const text = fc
      .array(chars, { minLength: 1, maxLength: 12 })
      .map((parts) => parts.join('').trim())
      .filter((value) => value !== '');
    const metaKey = fc.constantFrom('Note', 'cost centre', 'Email', '=key', 'Manager');
    const orgArb = fc
      .record({
        size: fc.integer({ min: 0, max: 40 }),
        seed: fc.integer({ min: 1, max: 1_000_000 }),
        titles: fc.array(text, { maxLength: 40 }),
        names: fc.array(text, { maxLength: 40 }),
        extraHolders: fc.array(fc.tuple(fc.nat(), text), { maxLength: 4 }),
        meta: fc.array(fc.tuple(fc.nat(), metaKey, text), { maxLength: 4 }),
        delimiter: fc.constantFrom(',', ';', '\t'),
        bom: fc.boolean(),
      })
      .map(({ size, seed, titles, names, extraHolders, meta, delimiter, bom }) => {
        const org = generateOrg(size, seed);
        titles.forEach((title, i) => {
          if (org.roles[i]) org.roles[i].title = title;
        });
        names.forEach((name, i) => {
          if (org.people?.[i]) org.people[i].name = name;
        });
        if (org.roles.length > 0) {
          extraHolders.forEach(([at, name], k) => {
            const role = org.roles[at % org.roles.length]!;
            org.people!.push({ id: `extra-${k}`, name });
            (role.holderIds ??= []).push(`extra-${k}`);
          });
          for (const [at, key, value] of meta) (org.roles[at % org.roles.length]!.meta ??= {})[key] = value;
        }
        return { org, options: { delimiter, bom } };
      });

    it('fromCSV(toCSV(org)) gives back what a CSV carries (300 runs)', () => {
      fc.assert(
        fc.property(orgArb, ({ org, options }) => {
          expect(parseOrg(org).ok).toBe(true);
          const result = fromCSV(toCSV(org, options), { name: org.name, delimiter: options.delimiter });
          expect(carried(ok(result))).toEqual(expected(org));
        }),
        { numRuns: 300 },
      );
    });
  });
});

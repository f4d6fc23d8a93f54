import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromGraph, fromSCIM, type ImportResult } from '../../../src/import';
import { parseOrg, type Org } from '../../../src/model';

const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const org = (result: ImportResult): Org => {
  if (!result.ok) throw new Error(`expected ok, got ${result.issues.map((i) => i.message).join('; ')}`);
  return result.org;
};
const role = (o: Org, id: string) => o.roles.find((r) => r.id === id);
const person = (o: Org, id: string) => o.people?.find((p) => p.id === id);

/** The sales team again, as a SCIM directory sends it. */
const scimUser = (id: string, title: string | undefined, manager?: string, extra: Record<string, unknown> = {}) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User', ENTERPRISE],
  id,
  userName: `${id.toLowerCase()}@example.com`,
  name: { givenName: `Given${id}`, familyName: 'Sales' },
  ...(title === undefined ? {} : { title }),
  [ENTERPRISE]: { department: 'Sales', employeeNumber: `E-${id}`, ...(manager ? { manager: { value: manager } } : {}) },
  ...extra,
});

const listResponse = (resources: unknown[]) => ({
  schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'],
  totalResults: resources.length,
  startIndex: 1,
  itemsPerPage: resources.length,
  Resources: resources,
});

describe('fromSCIM', () => {
  describe('given a ListResponse', () => {
    const input = listResponse([
      scimUser('u-head', 'Head of Sales', undefined, {
        displayName: 'Marta Quill',
        emails: [
          { value: 'marta.home@example.org', type: 'home' },
          { value: 'marta@example.com', type: 'work', primary: true },
        ],
        phoneNumbers: [{ value: 'tel:+44-20-7946-0000', type: 'work' }],
        photos: [{ value: 'https://example.com/marta.png', type: 'photo' }],
        addresses: [{ type: 'work', locality: 'London' }],
      }),
      scimUser('u-rep', 'Account Rep', 'u-head'),
    ]);

    it('makes one role per user, linked through the enterprise manager', () => {
      const o = org(fromSCIM(input));
      expect(role(o, 'u-rep')).toMatchObject({ title: 'Account Rep', reportsTo: 'u-head', department: 'Sales', holderIds: ['u-rep'] });
    });

    it('reads the primary email, phone, photo and the address locality', () => {
      expect(person(org(fromSCIM(input)), 'u-head')).toEqual({
        id: 'u-head',
        name: 'Marta Quill',
        email: 'marta@example.com',
        phone: '+44-20-7946-0000',
        avatarUrl: 'https://example.com/marta.png',
        location: 'London',
      });
    });

    it('names a user without displayName from given and family name', () => {
      expect(person(org(fromSCIM(input)), 'u-rep')!.name).toBe('Givenu-rep Sales');
    });

    it('keeps userName and employeeNumber in role.meta', () => {
      expect(role(org(fromSCIM(input)), 'u-rep')!.meta).toEqual({ userName: 'u-rep@example.com', employeeNumber: 'E-u-rep' });
    });
  });

  it('reads a bare array of Users', () => {
    expect(org(fromSCIM([scimUser('a', 'Head of Sales'), scimUser('b', 'Account Rep', 'a')])).roles).toHaveLength(2);
  });

  it('leaves out inactive users and counts them in one warning', () => {
    const result = fromSCIM(listResponse([scimUser('a', 'Head of Sales'), scimUser('b', 'Rep', 'a', { active: false }), scimUser('c', 'Rep', 'a', { active: false })]));
    expect(org(result).roles.map((r) => r.id)).toEqual(['a']);
    expect(result.warnings.map((w) => w.message)).toEqual(['Resources: 2 users have active: false; left out']);
  });

  it('makes a user whose manager is not in the list a root, naming the path', () => {
    const result = fromSCIM(listResponse([scimUser('a', 'Head of Sales'), scimUser('b', 'Rep', 'ghost')]));
    expect(role(org(result), 'b')!.reportsTo).toBeUndefined();
    expect(result.warnings).toEqual([
      expect.objectContaining({ code: 'unknown_manager', input: ['Resources', 1, ENTERPRISE, 'manager', 'value'] }),
    ]);
    expect(result.warnings[0]!.message).toBe(`Resources[1]["${ENTERPRISE}"].manager.value: no user has the id "ghost"; made a root`);
  });

  it('breaks a manager cycle with a warning naming the ids', () => {
    const result = fromSCIM([scimUser('a', 'Lead', 'b'), scimUser('b', 'Lead', 'a')]);
    expect(org(result).roles.map((r) => r.reportsTo ?? null)).toEqual([null, 'a']);
    expect(result.warnings.map((w) => w.message)).toEqual([`[0]["${ENTERPRISE}"].manager.value: reporting cycle a → b → a; made "a" a root`]);
  });

  it('leaves out a user without a title, with a warning', () => {
    const result = fromSCIM([scimUser('a', 'Head of Sales'), scimUser('svc', undefined)]);
    expect(result.warnings.map((w) => w.message)).toEqual(['[1].title: no title; this user is left out']);
  });

  it('fails on duplicate ids, keeping the first in partial', () => {
    const result = fromSCIM([scimUser('a', 'Head of Sales'), scimUser('a', 'Rep')]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.message)).toEqual(['[1].id: "a" is already the id of [0]; this user is left out']);
      expect(result.partial!.roles.map((r) => r.title)).toEqual(['Head of Sales']);
    }
  });

  it('fails, without throwing, on something that is not users', () => {
    expect(fromSCIM({ detail: 'Unauthorized', status: '401' }).ok).toBe(false);
  });
});

describe('fromGraph', () => {
  const user = (id: string, jobTitle: string | null, manager?: string) => ({
    '@odata.type': '#microsoft.graph.user',
    id,
    displayName: `Person ${id}`,
    jobTitle,
    department: 'Sales',
    mail: `${id}@example.com`,
    businessPhones: ['+1 425 555 0100'],
    officeLocation: 'Seattle',
    userPrincipalName: `${id}@example.onmicrosoft.com`,
    ...(manager ? { manager: { '@odata.type': '#microsoft.graph.user', id: manager } } : {}),
  });
  const page = (users: unknown[], next?: string) => ({
    '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#users',
    ...(next ? { '@odata.nextLink': next } : {}),
    value: users,
  });

  it('reads one page, ignoring @odata keys', () => {
    const o = org(fromGraph(page([user('head', 'Head of Sales'), user('rep', 'Account Rep', 'head')])));
    expect(role(o, 'rep')).toMatchObject({ title: 'Account Rep', reportsTo: 'head', department: 'Sales', location: 'Seattle', meta: { userPrincipalName: 'rep@example.onmicrosoft.com' } });
    expect(person(o, 'rep')).toEqual({ id: 'rep', name: 'Person rep', email: 'rep@example.com', phone: '+1 425 555 0100', location: 'Seattle' });
  });

  it('reads an array of pages, linking across them', () => {
    const o = org(fromGraph([page([user('head', 'Head of Sales')], 'https://graph.microsoft.com/v1.0/users?$skiptoken=x'), page([user('rep', 'Account Rep', 'head')])]));
    expect(role(o, 'rep')!.reportsTo).toBe('head');
  });

  it('reads an array of users', () => {
    expect(org(fromGraph([user('head', 'Head of Sales'), user('rep', 'Account Rep', 'head')])).roles).toHaveLength(2);
  });

  it('names the path of a user left out for having no jobTitle', () => {
    const result = fromGraph([page([user('head', 'Head of Sales')]), page([user('room', null)])]);
    expect(result.warnings.map((w) => w.message)).toEqual(['[1].value[0].jobTitle: no title; this user is left out']);
  });

  it('makes a user whose manager is not in the input a root', () => {
    const result = fromGraph(page([user('rep', 'Account Rep', 'elsewhere')]));
    expect(result.warnings.map((w) => w.message)).toEqual(['value[0].manager.id: no user has the id "elsewhere"; made a root']);
  });

  it('fails, without throwing, on an error response', () => {
    expect(fromGraph({ error: { code: 'InvalidAuthenticationToken' } }).ok).toBe(false);
  });
});

describe('fromSCIM and fromGraph on arbitrary JSON', () => {
  const json = fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', ''), title: fc.option(fc.string({ maxLength: 4 })), jobTitle: fc.option(fc.string({ maxLength: 4 })), manager: fc.record({ id: fc.constantFrom('a', 'b', 'x') }), active: fc.boolean() }, { requiredKeys: ['id'] })),
  );
  it('never throws and returns a well-formed result (1,000 runs each)', () => {
    fc.assert(
      fc.property(json, (input) => {
        for (const result of [fromSCIM(input), fromGraph(input)]) {
          if (result.ok) expect(parseOrg(result.org).ok).toBe(true);
          else {
            expect(result.issues.length).toBeGreaterThan(0);
            if (result.partial) expect(parseOrg(result.partial).ok).toBe(true);
          }
          for (const entry of [...result.warnings, ...(result.issues ?? [])]) expect(entry.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 1_000 },
    );
  });
});

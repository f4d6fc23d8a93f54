import { describe, expect, it } from 'vitest';
import { toSchemaOrgJobPosting, type JobPosting } from '../../../src/import';
import { OrgError, type Org, type Role } from '../../../src/model';

const vacancy: Role = {
  id: 'rep-north',
  title: 'Account Rep, North',
  location: 'Hamburg',
  summary: 'Sells to <key> accounts & keeps them.',
  responsibilities: [
    { id: 'sell', title: 'Selling', items: [{ id: 'calls', text: 'Call on accounts', children: [{ id: 'weekly', text: 'Ten visits a week' }] }] },
    { id: 'report', title: 'Reporting', items: [{ id: 'crm', text: 'Keep the CRM current' }] },
  ],
  qualifications: [
    { id: 'degree', text: "Bachelor's degree", kind: 'required', category: 'education' },
    { id: 'years', text: 'Two years in B2B sales', kind: 'required', category: 'experience' },
    { id: 'german', text: 'Fluent German', kind: 'preferred', category: 'skill' },
    { id: 'drive', text: 'A driving licence', kind: 'required' },
  ],
  meta: { 'O*NET-SOC Code': '41-4012.00', 'Employment Type': 'Full-time', costCentre: 4410 },
};
const org: Org = { name: 'Northwind Traders', roles: [vacancy], people: [] };

/** Every value in a JSON tree, to check none is undefined. */
const values = (value: unknown): unknown[] =>
  value !== null && typeof value === 'object' ? [value, ...Object.values(value).flatMap(values)] : [value];

describe('toSchemaOrgJobPosting', () => {
  describe('given a vacancy with job content', () => {
    const posting = toSchemaOrgJobPosting(vacancy, org, { datePosted: new Date('2026-12-01T09:00:00Z'), url: 'https://jobs.example.com/rep-north' });

    it('is a schema.org JobPosting with the role title', () => {
      expect(posting).toMatchObject({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Account Rep, North' });
    });

    it('survives JSON unchanged, with no undefined anywhere', () => {
      expect(JSON.parse(JSON.stringify(posting))).toEqual(posting);
      expect(values(posting)).not.toContain(undefined);
    });

    it('describes the job in escaped HTML: summary, duties by group, qualifications', () => {
      expect(posting.description).toBe(
        '<p>Sells to &lt;key&gt; accounts &amp; keeps them.</p>' +
          '<h3>Responsibilities</h3><p><strong>Selling</strong></p><ul><li>Call on accounts<ul><li>Ten visits a week</li></ul></li></ul>' +
          '<p><strong>Reporting</strong></p><ul><li>Keep the CRM current</li></ul>' +
          "<h3>Qualifications</h3><ul><li>Bachelor&#39;s degree</li><li>Two years in B2B sales</li><li>Fluent German (preferred)</li><li>A driving licence</li></ul>",
      );
    });

    it('lists the duties, parents before their sub-duties', () => {
      expect(posting.responsibilities).toEqual(['Call on accounts', 'Ten visits a week', 'Keep the CRM current']);
    });

    it('sorts the qualifications by category, marking the preferred', () => {
      expect(posting.educationRequirements).toEqual(["Bachelor's degree"]);
      expect(posting.experienceRequirements).toEqual(['Two years in B2B sales']);
      expect(posting.qualifications).toEqual(['Fluent German (preferred)', 'A driving licence']);
    });

    it('reads the occupational category and the employment type from meta', () => {
      expect(posting.occupationalCategory).toBe('41-4012.00');
      expect(posting.employmentType).toBe('FULL_TIME');
    });

    it('names the employer, the place, the date and the page', () => {
      expect(posting.hiringOrganization).toEqual({ '@type': 'Organization', name: 'Northwind Traders' });
      expect(posting.jobLocation).toEqual([{ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Hamburg' } }]);
      expect(posting.datePosted).toBe('2026-12-01');
      expect(posting.url).toBe('https://jobs.example.com/rep-north');
      expect(posting.identifier).toEqual({ '@type': 'PropertyValue', name: 'Northwind Traders', value: 'rep-north' });
    });
  });

  describe('given a bare role from an HR export', () => {
    const bare: Role = { id: 'S111', title: 'Account Rep', holderIds: ['S111', 'S112'] };
    const people: Org = {
      name: 'Organization',
      roles: [bare],
      people: [
        { id: 'S111', name: 'Lea Park', location: 'Berlin' },
        { id: 'S112', name: 'Tom Ruiz', location: 'Munich' },
      ],
    };
    const posting = toSchemaOrgJobPosting(bare, people);

    it('still has a description Google accepts: the title', () => {
      expect(posting.description).toBe('<p>Account Rep</p>');
    });

    it("takes the place from the holders when the role has none", () => {
      expect(posting.jobLocation?.map((place) => place.address.addressLocality)).toEqual(['Berlin', 'Munich']);
    });

    it('leaves out what it does not know, rather than the importers’ placeholder name', () => {
      expect(Object.keys(posting).sort()).toEqual(['@context', '@type', 'description', 'identifier', 'jobLocation', 'title']);
    });
  });

  it('passes an employment type Google does not list through as written', () => {
    expect(toSchemaOrgJobPosting({ id: 'a', title: 'A', meta: { employeeType: 'Seasonal' } }).employmentType).toBe('Seasonal');
  });

  it('takes the employer from the options, dropping a link that is not http(s)', () => {
    const posting = toSchemaOrgJobPosting(vacancy, org, { hiringOrganization: { name: 'Northwind GmbH', sameAs: 'javascript:alert(1)', logo: 'https://example.com/logo.png' } });
    expect(posting.hiringOrganization).toEqual({ '@type': 'Organization', name: 'Northwind GmbH', logo: 'https://example.com/logo.png' });
    expect(toSchemaOrgJobPosting(vacancy, org, { url: 'javascript:alert(1)' }).url).toBeUndefined();
  });

  it('writes HTML-looking titles as data, which stays inert once < is escaped for a script element', () => {
    const posting: JobPosting = toSchemaOrgJobPosting({ id: 'x', title: '</script><img src=x onerror=alert(1)>' });
    expect(posting.description).toBe('<p>&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;</p>');
    expect(JSON.stringify(posting).replace(/</g, '\\u003c')).not.toContain('</script');
  });

  describe('given a role that is not valid', () => {
    it('throws an OrgError naming the path and the value', () => {
      const bad = { id: 'r', title: 'Rep', qualifications: [{ id: 'q', text: '' }] } as unknown as Role;
      expect(() => toSchemaOrgJobPosting(bad)).toThrow(OrgError);
      expect(() => toSchemaOrgJobPosting(bad)).toThrow('qualifications[0].text: must not be blank, got ""');
    });
  });
});

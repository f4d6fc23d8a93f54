/**
 * A role as a schema.org `JobPosting` (JSON-LD): what a career page puts in a
 * `<script type="application/ld+json">` so search engines (Google for Jobs) list the vacancy.
 * Pure data out; no React, no DOM.
 */
import type { Org, Qualification, Responsibility, Role } from '../model/schema';
import { OrgError } from '../model/issues';
import { parseRole } from '../model/parseOrg';
import { safeImageUrl, safeLinkUrl } from '../internal/url';
import { isObject, text } from './json';

export interface JobPostingPlace {
  '@type': 'Place';
  address: { '@type': 'PostalAddress'; addressLocality: string };
}

export interface JobPostingOrganization {
  '@type': 'Organization';
  name: string;
  sameAs?: string;
  logo?: string;
}

/** The schema.org JobPosting fields rolekit can fill from a role; every one present has a value. */
export interface JobPosting {
  '@context': 'https://schema.org';
  '@type': 'JobPosting';
  title: string;
  /** HTML, as Google asks: the summary, the duties and the qualifications, every text escaped. */
  description: string;
  /** The role's id, under the org's name. */
  identifier: { '@type': 'PropertyValue'; name: string; value: string };
  responsibilities?: string[];
  /** Qualifications of no education or experience category (skills, traits, other). */
  qualifications?: string[];
  educationRequirements?: string[];
  experienceRequirements?: string[];
  /** An O*NET-SOC or ISCO code (or a name) from the role's meta. */
  occupationalCategory?: string;
  hiringOrganization?: JobPostingOrganization;
  /** Google's values (`FULL_TIME`, `PART_TIME`, `CONTRACTOR`, …) where the meta says one, else its text. */
  employmentType?: string;
  jobLocation?: JobPostingPlace[];
  datePosted?: string;
  validThrough?: string;
  url?: string;
}

/** The words the description's HTML adds around the data (English by default). */
export interface JobPostingLabels {
  responsibilities: string;
  qualifications: string;
  /** After a preferred qualification's text: "(preferred)". */
  preferred: string;
}

export interface ToJobPostingOptions {
  /** ISO 8601 date the posting went up (Google requires it). A `Date` is written as its date. */
  datePosted?: string | Date | undefined;
  /** ISO 8601 date it closes. */
  validThrough?: string | Date | undefined;
  /** The career page of the posting; http(s) only, anything else is left out. */
  url?: string | undefined;
  /** The employer, when the org's name is not it (or to add `sameAs` and `logo`, http(s) only). */
  hiringOrganization?: { name: string; sameAs?: string | undefined; logo?: string | undefined } | undefined;
  labels?: Partial<JobPostingLabels> | undefined;
}

const LABELS: JobPostingLabels = { responsibilities: 'Responsibilities', qualifications: 'Qualifications', preferred: '(preferred)' };

/** fromCSV and fromSCIM/fromGraph name an org this when they are not told its name: not an employer's. */
const PLACEHOLDER_NAME = 'Organization';

/** Meta keys (compared like CSV headers) that hold the occupational category or the employment type. */
const OCCUPATION_KEYS = new Set(['occupationalcategory', 'occupation', 'onetsoc', 'onetsoccode', 'onetcode', 'soccode', 'isco', 'iscocode', 'isco08']);
const EMPLOYMENT_KEYS = new Set(['employmenttype', 'employeetype', 'workertype', 'timetype']);
const EMPLOYMENT_TYPES: Record<string, string> = {
  FULLTIME: 'FULL_TIME',
  PARTTIME: 'PART_TIME',
  CONTRACT: 'CONTRACTOR',
  CONTRACTOR: 'CONTRACTOR',
  TEMPORARY: 'TEMPORARY',
  TEMP: 'TEMPORARY',
  INTERN: 'INTERN',
  INTERNSHIP: 'INTERN',
  VOLUNTEER: 'VOLUNTEER',
  PERDIEM: 'PER_DIEM',
  OTHER: 'OTHER',
};

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
const key = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const day = (value: string | Date | undefined) => (value instanceof Date ? (Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10)) : text(value));

function metaValue(role: Role, keys: ReadonlySet<string>): string | undefined {
  for (const [name, value] of Object.entries(role.meta ?? {})) if (keys.has(key(name))) return text(String(value));
  return undefined;
}

/** Duties in document order, a sub-duty after its parent. */
function duties(items: readonly Responsibility[], out: string[] = []): string[] {
  for (const item of items) {
    out.push(item.text);
    if (item.children) duties(item.children, out);
  }
  return out;
}

function dutyList(items: readonly Responsibility[]): string {
  return `<ul>${items.map((item) => `<li>${escapeHtml(item.text)}${item.children?.length ? dutyList(item.children) : ''}</li>`).join('')}</ul>`;
}

/**
 * `role` as a schema.org JobPosting for its career page:
 * `title`; `description` (HTML: the summary, the duties by group, the qualifications, every
 * text escaped); `identifier` (the role id); `responsibilities`; the qualifications by category —
 * `educationRequirements`, `experienceRequirements`, the rest `qualifications` (a preferred one
 * ends "(preferred)"); `occupationalCategory` and `employmentType` from `role.meta`
 * (`occupationalCategory` / `O*NET-SOC code` / `ISCO`, `employmentType` / `Employee type`);
 * `hiringOrganization` from the org's name (or `options`); `jobLocation` from the role's
 * location, else its holders'. A field with nothing to say is absent, never `undefined`,
 * so `JSON.stringify` writes exactly what is here.
 *
 * Throws an `OrgError` naming the path when `role` is not a valid role (`parseRole`).
 * In HTML, write it with `<` escaped: `JSON.stringify(posting).replace(/</g, '\\u003c')`,
 * so a title holding `</script>` cannot end the script element.
 */
export function toSchemaOrgJobPosting(role: Role, org?: Org, options: ToJobPostingOptions = {}): JobPosting {
  const parsed = parseRole(role);
  if (!parsed.ok) throw new OrgError(parsed.issues);
  const valid = parsed.value;
  const labels = { ...LABELS, ...options.labels };
  const orgName = text(org?.name);

  const posting: JobPosting = {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: valid.title,
    description: '',
    identifier: { '@type': 'PropertyValue', name: orgName ?? valid.title, value: valid.id },
  };

  const html: string[] = [];
  if (valid.summary) html.push(`<p>${escapeHtml(valid.summary)}</p>`);
  const groups = valid.responsibilities ?? [];
  const allDuties = groups.flatMap((group) => duties(group.items));
  if (allDuties.length > 0) {
    html.push(`<h3>${escapeHtml(labels.responsibilities)}</h3>`);
    for (const group of groups) if (group.items.length > 0) html.push(`<p><strong>${escapeHtml(group.title)}</strong></p>${dutyList(group.items)}`);
    posting.responsibilities = allDuties;
  }

  const written = (q: Qualification) => (q.kind === 'preferred' ? `${q.text} ${labels.preferred}` : q.text);
  const quals = valid.qualifications ?? [];
  if (quals.length > 0) {
    html.push(`<h3>${escapeHtml(labels.qualifications)}</h3><ul>${quals.map((q) => `<li>${escapeHtml(written(q))}</li>`).join('')}</ul>`);
    const byField = { educationRequirements: [] as string[], experienceRequirements: [] as string[], qualifications: [] as string[] };
    for (const q of quals) {
      const field = q.category === 'education' ? 'educationRequirements' : q.category === 'experience' ? 'experienceRequirements' : 'qualifications';
      byField[field].push(written(q));
    }
    for (const [field, list] of Object.entries(byField) as Array<[keyof typeof byField, string[]]>) if (list.length > 0) posting[field] = list;
  }
  // Google rejects a posting without a description: the title is the least there is.
  posting.description = html.join('') || `<p>${escapeHtml(valid.title)}</p>`;

  const occupation = metaValue(valid, OCCUPATION_KEYS);
  if (occupation) posting.occupationalCategory = occupation;

  const hiring = isObject(options.hiringOrganization) ? options.hiringOrganization : undefined;
  const employer = text(hiring?.name) ?? (orgName !== PLACEHOLDER_NAME ? orgName : undefined);
  if (employer) {
    const organization: JobPostingOrganization = { '@type': 'Organization', name: employer };
    const sameAs = safeLinkUrl(hiring?.sameAs);
    const logo = safeImageUrl(hiring?.logo);
    if (sameAs && /^https?:/i.test(sameAs)) organization.sameAs = sameAs;
    if (logo && /^https?:/i.test(logo)) organization.logo = logo;
    posting.hiringOrganization = organization;
  }

  const employment = metaValue(valid, EMPLOYMENT_KEYS);
  if (employment) posting.employmentType = EMPLOYMENT_TYPES[employment.toUpperCase().replace(/[^A-Z]/g, '')] ?? employment;

  const people = new Map((org?.people ?? []).map((person) => [person.id, person]));
  const holderLocations = (valid.holderIds ?? []).map((id) => text(people.get(id)?.location)).filter((l): l is string => l !== undefined);
  const locations = [...new Set(valid.location ? [valid.location] : holderLocations)];
  if (locations.length > 0) posting.jobLocation = locations.map((addressLocality) => ({ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality } }));

  const posted = day(options.datePosted);
  const through = day(options.validThrough);
  const url = safeLinkUrl(options.url);
  if (posted) posting.datePosted = posted;
  if (through) posting.validThrough = through;
  if (url && /^https?:/i.test(url)) posting.url = url;
  return posting;
}

/**
 * Directory users (SCIM, Microsoft Graph) → Org. Each adapter reads its users into
 * `UserRecord`s, each with the path it came from; this module does the rest the same
 * way for both: one role per user (the role and the person take the user's id),
 * managers linked by id, cycles cut, validation through parseOrg.
 */
import type { Org, Person, Role } from '../model/schema';
import { formatPath, previewValue, type OrgIssue, type OrgPath } from '../model/issues';
import { breakCycles, detailOf, partialOrg, validateRepairing } from './assemble';
import type { CsvColumnMapping, CsvField } from './columns';
import type { ImportIssue, ImportIssueCode, ImportResult } from './result';

export interface FromDirectoryOptions {
  /** The org's display name.  @default 'Organization' */
  name?: string | undefined;
}

export interface UserRecord {
  /** Where the user is in the input, e.g. `['Resources', 3]`. */
  at: OrgPath;
  id: string;
  name?: string | undefined;
  title?: string | undefined;
  managerId?: string | undefined;
  department?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  avatarUrl?: string | undefined;
  location?: string | undefined;
  meta?: Record<string, string> | undefined;
}

/** Record field → its path inside one user object of this format, for messages. */
export type FieldPaths = Partial<Record<CsvField, OrgPath>>;

export const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
export const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

export function jsonIssue(code: ImportIssueCode, at: OrgPath, detail: string, path: OrgPath = []): ImportIssue {
  return { code, path, input: at, message: `${formatPath(at)}: ${detail}` };
}

const PERSON_FIELD: Record<string, CsvField> = { id: 'id', name: 'name', email: 'email', phone: 'phone', avatarUrl: 'avatarUrl', location: 'location' };
const ROLE_FIELD: Record<string, CsvField> = { id: 'id', title: 'title', reportsTo: 'managerId', department: 'department', location: 'location', holderIds: 'id' };

/** Records → a validated org, every issue naming the input path it comes from. */
export function assembleUsers(records: UserRecord[], fields: FieldPaths, options: FromDirectoryOptions, warnings: ImportIssue[]): ImportResult {
  const roles: Role[] = [];
  const people: Person[] = [];
  const roleAt: OrgPath[] = [];
  const personAt: OrgPath[] = [];
  const errors: ImportIssue[] = [];
  const seen = new Map<string, OrgPath>();
  const fieldAt = (at: OrgPath, field: CsvField): OrgPath => [...at, ...(fields[field] ?? [])];

  for (const record of records) {
    const first = seen.get(record.id);
    if (first) {
      errors.push(jsonIssue('duplicate_id', fieldAt(record.at, 'id'), `${previewValue(record.id)} is already the id of ${formatPath(first)}; this user is left out`));
      continue;
    }
    if (!record.title) {
      warnings.push(jsonIssue('skipped_row', fieldAt(record.at, 'title'), 'no title; this user is left out'));
      continue;
    }
    seen.set(record.id, record.at);
    const role: Role = { id: record.id, title: record.title };
    if (record.department) role.department = record.department;
    if (record.location) role.location = record.location;
    if (record.meta && Object.keys(record.meta).length > 0) role.meta = record.meta;
    if (record.managerId) role.reportsTo = record.managerId;
    if (record.name) {
      const person: Person = { id: record.id, name: record.name };
      if (record.email) person.email = record.email;
      if (record.phone) person.phone = record.phone;
      if (record.avatarUrl) person.avatarUrl = record.avatarUrl;
      if (record.location) person.location = record.location;
      people.push(person);
      personAt.push(record.at);
      role.holderIds = [record.id];
    }
    roles.push(role);
    roleAt.push(record.at);
  }

  roles.forEach((role, i) => {
    if (typeof role.reportsTo === 'string' && !seen.has(role.reportsTo)) {
      warnings.push(jsonIssue('unknown_manager', fieldAt(roleAt[i]!, 'managerId'), `no user has the id ${previewValue(role.reportsTo)}; made a root`, ['roles', i, 'reportsTo']));
      delete role.reportsTo;
    }
  });
  breakCycles(roles, (cut, detail) => warnings.push(jsonIssue('cycle', fieldAt(roleAt[cut]!, 'managerId'), detail, ['roles', cut, 'reportsTo'])));

  const locate = (orgIssue: OrgIssue, code: ImportIssueCode = orgIssue.code): ImportIssue => {
    const [kind, i, key] = orgIssue.path;
    const at = typeof i === 'number' ? (kind === 'roles' ? roleAt[i] : kind === 'people' ? personAt[i] : undefined) : undefined;
    const field = typeof key === 'string' ? (kind === 'roles' ? ROLE_FIELD[key] : PERSON_FIELD[key]) : undefined;
    if (!at) return { code, path: orgIssue.path, message: orgIssue.message };
    const input = field ? fieldAt(at, field) : at;
    return { code, path: orgIssue.path, input, message: `${formatPath(input)}: ${detailOf(orgIssue, formatPath(orgIssue.path))}` };
  };

  const org: Org = { name: options.name ?? 'Organization', roles, people };
  const columns = mappingOf(fields);
  const result = validateRepairing(org, (dropped) => warnings.push(locate(dropped, 'dropped_value')));
  const issues = [...errors, ...(result.ok ? [] : result.issues.map((orgIssue) => locate(orgIssue)))];
  if (result.ok && issues.length === 0) return { ok: true, org: result.org, warnings, columns };
  const partial = result.ok ? result.org : (result.partial ?? partialOrg(org, result.issues));
  return partial ? { ok: false, issues, warnings, columns, partial } : { ok: false, issues, warnings, columns };
}

/** The keys read, as `fromCSV`'s column mapping: `{ 'manager.id': 'managerId', … }`. */
function mappingOf(fields: FieldPaths): CsvColumnMapping {
  const mapping: CsvColumnMapping = {};
  for (const [field, path] of Object.entries(fields) as Array<[CsvField, OrgPath]>) mapping[path.join('.')] = field;
  return mapping;
}

/** A failure before any user is read: the input is not of the expected shape. */
export function notUsers(detail: string, warnings: ImportIssue[] = []): ImportResult {
  return { ok: false, issues: [jsonIssue('invalid', [], detail)], warnings, columns: {} };
}

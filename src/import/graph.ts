/**
 * Microsoft Graph users (`GET /users?$expand=manager($select=id)`): one response page,
 * an array of pages (what following `@odata.nextLink` collects), or an array of users.
 */
import type { OrgPath } from '../model/issues';
import { previewValue } from '../model/issues';
import { assembleUsers, isObject, jsonIssue, notUsers, text, type FieldPaths, type FromDirectoryOptions, type UserRecord } from './json';
import type { ImportIssue, ImportResult } from './result';

const FIELDS: FieldPaths = {
  id: ['id'],
  name: ['displayName'],
  title: ['jobTitle'],
  managerId: ['manager', 'id'],
  department: ['department'],
  email: ['mail'],
  phone: ['businessPhones', 0],
  location: ['officeLocation'],
};

const isPage = (value: unknown): value is { value: unknown[] } => isObject(value) && Array.isArray(value.value);

/** Every user in the input with its path; `@odata.*` keys are never read. */
function usersOf(input: unknown): Array<{ user: unknown; at: OrgPath }> | undefined {
  if (isPage(input)) return input.value.map((user, i) => ({ user, at: ['value', i] }));
  if (!Array.isArray(input)) return undefined;
  return input.flatMap((item, p) => (isPage(item) ? item.value.map((user, i) => ({ user, at: [p, 'value', i] })) : [{ user: item, at: [p] }]));
}

/**
 * Builds an `Org` from Microsoft Graph users with `manager` expanded. Never throws; every
 * issue names its path in the input (`value[3].jobTitle`).
 */
export function fromGraph(input: unknown, options: FromDirectoryOptions = {}): ImportResult {
  const warnings: ImportIssue[] = [];
  try {
    const users = usersOf(input);
    if (!users) return notUsers(`expected a Graph users page ({ value: [...] }), an array of pages or an array of users, got ${previewValue(input)}`);
    const records: UserRecord[] = [];
    for (const { user, at } of users) {
      if (!isObject(user)) {
        warnings.push(jsonIssue('skipped_row', at, `${previewValue(user)} is not a user; left out`));
        continue;
      }
      const id = text(user.id);
      if (!id) {
        warnings.push(jsonIssue('skipped_row', [...at, 'id'], 'no id; this user is left out'));
        continue;
      }
      const phones = Array.isArray(user.businessPhones) ? user.businessPhones : [];
      const meta: Record<string, string> = {};
      const upn = text(user.userPrincipalName);
      if (upn) meta.userPrincipalName = upn;
      records.push({
        at,
        id,
        name: text(user.displayName),
        title: text(user.jobTitle),
        managerId: isObject(user.manager) ? text(user.manager.id) : undefined,
        department: text(user.department),
        email: text(user.mail),
        phone: text(phones[0]),
        location: text(user.officeLocation),
        meta,
      });
    }
    return assembleUsers(records, FIELDS, options, warnings);
  } catch (error) {
    return notUsers(`could not be read (${String(error).slice(0, 120)})`, warnings);
  }
}

/**
 * SCIM 2.0 users (RFC 7643 User resources, RFC 7644 ListResponse), as Okta or Entra ID
 * provisioning sends them, with the enterprise extension's manager and department.
 */
import type { OrgPath } from '../model/issues';
import { previewValue } from '../model/issues';
import { assembleUsers, isObject, jsonIssue, notUsers, text, type FieldPaths, type FromDirectoryOptions, type UserRecord } from './json';
import type { ImportIssue, ImportResult } from './result';

export const SCIM_ENTERPRISE_USER = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

const FIELDS: FieldPaths = {
  id: ['id'],
  name: ['displayName'],
  title: ['title'],
  managerId: [SCIM_ENTERPRISE_USER, 'manager', 'value'],
  department: [SCIM_ENTERPRISE_USER, 'department'],
  email: ['emails'],
  phone: ['phoneNumbers'],
  avatarUrl: ['photos'],
  location: ['addresses'],
};

/** A multi-valued attribute's primary value, else its first (RFC 7643 §2.4). */
function primary(list: unknown, key = 'value'): string | undefined {
  if (!Array.isArray(list)) return undefined;
  const items = list.filter(isObject);
  const chosen = items.find((item) => item.primary === true && text(item[key])) ?? items.find((item) => text(item[key]));
  return chosen ? text(chosen[key]) : undefined;
}

function nameOf(user: Record<string, unknown>): string | undefined {
  const name = isObject(user.name) ? user.name : {};
  const given = [text(name.givenName), text(name.familyName)].filter(Boolean).join(' ');
  return text(user.displayName) ?? text(name.formatted) ?? (given || undefined) ?? text(user.userName);
}

/**
 * Builds an `Org` from SCIM 2.0 users: a `ListResponse` or an array of User resources.
 * Users with `active: false` are left out (one warning counts them). Never throws; every
 * issue names its path in the input (`Resources[3].title`).
 */
export function fromSCIM(input: unknown, options: FromDirectoryOptions = {}): ImportResult {
  const warnings: ImportIssue[] = [];
  try {
    let users: unknown[];
    let base: OrgPath;
    if (Array.isArray(input)) [users, base] = [input, []];
    else if (isObject(input) && Array.isArray(input.Resources)) [users, base] = [input.Resources, ['Resources']];
    else if (isObject(input) && input.totalResults === 0) [users, base] = [[], ['Resources']];
    else return notUsers(`expected a SCIM ListResponse (with Resources) or an array of Users, got ${previewValue(input)}`);

    const records: UserRecord[] = [];
    let inactive = 0;
    users.forEach((user, i) => {
      const at = [...base, i];
      if (!isObject(user)) return void warnings.push(jsonIssue('skipped_row', at, `${previewValue(user)} is not a User; left out`));
      if (user.active === false) return void inactive++;
      const id = text(user.id);
      if (!id) return void warnings.push(jsonIssue('skipped_row', [...at, 'id'], 'no id; this user is left out'));
      const enterprise = isObject(user[SCIM_ENTERPRISE_USER]) ? user[SCIM_ENTERPRISE_USER] : {};
      const manager = isObject(enterprise.manager) ? text(enterprise.manager.value) : undefined;
      const meta: Record<string, string> = {};
      const userName = text(user.userName);
      if (userName) meta.userName = userName;
      const employeeNumber = text(enterprise.employeeNumber);
      if (employeeNumber) meta.employeeNumber = employeeNumber;
      records.push({
        at,
        id,
        name: nameOf(user),
        title: text(user.title),
        managerId: manager,
        department: text(enterprise.department),
        email: primary(user.emails),
        // RFC 7643 examples write phone numbers as RFC 3966 URIs (tel:+1-201-555-0123).
        phone: primary(user.phoneNumbers)?.replace(/^tel:/i, ''),
        avatarUrl: primary(user.photos),
        location: primary(user.addresses, 'locality'),
        meta,
      });
    });
    if (inactive > 0) warnings.push(jsonIssue('skipped_row', base, `${inactive} ${inactive === 1 ? 'user has' : 'users have'} active: false; left out`));
    return assembleUsers(records, FIELDS, options, warnings);
  } catch (error) {
    return notUsers(`could not be read (${String(error).slice(0, 120)})`, warnings);
  }
}

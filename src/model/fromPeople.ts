import type { Org, Person, Role } from './schema';
import { parseOrg, type ParseOrgResult } from './parseOrg';

/**
 * One row of the flat list HR systems export: a person, their job title and
 * their manager. A row without `name` is an open position.
 */
export interface PersonRecord {
  id: string;
  /** The manager's `id`; empty, null or absent for the top of the org. */
  managerId?: string | null | undefined;
  name?: string | null | undefined;
  title: string;
  department?: string | undefined;
  level?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  avatarUrl?: string | undefined;
  location?: string | undefined;
  /** Staff role drawn beside the manager (an executive assistant). */
  assistant?: boolean | undefined;
  /** Dotted-line managers' ids. */
  dottedLineTo?: string[] | undefined;
}

export interface FromPeopleOptions {
  /** The org's display name.  @default 'Organization' */
  name?: string;
}

const present = (value: string | null | undefined): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Builds an `Org` from a flat people list, one role per row (the role takes the
 * row's id; the person, when named, the same id). The result is validated like
 * `parseOrg`'s, paths pointing into the built org (`roles[i]` is row `i`).
 */
export function fromPeople(list: readonly PersonRecord[], options: FromPeopleOptions = {}): ParseOrgResult {
  if (!Array.isArray(list)) return parseOrg({ name: options.name ?? 'Organization', roles: list });
  const roles: Role[] = [];
  const people: Person[] = [];
  for (const row of list) {
    if (row === null || typeof row !== 'object') {
      roles.push(row as unknown as Role); // let validation name the bad row
      continue;
    }
    const role: Role = { id: row.id, title: row.title };
    if (present(row.managerId)) role.reportsTo = row.managerId;
    if (row.department !== undefined) role.department = row.department;
    if (row.level !== undefined) role.level = row.level;
    if (row.location !== undefined) role.location = row.location;
    if (row.assistant !== undefined) role.assistant = row.assistant;
    if (row.dottedLineTo !== undefined) role.dottedLineTo = row.dottedLineTo;
    if (present(row.name)) {
      const person: Person = { id: row.id, name: row.name };
      if (row.email !== undefined) person.email = row.email;
      if (row.phone !== undefined) person.phone = row.phone;
      if (row.avatarUrl !== undefined) person.avatarUrl = row.avatarUrl;
      if (row.location !== undefined) person.location = row.location;
      people.push(person);
      role.holderIds = [row.id];
    }
    roles.push(role);
  }
  const org: Org = { name: options.name ?? 'Organization', roles, people };
  return parseOrg(org);
}

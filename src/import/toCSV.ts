import Papa from 'papaparse';
import type { Org, Person, Role } from '../model/schema';
import { canonicalHeader, recogniseHeader, type CsvField } from './columns';
import { escapeFormula } from './formula';

export interface ToCSVOptions {
  /** The cell separator.  @default ',' */
  delimiter?: string | undefined;
  /** Start with a UTF-8 byte-order mark, so Excel reads the file as UTF-8 (王芳, not mojibake).  @default true */
  bom?: boolean | undefined;
}

/** Columns always written, in this order; the others only when a role needs them. */
const ALWAYS: readonly CsvField[] = ['id', 'name', 'title', 'managerId', 'department', 'email', 'phone', 'location', 'avatarUrl'];

/** One row of the file: a person in a role, or a vacant role. */
interface Row {
  role: Role;
  person: Person | undefined;
  /** The person's id; absent on a vacancy's row. */
  personId: string | undefined;
  /** The role's id goes in the position id column: it has several holders or none, or its holder's id differs. */
  position: boolean;
}

/**
 * Writes an org as a CSV that `fromCSV` reads back: the headers it recognises (`id`, `name`,
 * `title`, `manager id`, `department`, `email`, `phone`, `location`, `photo`, and `level`,
 * `position id`, `dotted line manager id`, `assistant` when a role uses them), then one column
 * per `role.meta` key. One row per person in a role: a role with several holders is several
 * rows sharing its position id, a vacant role one row with a position id and no person.
 * Quoting is RFC 4180 (papaparse's `unparse`), lines end CRLF, and a cell starting `=`, `+`,
 * `-`, `@`, tab or CR is written behind a single quote so a spreadsheet does not run it as a
 * formula (`fromCSV` drops that quote again).
 *
 * `fromCSV(toCSV(org), { name: org.name })` gives back the org as far as a CSV carries it:
 * - kept: role id, title, department, level, manager, dotted lines, assistant, holders and
 *   meta; each holder's id, name, email, phone, photo and location;
 * - not carried: the org's name and id, job content (`summary`, `responsibilities`,
 *   `qualifications`, `assessments`, `workflow`, `authority`, `accountabilities`,
 *   `alternateTitles`), `reportCount`, and people who hold no role;
 * - changed: `meta` values come back as strings, `assistant: false` and an empty `holderIds`
 *   come back absent, `reportsTo: null` absent, surrounding whitespace is trimmed, and
 *   people come back in the order they first appear in the roles;
 * - one location column for role and person: a row carries its role's location when the role
 *   has one, else the person's, so a person reads back with their first role's location when
 *   it has one, and a role without one reads back with its first holder's;
 * - a dotted-line id holding `,`, `;` or `|`, and a meta key that is blank, padded with spaces
 *   or longer than 100 characters, do not survive (they are the cell separator and the header).
 *
 * The `manager id` and `dotted line manager id` cells hold the manager's role id (fromCSV reads a
 * person's id first, then a position id), or the manager's holder's id where a person's id
 * would take that role id's place.
 */
export function toCSV(org: Org, options: ToCSVOptions = {}): string {
  const peopleById = new Map((org.people ?? []).map((person) => [person.id, person]));
  const rows: Row[] = [];
  for (const role of org.roles) {
    const holders = role.holderIds ?? [];
    const position = holders.length !== 1 || holders[0] !== role.id;
    if (holders.length === 0) rows.push({ role, person: undefined, personId: undefined, position });
    for (const id of holders) rows.push({ role, person: peopleById.get(id), personId: id, position });
  }

  // How fromCSV will resolve a manager cell: a person's id (their first row's role) before a role id.
  const roleOfPerson = new Map<string, string>();
  for (const row of rows) if (row.personId !== undefined && !roleOfPerson.has(row.personId)) roleOfPerson.set(row.personId, row.role.id);
  const roleIds = new Set(org.roles.map((role) => role.id));
  const resolves = (cell: string) => roleOfPerson.get(cell) ?? (roleIds.has(cell) ? cell : undefined);
  const holdersOf = new Map(org.roles.map((role) => [role.id, role.holderIds ?? []]));
  const managerCell = (target: string): string => {
    if (resolves(target) === target) return target;
    return holdersOf.get(target)?.find((id) => roleOfPerson.get(id) === target) ?? target;
  };

  const fields = new Set<CsvField>(ALWAYS);
  const metaKeys: string[] = [];
  const seenMeta = new Set<string>();
  for (const row of rows) {
    const { role } = row;
    if (role.level !== undefined && role.level !== '') fields.add('level');
    if (row.position) fields.add('positionId');
    if (role.dottedLineTo?.length) fields.add('dottedLineTo');
    if (role.assistant === true) fields.add('assistant');
    for (const key of Object.keys(role.meta ?? {})) {
      if (seenMeta.has(key)) continue;
      seenMeta.add(key);
      metaKeys.push(key);
      // A meta key fromCSV would read as a field ("Email") needs that field's own column first:
      // then it is the second column of that field, which fromCSV keeps in meta.
      const field = recogniseHeader(key);
      if (field !== undefined) fields.add(field);
    }
  }
  const order: CsvField[] = [...ALWAYS, 'level', 'positionId', 'dottedLineTo', 'assistant', 'firstName', 'lastName', 'managerName'];
  const columns = order.filter((field) => fields.has(field));

  const cellOf = (row: Row, field: CsvField): string => {
    const { role, person } = row;
    switch (field) {
      case 'id':
        return row.personId ?? '';
      case 'name':
        return person?.name ?? '';
      case 'title':
        return role.title;
      case 'managerId':
        return role.reportsTo == null ? '' : managerCell(role.reportsTo);
      case 'department':
        return role.department ?? '';
      case 'level':
        return role.level ?? '';
      case 'email':
        return person?.email ?? '';
      case 'phone':
        return person?.phone ?? '';
      case 'location':
        return role.location ?? person?.location ?? '';
      case 'avatarUrl':
        return person?.avatarUrl ?? '';
      case 'positionId':
        return row.position ? role.id : '';
      case 'dottedLineTo':
        return (role.dottedLineTo ?? []).map(managerCell).join(';');
      case 'assistant':
        return role.assistant === true ? 'yes' : '';
      default:
        // firstName, lastName, managerName: written empty, only to keep a meta key of that name in meta.
        return '';
    }
  };

  const table: string[][] = [[...columns.map(canonicalHeader), ...metaKeys].map(escapeFormula)];
  for (const row of rows) {
    const meta = row.role.meta ?? {};
    table.push(
      [...columns.map((field) => cellOf(row, field)), ...metaKeys.map((key) => (key in meta ? String(meta[key]) : ''))].map(escapeFormula),
    );
  }
  const text = Papa.unparse(table, { delimiter: options.delimiter ?? ',', newline: '\r\n', escapeFormulae: false });
  return `${options.bom === false ? '' : '\uFEFF'}${text}\r\n`;
}

import Papa from 'papaparse';
import type { Org, Person, Role } from '../model/schema';
import { formatPath, previewValue, type OrgIssue } from '../model/issues';
import { breakCycles, detailOf, partialOrg, validateRepairing } from './assemble';
import { unescapeFormula } from './formula';
import { isColumnTarget, normaliseHeader, recogniseHeader, type CsvColumnMapping, type CsvColumnTarget, type CsvField } from './columns';
import type { ImportIssue, ImportIssueCode, ImportResult } from './result';

export interface FromCSVOptions {
  /** The org's display name.  @default 'Organization' */
  name?: string | undefined;
  /**
   * Header → field, for headers the usual names do not cover (`{ 'Emp #': 'id' }`).
   * `'meta'` keeps a column in `role.meta`, `'ignore'` drops it. Matched like the usual
   * names: case and punctuation do not count.
   */
  columns?: Record<string, CsvColumnTarget> | undefined;
  /** The cell separator; detected (`,` `;` tab `|`) when absent. */
  delimiter?: string | undefined;
}

/* -------------------------------------------------------------------------------------------------
 * Reading rows
 * -----------------------------------------------------------------------------------------------*/

interface CsvRow {
  /** 1-based line the row starts on. */
  line: number;
  cells: string[];
}

const DELIMITERS = [',', ';', '\t', '|'];

/**
 * papaparse's step mode reports where each row ends (`meta.cursor`), not its line: a quoted
 * cell may hold newlines. So the line breaks between one row's end and the next row's start
 * are counted as we go, once over the text.
 */
function readRows(text: string, delimiter: string | undefined, warnings: ImportIssue[]): CsvRow[] {
  const rows: CsvRow[] = [];
  let pos = 0;
  let line = 1;
  const advance = (to: number) => {
    for (; pos < to; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 10 || (c === 13 && text.charCodeAt(pos + 1) !== 10)) line++;
    }
  };
  let rowEnd = 0;
  Papa.parse<string[]>(text, {
    delimiter: delimiter ?? '',
    delimitersToGuess: DELIMITERS,
    // Only truly empty lines: "greedy" would also drop a row of blank cells, and its line with it.
    skipEmptyLines: true,
    step: (result) => {
      advance(rowEnd);
      // Empty lines papaparse skipped sit between the last row's end and this row's start.
      while (pos < text.length && (text[pos] === '\n' || text[pos] === '\r')) advance(pos + 1);
      // Without dynamicTyping every cell is a string already; the array is the row's own.
      const row: CsvRow = { line, cells: Array.isArray(result.data) ? result.data : [] };
      rows.push(row);
      for (const error of result.errors) {
        warnings.push(issue('csv_syntax', [], `${error.message.replace(/\.$/, '')}`, row.line));
      }
      rowEnd = Math.max(rowEnd, result.meta.cursor);
    },
  });
  return rows;
}

/* -------------------------------------------------------------------------------------------------
 * Issues
 * -----------------------------------------------------------------------------------------------*/

function where(line: number | undefined, column: string | undefined): string {
  if (line === undefined) return column === undefined ? '' : `${JSON.stringify(column)}: `;
  return column === undefined ? `line ${line}: ` : `line ${line}, ${JSON.stringify(column)}: `;
}

function issue(code: ImportIssueCode, path: ImportIssue['path'], detail: string, line?: number, column?: string): ImportIssue {
  const out: { -readonly [K in keyof ImportIssue]: ImportIssue[K] } = { code, path, message: `${where(line, column)}${detail}` };
  if (line !== undefined) out.line = line;
  if (column !== undefined) out.column = column;
  return out;
}

const quoteList = (items: readonly string[]) => items.map((item) => JSON.stringify(item)).join(', ');

/* -------------------------------------------------------------------------------------------------
 * Columns
 * -----------------------------------------------------------------------------------------------*/

interface Columns {
  /** Field → index of the column it is read from. */
  index: Partial<Record<CsvField, number>>;
  headers: string[];
  mapping: CsvColumnMapping;
  /** Columns kept in `role.meta`: index and key. */
  meta: Array<{ index: number; key: string }>;
}

function resolveColumns(headerRow: CsvRow, options: FromCSVOptions, warnings: ImportIssue[]): Columns {
  const explicit = new Map<string, CsvColumnTarget>();
  for (const [header, target] of Object.entries(options.columns ?? {})) {
    if (isColumnTarget(target)) explicit.set(normaliseHeader(header), target);
    else warnings.push(issue('invalid', [], `options.columns[${JSON.stringify(header)}]: ${previewValue(target)} is not a field rolekit reads`));
  }
  const headers = headerRow.cells.map((cell, i) => unescapeFormula(cell.trim()) || `Column ${i + 1}`);
  const columns: Columns = { index: {}, headers, mapping: {}, meta: [] };
  const metaKeys = new Set<string>();
  headers.forEach((header, i) => {
    let target: CsvColumnTarget = explicit.get(normaliseHeader(header)) ?? recogniseHeader(header) ?? 'meta';
    if (target !== 'meta' && target !== 'ignore' && columns.index[target] !== undefined) {
      const first = headers[columns.index[target]!]!;
      warnings.push(issue('duplicate_column', [], `also reads as ${target}, like ${JSON.stringify(first)}; kept in role.meta`, headerRow.line, header));
      target = 'meta';
    }
    if (target === 'meta') {
      // Meta keys are at most 100 characters; a repeated header keeps its first column.
      const key = header.slice(0, 100);
      if (metaKeys.has(key)) target = 'ignore';
      else {
        metaKeys.add(key);
        columns.meta.push({ index: i, key });
      }
    } else if (target !== 'ignore') columns.index[target] = i;
    if (!(header in columns.mapping)) columns.mapping[header] = target;
  });
  return columns;
}

function missingColumn(columns: Columns, line: number): ImportIssue[] {
  const found = `the headers found are ${quoteList(columns.headers.slice(0, 20))}${columns.headers.length > 20 ? ', …' : ''}`;
  const issues: ImportIssue[] = [];
  if (columns.index.id === undefined) {
    issues.push(issue('missing_column', [], `no id column: name one "id", "employee id", "employee number" or "worker id", or map it with options.columns; ${found}`, line));
  }
  if (columns.index.title === undefined) {
    issues.push(issue('missing_column', [], `no title column: name one "title", "job title" or "position", or map it with options.columns; ${found}`, line));
  }
  return issues;
}

/* -------------------------------------------------------------------------------------------------
 * Rows → roles and people
 * -----------------------------------------------------------------------------------------------*/

/** Where each built role and person came from, to point issues at the file. */
interface Source {
  line: number;
  /** The role was made from a position id column rather than a person's id. */
  position?: boolean;
  /** The raw manager cell, resolved once every row is read. */
  manager?: string;
  dotted?: string;
}

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '']);
const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

interface Built {
  org: Org;
  roleSources: Source[];
  personLines: number[];
  errors: ImportIssue[];
}

function buildOrg(rows: CsvRow[], columns: Columns, options: FromCSVOptions, warnings: ImportIssue[]): Built {
  const { index, headers } = columns;
  const header = (field: CsvField) => headers[index[field]!]!;
  const roles: Role[] = [];
  const roleSources: Source[] = [];
  const people: Person[] = [];
  const personLines: number[] = [];
  const errors: ImportIssue[] = [];
  const roleAt = new Map<string, number>();
  const personAt = new Map<string, number>();
  /** A row's id → the role that row is on (the manager id column names people, not positions). */
  const roleOfPerson = new Map<string, string>();
  /** Normalised name → role ids, for a manager column that holds names. */
  const rolesByName = new Map<string, string[]>();
  // Names are only looked up when the manager column holds names.
  const byName = index.managerId === undefined && index.managerName !== undefined;

  if (index.name === undefined && index.firstName === undefined && index.lastName === undefined) {
    warnings.push(issue('missing_column', [], `no name column ("name", "full name", "first name" + "last name"): every role is shown without the person holding it`, rows[0]?.line ?? 1));
  }

  for (const row of rows) {
    const cell = (field: CsvField): string => {
      const i = index[field];
      return i === undefined ? '' : unescapeFormula((row.cells[i] ?? '').trim());
    };
    if (row.cells.every((value) => value.trim() === '')) continue;
    if (row.cells.length > headers.length) {
      warnings.push(issue('csv_syntax', [], `${row.cells.length} cells, the header has ${headers.length}; the extra cells are ignored`, row.line));
    }
    const id = cell('id');
    const positionId = cell('positionId');
    const title = cell('title');
    const name = cell('name') || [cell('firstName'), cell('lastName')].filter(Boolean).join(' ');
    if (id === '' && positionId === '') {
      warnings.push(issue('skipped_row', [], 'no id; the row is left out', row.line, header('id')));
      continue;
    }
    const roleId = positionId || id;
    const existing = roleAt.get(roleId);
    if (existing !== undefined && !(positionId && roleSources[existing]!.position)) {
      const column = positionId ? header('positionId') : header('id');
      errors.push(issue('duplicate_id', ['roles', existing, 'id'], `${previewValue(roleId)} is already used on line ${roleSources[existing]!.line}; this row is left out`, row.line, column));
      continue;
    }
    if (existing === undefined && title === '') {
      warnings.push(issue('skipped_row', [], 'no title; the row is left out', row.line, header('title')));
      continue;
    }

    let roleIndex = existing;
    if (roleIndex === undefined) {
      const role: Role = { id: roleId, title };
      const department = cell('department');
      if (department) role.department = department;
      const level = cell('level');
      if (level) role.level = level;
      const location = cell('location');
      if (location) role.location = location;
      if (index.assistant !== undefined) {
        const raw = cell('assistant');
        const flag = raw.toLowerCase();
        if (YES.has(flag)) role.assistant = true;
        else if (!NO.has(flag)) warnings.push(issue('dropped_value', ['roles', roles.length, 'assistant'], `${previewValue(raw)} is not yes/no; ignored`, row.line, header('assistant')));
      }
      const meta: Record<string, string> = {};
      let hasMeta = false;
      for (const { index: i, key } of columns.meta) {
        const value = unescapeFormula((row.cells[i] ?? '').trim());
        if (value !== '') {
          meta[key] = value;
          hasMeta = true;
        }
      }
      if (hasMeta) role.meta = meta;
      const source: Source = { line: row.line };
      if (positionId) source.position = true;
      const manager = index.managerId !== undefined ? cell('managerId') : cell('managerName');
      if (manager) source.manager = manager;
      const dotted = cell('dottedLineTo');
      if (dotted) source.dotted = dotted;
      roleIndex = roles.length;
      roleAt.set(roleId, roleIndex);
      roles.push(role);
      roleSources.push(source);
    } else {
      // Another holder of a position already read: its title and manager come from the first row.
      const first = roles[roleIndex]!;
      if (title !== '' && title !== first.title) {
        warnings.push(issue('dropped_value', ['roles', roleIndex, 'title'], `position ${previewValue(roleId)} is titled ${previewValue(first.title)} on line ${roleSources[roleIndex]!.line}; this title is ignored`, row.line, header('title')));
      }
    }

    if (id !== '') {
      // Without a position column every role's id is its person's, which roleAt already holds.
      if (index.positionId !== undefined && !roleOfPerson.has(id)) roleOfPerson.set(id, roleId);
      if (name !== '') {
        const role = roles[roleIndex]!;
        if (personAt.get(id) === undefined) {
          const person: Person = { id, name };
          const email = cell('email');
          if (email) person.email = email;
          const phone = cell('phone');
          if (phone) person.phone = phone;
          const avatarUrl = cell('avatarUrl');
          if (avatarUrl) person.avatarUrl = avatarUrl;
          const location = cell('location');
          if (location) person.location = location;
          personAt.set(id, people.length);
          people.push(person);
          personLines.push(row.line);
          if (byName) {
            const key = nameKey(name);
            const named = rolesByName.get(key);
            if (named) named.push(roleId);
            else rolesByName.set(key, [roleId]);
          }
        }
        if (role.holderIds?.includes(id)) {
          errors.push(issue('duplicate_id', ['people', personAt.get(id)!, 'id'], `${previewValue(id)} already holds ${previewValue(roleId)}; this row is left out`, row.line, header('id')));
        } else (role.holderIds ??= []).push(id);
      }
    }
  }

  linkManagers(roles, roleSources, { roleAt, roleOfPerson, rolesByName }, columns, warnings);
  const managerColumn = headers[(index.managerId ?? index.managerName) ?? -1];
  breakCycles(roles, (cut, detail) => warnings.push(issue('cycle', ['roles', cut, 'reportsTo'], detail, roleSources[cut]!.line, managerColumn)), roleAt);
  const org: Org = { name: options.name ?? 'Organization', roles, people };
  return { org, roleSources, personLines, errors };
}

interface Lookups {
  roleAt: Map<string, number>;
  roleOfPerson: Map<string, string>;
  rolesByName: Map<string, string[]>;
}

/** A manager cell → the manager's role: a person's id first (what HR exports hold), then a position id. */
function linkManagers(roles: Role[], sources: Source[], lookups: Lookups, columns: Columns, warnings: ImportIssue[]): void {
  const { index, headers } = columns;
  const byId = index.managerId !== undefined;
  const managerColumn = headers[(byId ? index.managerId : index.managerName) ?? -1];
  const resolveId = (value: string) => lookups.roleOfPerson.get(value) ?? (lookups.roleAt.has(value) ? value : undefined);
  roles.forEach((role, i) => {
    const source = sources[i]!;
    if (source.manager !== undefined) {
      const raw = source.manager;
      let target: string | undefined;
      if (byId) {
        target = resolveId(raw);
        if (target === undefined) warnings.push(issue('unknown_manager', ['roles', i, 'reportsTo'], `no person has the id ${previewValue(raw)}; made a root`, source.line, managerColumn));
      } else {
        const matches = lookups.rolesByName.get(nameKey(raw)) ?? [];
        if (matches.length === 1) target = matches[0];
        else if (matches.length === 0) warnings.push(issue('unknown_manager', ['roles', i, 'reportsTo'], `no person is named ${previewValue(raw)}; made a root`, source.line, managerColumn));
        else {
          const lines = matches.map((id) => sources[lookups.roleAt.get(id)!]!.line).join(', ');
          warnings.push(issue('ambiguous_manager', ['roles', i, 'reportsTo'], `${matches.length} people are named ${previewValue(raw)} (lines ${lines}); made a root rather than guess`, source.line, managerColumn));
        }
      }
      if (target !== undefined) role.reportsTo = target;
    }
    if (source.dotted !== undefined) {
      const column = headers[index.dottedLineTo!];
      const targets: string[] = [];
      for (const raw of source.dotted.split(/[;,|]/).map((part) => part.trim()).filter(Boolean)) {
        const target = resolveId(raw);
        if (target === undefined) warnings.push(issue('unknown_manager', ['roles', i, 'dottedLineTo'], `no person has the id ${previewValue(raw)}; this dotted line is left out`, source.line, column));
        else if (target !== role.id && target !== role.reportsTo && !targets.includes(target)) targets.push(target);
      }
      if (targets.length > 0) role.dottedLineTo = targets;
    }
  });
}

/* -------------------------------------------------------------------------------------------------
 * Validation, through parseOrg
 * -----------------------------------------------------------------------------------------------*/

const ROLE_COLUMN: Record<string, CsvField> = {
  title: 'title',
  department: 'department',
  level: 'level',
  location: 'location',
  assistant: 'assistant',
  dottedLineTo: 'dottedLineTo',
  holderIds: 'id',
};
const PERSON_COLUMN: Record<string, CsvField> = { id: 'id', email: 'email', phone: 'phone', avatarUrl: 'avatarUrl', location: 'location' };

function locate(path: OrgIssue['path'], built: Built, columns: Columns): { line?: number; column?: string } {
  const { index, headers } = columns;
  const [kind, i, key, sub] = path;
  if (typeof i !== 'number' || typeof key !== 'string') return {};
  if (kind === 'roles') {
    const source = built.roleSources[i];
    if (!source) return {};
    let field: CsvField | undefined = ROLE_COLUMN[key];
    if (key === 'id') field = source.position ? 'positionId' : 'id';
    if (key === 'reportsTo') field = index.managerId !== undefined ? 'managerId' : 'managerName';
    if (key === 'meta' && typeof sub === 'string') return { line: source.line, column: sub };
    const column = field === undefined ? undefined : headers[index[field] ?? -1];
    return column === undefined ? { line: source.line } : { line: source.line, column };
  }
  if (kind === 'people') {
    const line = built.personLines[i];
    if (line === undefined) return {};
    const field = key === 'name' ? (index.name !== undefined ? 'name' : 'firstName') : PERSON_COLUMN[key];
    const column = field === undefined ? undefined : headers[index[field] ?? -1];
    return column === undefined ? { line } : { line, column };
  }
  return {};
}

function fromOrgIssue(orgIssue: OrgIssue, built: Built, columns: Columns, code: ImportIssueCode = orgIssue.code): ImportIssue {
  const detail = detailOf(orgIssue, formatPath(orgIssue.path));
  const { line, column } = locate(orgIssue.path, built, columns);
  return issue(code, orgIssue.path, line === undefined ? orgIssue.message : detail, line, column);
}

/* -------------------------------------------------------------------------------------------------
 * fromCSV
 * -----------------------------------------------------------------------------------------------*/

// `<!--` too: a page saved from a browser starts with its "saved from url" comment.
const HTML = /^\s*<(?:(?:!doctype|html|head|body|\?xml|table|div)\b|!--)/i;

/**
 * Builds an `Org` from a CSV export of people (one row a person, or a vacant position).
 * Never throws: every problem is an issue or a warning naming its line and column.
 * A cell written behind a single quote to keep a spreadsheet from running it (`'=SUM(…)`,
 * as `toCSV` writes it) is read without that quote.
 */
export function fromCSV(text: string, options: FromCSVOptions = {}): ImportResult {
  const warnings: ImportIssue[] = [];
  const fail = (issues: ImportIssue[], columns: CsvColumnMapping = {}): ImportResult => ({ ok: false, issues, warnings, columns });
  try {
    if (typeof text !== 'string') return fail([issue('invalid', [], `expected the CSV text as a string, got ${previewValue(text)}`)]);
    // papaparse drops a byte-order mark itself; dropping it here keeps its cursor and our count in step.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') return fail([issue('empty', [], 'the CSV is empty')]);
    if (HTML.test(body)) {
      const first = body.trimStart().split(/\r\n|\r|\n/, 1)[0] ?? '';
      return fail([issue('not_csv', [], `this is an HTML or XML page, not a CSV (it starts ${previewValue(first)})`, 1)]);
    }
    const rows = readRows(body, options.delimiter, warnings);
    const headerRow = rows.find((row) => row.cells.some((cell) => cell.trim() !== ''));
    if (!headerRow) return fail([issue('empty', [], 'the CSV has no header row')]);
    const columns = resolveColumns(headerRow, options, warnings);
    const missing = missingColumn(columns, headerRow.line);
    if (missing.length > 0) return fail(missing, columns.mapping);
    const dataRows = rows.slice(rows.indexOf(headerRow) + 1);
    if (dataRows.length === 0) warnings.push(issue('empty', [], 'no rows after the header: the org is empty', headerRow.line));

    const built = buildOrg(dataRows, columns, options, warnings);
    const result = validateRepairing(built.org, (dropped) => warnings.push(fromOrgIssue(dropped, built, columns, 'dropped_value')));
    const issues = [...built.errors, ...(result.ok ? [] : result.issues.map((orgIssue) => fromOrgIssue(orgIssue, built, columns)))];
    if (result.ok && issues.length === 0) return { ok: true, org: result.org, warnings, columns: columns.mapping };
    const partial = result.ok ? result.org : (result.partial ?? partialOrg(built.org, result.issues));
    return partial ? { ok: false, issues, warnings, columns: columns.mapping, partial } : fail(issues, columns.mapping);
  } catch (error) {
    // Defensive, like parseOrg: nothing a file holds should get here.
    return fail([issue('invalid', [], `could not be read (${String(error).slice(0, 120)})`)]);
  }
}

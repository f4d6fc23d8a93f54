/**
 * Which CSV header means which field. HR exports name the same column a dozen ways
 * ("Employee ID", "employee_id", "EmployeeID"), so headers are compared after
 * lower-casing and dropping everything that is not a letter or a digit.
 */

/** A field `fromCSV` fills from a column; `'meta'` keeps the column in `role.meta`, `'ignore'` drops it. */
export type CsvField =
  | 'id'
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'title'
  | 'managerId'
  | 'managerName'
  | 'department'
  | 'level'
  | 'email'
  | 'phone'
  | 'location'
  | 'avatarUrl'
  | 'positionId'
  | 'dottedLineTo'
  | 'assistant';

export type CsvColumnTarget = CsvField | 'meta' | 'ignore';

/** Header (as written in the file) → what it was read as. */
export type CsvColumnMapping = Record<string, CsvColumnTarget>;

const SYNONYMS: Record<CsvField, readonly string[]> = {
  id: ['id', 'employee id', 'employee number', 'employee no', 'worker id', 'person id'],
  name: ['name', 'full name', 'display name', 'employee name'],
  firstName: ['first name', 'given name', 'forename'],
  lastName: ['last name', 'family name', 'surname'],
  title: ['title', 'job title', 'position', 'position title', 'job'],
  managerId: ['manager id', 'reports to id', 'supervisor id', 'manager employee id'],
  managerName: ['manager', 'reports to', 'supervisor', 'manager name', 'supervisor name'],
  department: ['department', 'dept', 'department name'],
  level: ['level', 'job level'],
  email: ['email', 'e-mail', 'email address', 'work email', 'mail'],
  phone: ['phone', 'phone number', 'work phone', 'telephone'],
  location: ['location', 'office', 'office location', 'work location'],
  avatarUrl: ['photo', 'photo url', 'avatar', 'avatar url', 'picture'],
  positionId: ['position id', 'position number', 'req id'],
  dottedLineTo: ['dotted line manager id', 'matrix manager id', 'dotted line to'],
  assistant: ['assistant', 'is assistant'],
};

/** "Employee_ID " → "employeeid". */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

const BY_KEY = new Map<string, CsvField>();
for (const [field, names] of Object.entries(SYNONYMS) as Array<[CsvField, readonly string[]]>) {
  for (const name of names) BY_KEY.set(normaliseHeader(name), field);
}

const TARGETS = new Set<string>([...Object.keys(SYNONYMS), 'meta', 'ignore']);
export const isColumnTarget = (value: unknown): value is CsvColumnTarget => typeof value === 'string' && TARGETS.has(value);

/** The field a header names by convention, if any. */
export function recogniseHeader(header: string): CsvField | undefined {
  return BY_KEY.get(normaliseHeader(header));
}

/** The header `toCSV` writes for a field: the first of its usual names. */
export function canonicalHeader(field: CsvField): string {
  return SYNONYMS[field][0]!;
}

/**
 * Which importer a pasted or dropped file is for. A page that takes "your HR file" gets
 * one of five things, and a person should not have to say which: the shape of the text
 * (JSON or not), then the keys of its first records (SCIM's schema URNs, Graph's
 * `jobTitle` and `@odata` keys, an Org's `roles`), or a CSV header naming known columns.
 */
import { recogniseHeader } from './columns';
import { SCIM_ENTERPRISE_USER } from './scim';

/**
 * `'csv'` → `fromCSV`, `'scim'` → `fromSCIM`, `'graph'` → `fromGraph`, `'rolekit'` → an `Org`
 * as JSON (`parseOrg`), `'text'` → job descriptions in prose (`parseRoleText`).
 */
export type ImportFormat = 'csv' | 'scim' | 'graph' | 'rolekit' | 'text';

const DELIMITERS = [',', ';', '\t', '|'] as const;
/** Records looked at: enough to outvote one odd record, few enough for a 10 MB file. */
const SAMPLE = 20;

const SCIM_KEYS = ['schemas', 'userName', 'name', 'emails', 'phoneNumbers', 'active', SCIM_ENTERPRISE_USER];
const GRAPH_KEYS = ['jobTitle', 'mail', 'businessPhones', 'officeLocation', 'userPrincipalName', 'manager', 'givenName', 'surname'];

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** SCIM and Graph users share `id` and `displayName`; each format's other keys tell them apart. */
function userFormat(users: readonly unknown[]): 'scim' | 'graph' | undefined {
  let scim = 0;
  let graph = 0;
  for (const user of users.slice(0, SAMPLE)) {
    if (!isRecord(user)) continue;
    const keys = Object.keys(user);
    if (keys.some((key) => key.startsWith('@odata.'))) graph += 2;
    if (Array.isArray(user.schemas) && user.schemas.some((urn) => typeof urn === 'string' && urn.startsWith('urn:ietf:params:scim:'))) scim += 2;
    for (const key of keys) {
      if (SCIM_KEYS.includes(key)) scim++;
      if (GRAPH_KEYS.includes(key)) graph++;
    }
  }
  if (scim === graph) return undefined;
  return scim > graph ? 'scim' : 'graph';
}

function jsonFormat(value: unknown): ImportFormat {
  if (Array.isArray(value)) {
    // An array of Graph pages (what following @odata.nextLink collects) or of users.
    const pages = value.filter((item): item is { value: unknown[] } => isRecord(item) && Array.isArray(item.value));
    if (pages.length > 0) return 'graph';
    return userFormat(value) ?? 'scim';
  }
  if (!isRecord(value)) return 'rolekit';
  if (Array.isArray(value.Resources)) return 'scim';
  if (Array.isArray(value.schemas) && value.schemas.some((urn) => typeof urn === 'string' && urn.startsWith('urn:ietf:params:scim:'))) return 'scim';
  if (Array.isArray(value.value) || Object.keys(value).some((key) => key.startsWith('@odata.'))) return 'graph';
  return 'rolekit';
}

/**
 * JSON that does not parse is still told apart by the names it spells, so the page can
 * say what is wrong with it; prose that merely starts with a bracket has no `"key":`.
 */
function brokenJsonFormat(text: string): ImportFormat | undefined {
  const head = text.slice(0, 64_000);
  if (/urn:ietf:params:scim:|"Resources"\s*:/.test(head)) return 'scim';
  if (/"@odata\.|"jobTitle"\s*:|"value"\s*:\s*\[/.test(head)) return 'graph';
  return /"[^"\n]*"\s*:/.test(head) ? 'rolekit' : undefined;
}

/** The delimiter that splits the first line into the most cells, and those cells. */
function splitHeader(line: string): string[] {
  let best: string[] = [line];
  for (const delimiter of DELIMITERS) {
    const cells = line.split(delimiter);
    if (cells.length > best.length) best = cells;
  }
  return best;
}

function looksLikeCsv(text: string): boolean {
  const lines = text.slice(0, 64_000).split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
  const header = lines[0];
  if (header === undefined) return false;
  const cells = splitHeader(header);
  if (cells.length < 2) return false;
  // Quotes around a header count as punctuation, which recogniseHeader ignores.
  if (cells.some((cell) => recogniseHeader(cell) !== undefined)) return true;
  // Unknown headers: a table still has the same number of cells on each of its first lines.
  const delimiter = DELIMITERS.find((d) => header.split(d).length === cells.length)!;
  const sample = lines.slice(1, 6);
  return sample.length > 0 && sample.every((line) => line.split(delimiter).length === cells.length);
}

/**
 * Which importer `text` is for. JSON is SCIM when it carries SCIM's schema URNs or a
 * `Resources` list, Graph when it has a `value` list or `@odata.*` keys, else the keys
 * of its first 20 users decide (`userName` and `emails` are SCIM's, `jobTitle` and
 * `mail` Graph's); an object of neither kind is read as rolekit's own `Org` JSON, which
 * `parseOrg` then checks. JSON that does not parse is told apart by the names it spells,
 * so the page can say what is wrong with it. Text whose first line is a row of known column names (or a
 * table of the same number of cells on each line) is `'csv'`, as is an HTML page, so
 * that `fromCSV` says it is not a CSV. Anything else, empty text included, is `'text'`.
 * Never throws; reads at most the first 64 kB to decide, except to parse JSON.
 */
export function detectImportFormat(text: string): ImportFormat {
  if (typeof text !== 'string') return 'text';
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).trimStart();
  if (body === '') return 'text';
  if (body[0] === '{' || body[0] === '[') {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      const guess = brokenJsonFormat(body);
      if (guess) return guess;
    }
    if (value !== undefined) return jsonFormat(value);
  }
  if (body[0] === '<') return 'csv';
  return looksLikeCsv(body) ? 'csv' : 'text';
}

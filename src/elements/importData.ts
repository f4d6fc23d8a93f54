/**
 * `src` + `format="csv|scim|graph"`: the fetched text through rolekit/import's adapter.
 * Loaded with import() the first time an element has a `format`, so neither rolekit/elements
 * nor rolekit.standalone.js carries papaparse and the adapters (the standalone file loads
 * this module as dist/rolekit.import.js, from beside itself).
 */
import { fromCSV } from '../import/csv';
import { fromGraph } from '../import/graph';
import { fromSCIM } from '../import/scim';
import type { OrgIssue } from '../model/issues';
import type { Org } from '../model/schema';
import type { ImportResult } from '../import/result';
import type { DataState } from './RolekitElement';

const ADAPTERS: Record<string, (text: string) => ImportResult> = {
  // format="json" is what no format means; spelled out, it is read the same way.
  json: (text) => {
    const data: unknown = JSON.parse(text);
    return { ok: true, org: data as Org, warnings: [], columns: {} };
  },
  csv: (text) => fromCSV(text),
  scim: (text) => fromSCIM(JSON.parse(text)),
  graph: (text) => fromGraph(JSON.parse(text)),
};

const failed = (message: string): DataState => ({ status: 'error', issues: [{ code: 'invalid', path: [], message }] });

/**
 * Fetches `url` as the element does JSON (same-origin, with credentials) and reads it in
 * `format`: the org, or the adapter's issues (each with its line and column, or JSON path).
 */
export async function importData(url: URL, format: string, src: string): Promise<DataState> {
  const adapter = ADAPTERS[format];
  if (!adapter) return failed(`format: expected csv, scim, graph or json, got ${JSON.stringify(format.slice(0, 40))}`);
  const response = await fetch(url, { credentials: 'same-origin', headers: { accept: format === 'csv' ? 'text/csv' : 'application/json' } });
  if (!response.ok) return failed(`src: HTTP ${response.status} for ${src}`);
  const text = await response.text();
  let result: ImportResult;
  try {
    result = adapter(text);
  } catch (error) {
    // Only JSON.parse throws here: the adapters never do.
    return failed(`src: ${src} is not JSON (${(error as Error).message.slice(0, 120)})`);
  }
  // An ImportIssue is an OrgIssue with more codes and its place in the input (line, column,
  // input path): the alert shows its message, and rolekit-error's detail is typed to carry it.
  return result.ok ? { status: 'ready', data: result.org, warnings: result.warnings } : { status: 'error', issues: result.issues as readonly OrgIssue[] };
}

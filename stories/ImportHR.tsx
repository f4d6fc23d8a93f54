import { useId, useMemo, useState, type ChangeEvent, type DragEvent } from 'react';
import { OrgChart, parseOrg, type Org } from '../src';
import { detectImportFormat, fromCSV, fromGraph, fromSCIM, parseRoleText, type CsvColumnMapping, type ImportFormat } from '../src/import';
import { formatPath, type OrgPath } from '../src/model/issues';

/**
 * The "HR data" import page: a file picked, dropped or pasted, its format detected (or
 * chosen), read by the matching `rolekit/import` function, and shown as a designer needs
 * to judge it: the chart, the column mapping the importer used, and every warning with
 * the line and column (or JSON path) it points at.
 */
export interface ImportHRProps {
  /** The text the page opens with, as if pasted. */
  defaultText: string;
  /** Where `defaultText` came from; names the org of a CSV or directory import. */
  defaultFileName?: string | undefined;
}

export const FORMAT_NAMES: Record<ImportFormat, string> = {
  csv: 'CSV',
  scim: 'SCIM 2.0',
  graph: 'Microsoft Graph',
  rolekit: 'rolekit JSON',
  text: 'Job descriptions (text)',
};

/** One row of the warnings table, whichever importer it came from. */
interface ProblemRow {
  severity: 'Error' | 'Warning';
  line?: number | undefined;
  /** A CSV column's header or a JSON path. */
  where?: string | undefined;
  code: string;
  message: string;
}

interface Reading {
  org?: Org | undefined;
  problems: ProblemRow[];
  columns?: CsvColumnMapping | undefined;
}

interface LocatedIssue {
  code: string;
  message: string;
  line?: number | undefined;
  column?: string | undefined;
  input?: OrgPath | undefined;
  path?: OrgPath | undefined;
}

/**
 * Messages start with their place (`line 8, "Reports To": `, `Resources[7].title: `) so
 * they read alone in a log; the table shows the place in its own columns instead.
 */
function withoutPlace(message: string, ...places: string[]): string {
  for (const place of places) if (message.startsWith(place)) return message.slice(place.length);
  return message;
}

function toRow(severity: ProblemRow['severity'], entry: LocatedIssue): ProblemRow {
  const path = entry.input ?? entry.path;
  // A CSV problem of the whole file has the empty path; a JSON one names the input's root.
  const where = entry.column ?? (entry.input ? formatPath(entry.input) : path && path.length > 0 ? formatPath(path) : undefined);
  const places = [
    entry.line !== undefined && entry.column !== undefined ? `line ${entry.line}, ${JSON.stringify(entry.column)}: ` : '',
    entry.line !== undefined ? `line ${entry.line}: ` : '',
    where !== undefined ? `${where}: ` : '',
    path !== undefined ? `${formatPath(path)}: ` : '',
  ].filter(Boolean);
  return { severity, line: entry.line, where, code: entry.code, message: withoutPlace(entry.message, ...places) };
}

function readJson(text: string): { value: unknown } | { problem: ProblemRow } {
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch (error) {
    return { problem: { severity: 'Error', code: 'invalid_json', message: `not valid JSON: ${(error as Error).message}` } };
  }
}

/** The file's name without its extension, as the org's name. */
const orgName = (fileName: string | undefined) => fileName?.replace(/\.[^.]+$/, '') || undefined;

export function readImport(text: string, format: ImportFormat, fileName?: string): Reading {
  const name = orgName(fileName);
  // Nothing pasted yet is not a problem to list.
  if (text.trim() === '') return { problems: [] };
  if (format === 'text') {
    const result = parseRoleText(text, name ? { name } : {});
    return { org: result.org, problems: result.warnings.map((warning) => toRow('Warning', warning)) };
  }
  if (format === 'csv') {
    const result = fromCSV(text, { name });
    const warnings = result.warnings.map((warning) => toRow('Warning', warning));
    if (result.ok) return { org: result.org, problems: warnings, columns: result.columns };
    return { org: result.partial, problems: [...result.issues.map((entry) => toRow('Error', entry)), ...warnings], columns: result.columns };
  }
  const json = readJson(text);
  if ('problem' in json) return { problems: [json.problem] };
  if (format === 'rolekit') {
    const result = parseOrg(json.value);
    if (result.ok) return { org: result.org, problems: [] };
    return { org: result.partial, problems: result.issues.map((entry) => toRow('Error', entry)) };
  }
  const result = format === 'scim' ? fromSCIM(json.value, { name }) : fromGraph(json.value, { name });
  const warnings = result.warnings.map((warning) => toRow('Warning', warning));
  if (result.ok) return { org: result.org, problems: warnings, columns: result.columns };
  return { org: result.partial, problems: [...result.issues.map((entry) => toRow('Error', entry)), ...warnings], columns: result.columns };
}

const plural = (count: number, one: string, many: string) => `${new Intl.NumberFormat('en').format(count)} ${count === 1 ? one : many}`;

/** "30 people, 2 warnings": what the page read, in one line a screen reader announces. */
export function summary(reading: Reading): string {
  const errors = reading.problems.filter((problem) => problem.severity === 'Error').length;
  const warnings = reading.problems.length - errors;
  const parts: string[] = [];
  if (reading.org) {
    const people = reading.org.people?.length ?? 0;
    const roles = reading.org.roles.length;
    parts.push(people > 0 ? plural(people, 'person', 'people') : plural(roles, 'role', 'roles'));
    const vacant = reading.org.roles.filter((role) => !role.holderIds || role.holderIds.length === 0).length;
    if (people > 0 && vacant > 0) parts.push(plural(vacant, 'open position', 'open positions'));
  } else parts.push('nothing to draw');
  if (errors > 0) parts.push(plural(errors, 'error', 'errors'));
  parts.push(plural(warnings, 'warning', 'warnings'));
  return parts.join(', ');
}

const TARGET_NAMES: Partial<Record<CsvColumnMapping[string], string>> = { meta: 'kept in role.meta', ignore: 'ignored' };

export function ImportHR({ defaultText, defaultFileName }: ImportHRProps) {
  const [text, setText] = useState(defaultText);
  const [fileName, setFileName] = useState(defaultFileName);
  const [choice, setChoice] = useState<ImportFormat | 'auto'>('auto');
  const detected = useMemo(() => detectImportFormat(text), [text]);
  const format = choice === 'auto' ? detected : choice;
  const reading = useMemo(() => readImport(text, format, fileName), [text, format, fileName]);
  const ids = { file: useId(), text: useId(), format: useId(), source: useId(), chart: useId() };

  const load = (file: File | undefined) => {
    if (!file) return;
    void file.text().then((content) => {
      setText(content);
      setFileName(file.name);
    });
  };
  const onFile = (event: ChangeEvent<HTMLInputElement>) => load(event.target.files?.[0]);
  const onDrop = (event: DragEvent<HTMLElement>) => {
    if (event.dataTransfer.files.length === 0) return;
    event.preventDefault();
    load(event.dataTransfer.files[0]);
  };

  return (
    <div className="hr-page">
      <section className="hr-source" aria-labelledby={ids.source} onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
        <h2 id={ids.source} className="hr-heading">
          HR data
        </h2>
        <label htmlFor={ids.file} className="hr-label">
          Choose a file (CSV, SCIM or Graph JSON, rolekit JSON, text)
        </label>
        <input id={ids.file} type="file" accept=".csv,.tsv,.txt,.json,text/csv,text/plain,application/json" onChange={onFile} />
        <label htmlFor={ids.text} className="hr-label">
          Or paste or drop it here{fileName ? ` (now: ${fileName})` : ''}
        </label>
        <textarea
          id={ids.text}
          className="hr-textarea"
          value={text}
          rows={16}
          spellCheck={false}
          onChange={(event) => {
            setText(event.target.value);
            setFileName(undefined);
          }}
        />
        <label htmlFor={ids.format} className="hr-label">
          Format
        </label>
        <select id={ids.format} value={choice} onChange={(event) => setChoice(event.target.value as ImportFormat | 'auto')}>
          <option value="auto">Detect ({FORMAT_NAMES[detected]})</option>
          {(Object.keys(FORMAT_NAMES) as ImportFormat[]).map((each) => (
            <option key={each} value={each}>
              {FORMAT_NAMES[each]}
            </option>
          ))}
        </select>
      </section>

      <section className="hr-result" aria-labelledby={ids.chart}>
        <h2 id={ids.chart} className="hr-heading">
          Read as {FORMAT_NAMES[format]}
        </h2>
        <p role="status" aria-label="Import summary" className="hr-status">
          {summary(reading)}
        </p>
        {reading.org && reading.org.roles.length > 0 ? <OrgChart org={reading.org} height={440} defaultExpandDepth={2} /> : <p>No roles to draw.</p>}
      </section>

      <section className="hr-tables" aria-label="What the importer did">
        <table className="hr-table">
          <caption>Warnings and errors ({reading.problems.length})</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Column or path</th>
              <th scope="col">Severity</th>
              <th scope="col">Message</th>
            </tr>
          </thead>
          <tbody>
            {reading.problems.length === 0 ? (
              <tr>
                <td colSpan={4}>None: every row was read as it is.</td>
              </tr>
            ) : (
              reading.problems.map((problem, i) => (
                <tr key={i} data-severity={problem.severity.toLowerCase()}>
                  <td>{problem.line ?? '—'}</td>
                  <td>{problem.where ?? '—'}</td>
                  <td>{problem.severity}</td>
                  <td>
                    {problem.message} <code>{problem.code}</code>
                  </td>
                </tr>
              ))
            )}
          </tbody>
        </table>

        {reading.columns && (
          <table className="hr-table">
            <caption>Column mapping</caption>
            <thead>
              <tr>
                <th scope="col">{format === 'csv' ? 'Column in the file' : 'Key in each user'}</th>
                <th scope="col">Read as</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(reading.columns).map(([header, target]) => (
                <tr key={header}>
                  <th scope="row">{header}</th>
                  <td>{TARGET_NAMES[target] ?? target}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}

/** The page's own layout: host CSS, not rolekit's. */
export const importHRCss = `
.hr-page { display: grid; grid-template-columns: minmax(18rem, 1fr) minmax(24rem, 2fr); gap: 1.5rem; align-items: start; font-family: system-ui, sans-serif; }
.hr-source, .hr-result { display: grid; gap: 0.5rem; min-inline-size: 0; }
.hr-tables { grid-column: 1 / -1; display: grid; grid-template-columns: 2fr 1fr; gap: 1.5rem; align-items: start; }
.hr-heading { margin: 0; font-size: 1rem; font-weight: 600; }
.hr-label { font-size: 0.875rem; font-weight: 500; }
.hr-status { margin: 0; font-weight: 600; }
.hr-textarea { font: 0.8125rem/1.4 ui-monospace, monospace; inline-size: 100%; box-sizing: border-box; color: inherit; background: transparent; white-space: pre; }
.hr-page select, .hr-page input[type="file"] { color: inherit; background: transparent; font: inherit; }
.hr-table { border-collapse: collapse; inline-size: 100%; font-size: 0.875rem; }
.hr-table caption { text-align: start; font-weight: 600; padding-block-end: 0.375rem; }
.hr-table th, .hr-table td { text-align: start; vertical-align: top; padding: 0.25rem 0.5rem; border-block-end: 1px solid #9ca3af; overflow-wrap: anywhere; }
.hr-table thead th, .hr-table td:first-child { white-space: nowrap; overflow-wrap: normal; }
.hr-table tr[data-severity="error"] td:nth-child(3) { font-weight: 700; }
.hr-table code { font-size: 0.75rem; }
`;

/**
 * CSV formula injection (OWASP): a spreadsheet runs a cell that starts with `=`, `+`, `-`
 * or `@` (and some read a leading tab or carriage return the same way) as a formula.
 * `toCSV` writes such a cell behind a single quote, which Excel shows as text; `fromCSV`
 * drops that one quote again, so a round trip gives back the value as it was. A value that
 * already starts with quotes before such a character (`'=1`) gets one more, for the same reason.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** `=HYPERLINK(…)` → `'=HYPERLINK(…)`; any other value as it is. */
export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** `'=HYPERLINK(…)` → `=HYPERLINK(…)`: one leading quote, only before (quotes and) a formula character. */
export function unescapeFormula(value: string): string {
  return value.charCodeAt(0) === 39 && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}

// npm run accuracy:text [path]: how well parseRoleText reads the seed document, field by field.
// Bundles src/import/text with esbuild (no build step, always the current source), reads the
// text (default ../shared/seed/sales-department-roles.txt, beside the repository), and compares
// each role found with a table written by hand from reading the seed: titles and counts only.
// Not part of `npm test`: CI has no ../shared. Prints the table and exits 0.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const path = resolve(process.argv[2] ?? resolve(repo, '../shared/seed/sales-department-roles.txt'));

/**
 * One row per job description of the seed, in order, as an HR analyst counts them:
 * top-level duties, duties nested under them, requirements (and how many are preferred),
 * rules with a fine, rules linked to the duty they check (only where the words leave no doubt),
 * workflow phases, and whom the role reports to (`null`: nobody in the text).
 * Powers ("has the right to") and results the role answers for are not duties.
 */
const EXPECTED = [
  { title: 'Sales', reportsTo: null, duties: 5, nested: 0, qualifications: 5, preferred: 1, fines: 0, linked: 0, phases: 0 },
  { title: 'Sales department', reportsTo: null, duties: 8, nested: 0, qualifications: 0, preferred: 0, fines: 6, linked: 2, phases: 0 },
  { title: 'Sales manager', reportsTo: null, duties: 8, nested: 0, qualifications: 0, preferred: 0, fines: 0, linked: 0, phases: 0 },
  { title: 'Sales department', reportsTo: null, duties: 4, nested: 0, qualifications: 3, preferred: 1, fines: 0, linked: 0, phases: 0 },
  { title: 'Assistant Director of Department', reportsTo: null, duties: 20, nested: 0, qualifications: 0, preferred: 0, fines: 0, linked: 0, phases: 4 },
  { title: 'Sales department', reportsTo: null, duties: 8, nested: 0, qualifications: 0, preferred: 0, fines: 0, linked: 0, phases: 0 },
  { title: 'Sales department', reportsTo: null, duties: 13, nested: 0, qualifications: 0, preferred: 0, fines: 0, linked: 0, phases: 0 },
  { title: 'Minister of Sales Department', reportsTo: null, duties: 4, nested: 13, qualifications: 0, preferred: 0, fines: 0, linked: 0, phases: 0 },
  { title: 'Sales department', reportsTo: null, duties: 7, nested: 0, qualifications: 7, preferred: 1, fines: 0, linked: 0, phases: 0 },
  { title: 'Sales department', reportsTo: null, duties: 8, nested: 0, qualifications: 0, preferred: 0, fines: 0, linked: 0, phases: 0 },
  { title: 'Sales department', reportsTo: null, duties: 21, nested: 0, qualifications: 0, preferred: 0, fines: 0, linked: 0, phases: 0 },
  { title: 'Sales', reportsTo: null, duties: 13, nested: 0, qualifications: 0, preferred: 0, fines: 0, linked: 0, phases: 0 },
  { title: 'Sales department', reportsTo: null, duties: 13, nested: 2, qualifications: 0, preferred: 0, fines: 0, linked: 0, phases: 0 },
  { title: 'Sales department', reportsTo: null, duties: 11, nested: 0, qualifications: 0, preferred: 0, fines: 0, linked: 0, phases: 0 },
  { title: 'Sales department', reportsTo: 'Sales manager', duties: 15, nested: 0, qualifications: 0, preferred: 0, fines: 0, linked: 0, phases: 0 },
];
const FIELDS = ['title', 'reportsTo', 'duties', 'nested', 'qualifications', 'preferred', 'fines', 'linked', 'phases'];

const bundle = await build({
  entryPoints: [resolve(repo, 'src/import/text/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const { parseRoleText } = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);

const text = readFileSync(path, 'utf8');
const started = performance.now();
const result = parseRoleText(text);
const elapsed = performance.now() - started;
const roles = result.org.roles;
const titleOf = new Map(roles.map((role) => [role.id, role.title]));

/** The document's own ordinal ("… department 4") is not part of the title an analyst writes down. */
const bareTitle = (title) => title.replace(/\s+\d+$/, '').toLowerCase();
const count = (items, depth = 0) => (items ?? []).reduce((n, item) => n + (depth > 0 ? 1 : 0) + count(item.children, depth + 1), 0);

function actualOf(role) {
  const duties = (role.responsibilities ?? []).flatMap((group) => group.items);
  return {
    title: role.title,
    reportsTo: role.reportsTo ? titleOf.get(role.reportsTo) : null,
    duties: duties.length,
    nested: count(duties),
    qualifications: role.qualifications?.length ?? 0,
    preferred: role.qualifications?.filter((q) => q.kind === 'preferred').length ?? 0,
    fines: role.assessments?.filter((a) => a.penalty).length ?? 0,
    linked: role.assessments?.filter((a) => a.responsibilityIds?.length).length ?? 0,
    phases: role.workflow?.phases.length ?? 0,
  };
}

const same = (field, expected, actual) =>
  field === 'title' || field === 'reportsTo' ? (expected === null ? actual === null : actual != null && bareTitle(actual) === bareTitle(expected)) : expected === actual;

const right = Object.fromEntries(FIELDS.map((field) => [field, 0]));
console.log(`parseRoleText on ${path}: ${text.length} characters in ${elapsed.toFixed(1)} ms`);
console.log(`roles: expected ${EXPECTED.length}, found ${roles.length}\n`);
console.log(`| # | ${FIELDS.join(' | ')} |`);
console.log(`|---|${FIELDS.map(() => '---').join('|')}|`);
EXPECTED.forEach((expected, i) => {
  const role = roles[i];
  const actual = role ? actualOf(role) : undefined;
  const cells = FIELDS.map((field) => {
    const ok = actual !== undefined && same(field, expected[field], actual[field]);
    if (ok) right[field]++;
    const shown = (value) => (value === null ? '—' : String(value));
    return ok ? `${shown(actual[field])} ✓` : `${actual ? shown(actual[field]) : 'missing'} ✗ (expected ${shown(expected[field])})`;
  });
  console.log(`| ${i + 1} | ${cells.join(' | ')} |`);
});
console.log('\nper-field accuracy:');
let total = 0;
for (const field of FIELDS) {
  total += right[field];
  console.log(`  ${field.padEnd(15)} ${right[field]}/${EXPECTED.length}  ${((100 * right[field]) / EXPECTED.length).toFixed(0)}%`);
}
console.log(`  ${'all fields'.padEnd(15)} ${total}/${EXPECTED.length * FIELDS.length}  ${((100 * total) / (EXPECTED.length * FIELDS.length)).toFixed(1)}%`);
console.log(`\nwarnings: ${result.warnings.length} (${[...new Set(result.warnings.map((w) => w.code))].join(', ')})`);
for (const warning of result.warnings) console.log(`  ${warning.code}: ${warning.message}`);

// npm run size: what a host's bundler ships, measured the way a host builds. For each
// import below, Vite bundles it from dist/ (React external, minified, code splitting on,
// as a host app's production build does) and the report sums, min+gzip:
// - first paint: the entry chunk and every chunk it imports statically — what the page
//   loads before it can render;
// - on demand: chunks reached only through import() (export, minimap, marks, …), loaded
//   the first time a user needs them.
// Stylesheets are measured minified and gzipped as shipped.
// `limit` is the budget an issue set. Where it is not met yet, `ceiling` is what was
// measured when the budget was set, rounded up: the report says how far over budget the
// import is, and exits 1 only if it grows past the ceiling (a ratchet; lower it as the
// import shrinks, drop it once the budget holds). Without a ceiling, missing the budget exits 1.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import { rolldown } from 'rolldown';

const dist = resolve('dist');
const KB = 1000;
// #17's focus on a team (focusId: the team's model, its own expansion, the breadcrumb, focusTeam)
// is first-paint code (the server renders a focused team): +0.9 kB to OrgChart, +0.07 kB of CSS;
// #17's connectors kept at one device pixel, the minimap in the chart's shape and the marks'
// department colours then: OrgChart 23.52 → 23.57, the whole library 53.01 → 53.26 kB.
const BUDGETS = [
  { name: 'OrgChart', code: `import { OrgChart } from '${dist}/index.js'; keep(OrgChart);`, limit: 20 * KB, ceiling: 23.6 * KB },
  { name: 'whole library', code: `import * as all from '${dist}/index.js'; keep(all);`, limit: 50 * KB, ceiling: 53.3 * KB },
  { name: 'parseOrg (the model)', code: `import { parseOrg } from '${dist}/index.js'; keep(parseOrg);`, limit: 6 * KB },
  { name: 'fromCSV (rolekit/import, with papaparse)', code: `import { fromCSV } from '${dist}/import.js'; keep(fromCSV);` },
  { name: 'parseRoleText (rolekit/import)', code: `import { parseRoleText } from '${dist}/import.js'; keep(parseRoleText);` },
  { name: 'rolekit/import (whole entry)', code: `import * as all from '${dist}/import.js'; keep(all);` },
  { name: 'RoleCard', code: `import { RoleCard } from '${dist}/index.js'; keep(RoleCard);` },
  { name: 'ResponsibilityChecklist', code: `import { ResponsibilityChecklist } from '${dist}/index.js'; keep(ResponsibilityChecklist);` },
  { name: 'WorkflowStepper', code: `import { WorkflowStepper } from '${dist}/index.js'; keep(WorkflowStepper);` },
  { name: 'rolekit/elements (styles inside)', code: `import { defineRolekitElements } from '${dist}/elements.js'; keep(defineRolekitElements);` },
];
// What rolekit/elements adds to the four components it wraps and the stylesheet it carries
// (a React host ships those too): its first paint minus theirs. Gzip is not quite additive,
// so this is an estimate to within a few hundred bytes.
const WRAPPER = {
  name: 'rolekit/elements, added',
  code: `import { defineRolekitElements } from '${dist}/elements.js'; keep(defineRolekitElements);`,
  base: `import { OrgChart, RoleCard, ResponsibilityChecklist, WorkflowStepper } from '${dist}/index.js'; keep([OrgChart, RoleCard, ResponsibilityChecklist, WorkflowStepper]);`,
  stylesheet: 'styles.css',
  limit: 4 * KB,
  // The four wrappers came to 3.65 kB; <rolekit-role-explorer> (a composition of its own, with
  // its layout CSS and strings) took it over: a ratchet until the wrapper sheds 0.3 kB. The
  // org chart element's print() and toPDF() (#14, #18) added 0.02 kB (4.43 → 4.45), the
  // rolekit-warning event 0.03 kB (→ 4.48), focus-id / focus-depth / rolekit-focus-change 0.06 kB (→ 4.55).
  ceiling: 4.56 * KB,
};
// Files served as they are (a <script src>): the file itself, gzipped.
const FILES = [
  // Over budget when it was set (#14): React 19 with ReactDOM is ~65 kB of it; the on-demand
  // features that keep state the first paint shares or need its React (marks, the minimap, the
  // incremental relayout) are inside. Export and the lazy merge load from beside it as
  // rolekit.standalone.<name>.js (tsup.config.ts, chunksBeside): 144.64 → 141.69 kB;
  // #18's print()/toPDF() entry points (paper itself is not in the script) add ~0.2 kB.
  { name: 'rolekit.standalone.js (React, all elements, styles)', file: 'rolekit.standalone.js', limit: 130 * KB, ceiling: 143.9 * KB },
  // Loaded by the standalone file, from beside it, the first time an element has format="csv|scim|graph".
  { name: 'rolekit.import.js (on demand: the adapters for format, papaparse inside)', file: 'rolekit.import.js' },
  // Loaded by the standalone file, from beside it, on the first export / lazy merge.
  { name: 'rolekit.standalone.export.js (on demand: toSVG / toPNG)', file: 'rolekit.standalone.export.js' },
  { name: 'rolekit.standalone.mergeLoaded.js (on demand: lazily loaded reports)', file: 'rolekit.standalone.mergeLoaded.js' },
];
const STYLESHEETS = [
  // Met at 4.00 kB until the roll-up line and wide-span cue (#17): 4.06 kB, a ratchet at 4.1 kB.
  { name: 'org-chart.css', file: 'org-chart.css', limit: 4 * KB, ceiling: 4.2 * KB },
  { name: 'role-card.css', file: 'role-card.css' },
  { name: 'responsibility-checklist.css', file: 'responsibility-checklist.css' },
  { name: 'workflow-stepper.css', file: 'workflow-stepper.css' },
  { name: 'styles.css (all four)', file: 'styles.css' },
];

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kB = (n) => `${(n / KB).toFixed(2)} kB`;

async function measure(code) {
  const dir = mkdtempSync(join(tmpdir(), 'rolekit-size-'));
  try {
    const entry = join(dir, 'entry.js');
    writeFileSync(entry, `${code}\nfunction keep(x) { globalThis.__keep = x; }\n`);
    // Rolldown (what Vite builds with), as a host app's production build runs it: tree
    // shaking across rolekit's chunks, one chunk per dynamic import.
    const bundle = await rolldown({ input: entry, external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'], logLevel: 'silent' });
    const chunks = (await bundle.generate({ format: 'esm', minify: true })).output.filter((o) => o.type === 'chunk');
    const byName = new Map(chunks.map((c) => [c.fileName, c]));
    const first = new Set();
    const visit = (name) => {
      if (first.has(name) || !byName.has(name)) return;
      first.add(name);
      for (const imported of byName.get(name).imports) visit(imported);
    };
    for (const c of chunks) if (c.isEntry) visit(c.fileName);
    const size = (name) => gz(Buffer.from(byName.get(name).code));
    return {
      first: [...first].reduce((sum, name) => sum + size(name), 0),
      onDemand: chunks.filter((c) => !first.has(c.fileName)).map((c) => ({ name: c.name, size: size(c.fileName) })),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let failed = false;
const verdict = (size, limit, ceiling) => {
  if (limit === undefined) return '';
  if (size <= limit) return 'within budget';
  if (ceiling !== undefined && size <= ceiling) return `over budget by ${kB(size - limit)} (ratchet: fails above ${kB(ceiling)})`;
  failed = true;
  return `OVER by ${kB(size - limit)}${ceiling === undefined ? '' : `, past the ${kB(ceiling)} ratchet`}`;
};

console.log('| import | first paint (min+gzip) | budget | | on demand |\n|---|---:|---:|---|---|');
for (const { name, code, limit, ceiling } of BUDGETS) {
  const { first, onDemand } = await measure(code);
  const lazy = onDemand.map((c) => `${c.name} ${kB(c.size)}`).join(', ') || '—';
  console.log(`| ${name} | ${kB(first)} | ${limit ? kB(limit) : '—'} | ${verdict(first, limit, ceiling)} | ${lazy} |`);
}
{
  const { first } = await measure(WRAPPER.code);
  const { first: base } = await measure(WRAPPER.base);
  const { code } = await transform(readFileSync(join(dist, WRAPPER.stylesheet), 'utf8'), { loader: 'css', minify: true });
  const added = first - base - gz(Buffer.from(code));
  console.log(`| ${WRAPPER.name} (to the four components + ${WRAPPER.stylesheet}) | ${kB(added)} | ${kB(WRAPPER.limit)} | ${verdict(added, WRAPPER.limit, WRAPPER.ceiling)} | — |`);
}
console.log('\n| file | min+gzip | budget | |\n|---|---:|---:|---|');
for (const { name, file, limit, ceiling } of FILES) {
  let size;
  try {
    size = gz(readFileSync(join(dist, file)));
  } catch {
    console.log(`| ${name} | missing | ${limit ? kB(limit) : '—'} | FAIL |`);
    failed = true;
    continue;
  }
  console.log(`| ${name} | ${kB(size)} | ${limit ? kB(limit) : '—'} | ${verdict(size, limit, ceiling)} |`);
}
console.log('\n| stylesheet | min+gzip | budget | |\n|---|---:|---:|---|');
for (const { name, file, limit, ceiling } of STYLESHEETS) {
  let css;
  try {
    css = readFileSync(join(dist, file), 'utf8');
  } catch {
    console.log(`| ${name} | missing | ${limit ? kB(limit) : '—'} | ${limit ? 'FAIL' : ''} |`);
    failed ||= limit !== undefined;
    continue;
  }
  const { code } = await transform(css, { loader: 'css', minify: true });
  const size = gz(Buffer.from(code));
  console.log(`| ${name} | ${kB(size)} | ${limit ? kB(limit) : '—'} | ${verdict(size, limit, ceiling)} |`);
}
process.exit(failed ? 1 : 0);

// Writes the stylesheets to dist/, with their @imports inlined so hosts import plain files
// with no bundler CSS handling required:
// - styles.css: every component (src/styles.css);
// - one sheet per component, for a page that shows only that one: the component's CSS,
//   then the shared base (tokens, focus ring, error box) — the order styles.css uses.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function inline(file) {
  const css = readFileSync(file, 'utf8');
  return css.replace(/^@import\s+"([^"]+)";\s*$/gm, (_, path) => inline(resolve(dirname(file), path)));
}

const sheets = {
  'styles.css': ['src/styles.css'],
  'org-chart.css': ['src/org-chart/org-chart.css', 'src/internal/base.css'],
  'role-card.css': ['src/role-card/role-card.css', 'src/internal/base.css'],
  'responsibility-checklist.css': ['src/internal/checkbox.css', 'src/responsibility-checklist/responsibility-checklist.css', 'src/internal/base.css'],
  'workflow-stepper.css': ['src/internal/checkbox.css', 'src/workflow-stepper/workflow-stepper.css', 'src/internal/base.css'],
};
for (const [name, files] of Object.entries(sheets)) {
  writeFileSync(`dist/${name}`, files.map((file) => inline(resolve(file))).join('\n'));
  console.log(`dist/${name} written`);
}

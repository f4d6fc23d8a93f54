// Writes dist/styles.css: src/styles.css with its @imports inlined, so hosts import
// one plain file with no bundler CSS handling required.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

function inline(file) {
  const css = readFileSync(file, 'utf8');
  return css.replace(/^@import\s+"([^"]+)";\s*$/gm, (_, path) => inline(resolve(dirname(file), path)));
}

writeFileSync('dist/styles.css', inline(resolve('src/styles.css')));
console.log('dist/styles.css written');

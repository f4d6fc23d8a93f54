// Writes dist/custom-elements.json (the Custom Elements Manifest, "customElements" in
// package.json) from the built element classes: see scripts/elements-manifest.mjs.
import { writeFileSync } from 'node:fs';
import { rolekitElementEvents, rolekitElements } from '../dist/elements.js';
import { buildManifest, cssReader } from './elements-manifest.mjs';

const manifest = buildManifest({ elements: rolekitElements, events: rolekitElementEvents, readCss: cssReader(new URL('../', import.meta.url)) });
writeFileSync(new URL('../dist/custom-elements.json', import.meta.url), `${JSON.stringify(manifest, null, 2)}\n`);
console.log('dist/custom-elements.json written');

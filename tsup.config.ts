import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform, type Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

/** A stylesheet with its @imports inlined (as scripts/build-css.mjs writes them to dist/). */
function inlineCss(file: string): string {
  const css = readFileSync(file, 'utf8');
  return css.replace(/^@import\s+"([^"]+)";\s*$/gm, (_, path: string) => inlineCss(resolve(dirname(file), path)));
}

/**
 * `import css from './x.css?inline'` (Vite's spelling, so tests and the build agree): the
 * stylesheet, imports inlined and minified, as a string. The elements' shadow roots adopt it.
 */
const cssText: Plugin = {
  name: 'css-text',
  setup(build) {
    build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      // Kept ending in ?inline: tsup's own CSS plugin loads every path ending in .css.
      path: resolve(args.resolveDir, args.path),
      namespace: 'css-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'css-text' }, async (args) => ({
      contents: (await transform(inlineCss(args.path.replace(/\?inline$/, '')), { loader: 'css', minify: true })).code,
      loader: 'text',
    }));
  },
};

/**
 * `format="csv|scim|graph"` loads the adapters with import('./importData'). In both builds of
 * the elements that import() names dist/rolekit.import.js, one self-contained module, instead:
 * - the standalone file is a classic script (IIFE), where esbuild would inline every import();
 *   left as it is, the import() resolves against the script's own URL (HTML: a classic
 *   script's base URL), so the file beside rolekit.standalone.js is the one loaded;
 * - in rolekit/elements (ESM) a chunk of its own would share the model's chunks with the
 *   first paint, and a host's bundler then keeps in the first paint every model function the
 *   adapters use (parseOrg in full, +0.6 kB); a file that shares nothing stays wholly on demand.
 */
const importBeside: Plugin = {
  name: 'import-beside',
  setup(build) {
    build.onResolve({ filter: /\/importData$/ }, (args) => (args.kind === 'dynamic-import' ? { path: './rolekit.import.js', external: true } : undefined));
  },
};

/** The standalone script (one IIFE, no chunks) gets paper's exporters only: see src/org-chart/print/standalone.ts. */
const standalonePaper: Plugin = {
  name: 'standalone-paper',
  setup(build) {
    build.onResolve({ filter: /^\.\/index$/ }, (args) =>
      /print[\\/]feature\.ts$/.test(args.importer) ? { path: resolve(dirname(args.importer), 'standalone.ts') } : undefined,
    );
  },
};

/**
 * The standalone file's on-demand chunks, as ES modules beside it (`rolekit.standalone.<name>.js`):
 * an IIFE cannot split, and esbuild would inline every import(). Only code that is pure and keeps
 * no state the IIFE shares goes out: each file is self-contained (its helpers copied in), so a
 * module with state the first paint reads (the relayout's hooks, the marks that enable it) or
 * one that needs React (the minimap view: it must render with the IIFE's own React) stays inline.
 * The import() is left as written, so (as for rolekit.import.js) it resolves against the
 * classic script's own URL: the file beside rolekit.standalone.js is the one loaded.
 */
const STANDALONE_CHUNKS = {
  export: 'src/org-chart/export.ts',
  mergeLoaded: 'src/org-chart/mergeLoaded.ts',
};
const chunksBeside: Plugin = {
  name: 'chunks-beside',
  setup(build) {
    const names = Object.keys(STANDALONE_CHUNKS).join('|');
    // './export' from src/org-chart, '../export' from src/org-chart/print (paper's standalone stand-in).
    build.onResolve({ filter: new RegExp(`^\\.\\.?/(${names})$`) }, (args) =>
      args.kind === 'dynamic-import' && args.importer.includes('/src/org-chart/')
        ? { path: `./rolekit.standalone.${args.path.slice(args.path.lastIndexOf('/') + 1)}.js`, external: true }
        : undefined,
    );
  },
};

/**
 * toPDF's pdf-lib comes from dist/vendor/pdf-lib.js, built apart (below) with its CommonJS
 * dependency (pako) converted inside it. Left to the host's bundler, Rolldown (Vite 8) puts
 * the CommonJS interop helpers into the runtime chunk every page loads (+0.3 kB first paint).
 */
const vendorPdfLib: Plugin = {
  name: 'vendor-pdf-lib',
  setup(build) {
    build.onResolve({ filter: /^\.\/pdfLib$/ }, () => ({ path: './vendor/pdf-lib.js', external: true }));
  },
};

/**
 * dist/vendor/pdf-lib.js is a copy of pdf-lib and what it bundles: their licences (MIT, Zlib,
 * 0BSD) ask for their notices in every copy, so the file starts with them.
 */
const VENDORED = ['pdf-lib/LICENSE.md', 'pako/LICENSE', '@pdf-lib/standard-fonts/LICENSE.md', '@pdf-lib/upng/LICENSE', 'tslib/LICENSE.txt'];
const vendoredNotices = () =>
  `/*!\n * Bundled third-party code and its licences:\n${VENDORED.map((file) => {
    const name = file.slice(0, file.lastIndexOf('/'));
    const { version } = JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string };
    return ` *\n * ${name}@${version}\n${readFileSync(resolve('node_modules', file), 'utf8').replace(/\*\//g, '* /').trim().split('\n').map((line) => ` * ${line}`.trimEnd()).join('\n')}`;
  }).join('\n')}\n */`;

const shared: Options = {
  entry: {
    index: 'src/index.ts',
    // The model without 'use client': React Server Components (a Next.js page) can
    // call parseOrg or fromPeople on the server; from the main entry they could not.
    model: 'src/model/index.ts',
    // The valibot schemas, for hosts that build on them; apart so the main entry's API stays the model's.
    schema: 'src/schema.ts',
    // SVG/PNG of a laid-out org: not every page that shows a chart exports one.
    export: 'src/export.ts',
    // CSV (and later SCIM / Graph) → Org, with its parser: only a page that imports data pays for it.
    import: 'src/import/index.ts',
    examples: 'src/examples.ts',
    'locales/zh-CN': 'src/locales/zh-CN.ts',
  },
  esbuildPlugins: [cssText, vendorPdfLib],
  target: 'es2020',
  sourcemap: true,
  // src/index.ts starts with 'use client' (React Server Components need it at the
  // top of the entry); esbuild keeps a directive when treeshake is off, so no banner.
  external: ['react', 'react-dom', 'react/jsx-runtime'],
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
};

export default defineConfig([
  {
    ...shared,
    format: 'esm',
    clean: true,
    // One entry per component (internal, not in the exports map) so code splitting
    // puts each component in its own chunk. With "sideEffects" limited to CSS, a
    // bundler then drops every chunk the host does not import: `import { parseOrg }`
    // costs the model, not Radix and four components. Statement-level tree shaking
    // inside one big file cannot do this (forwardRef calls are not provably pure).
    entry: {
      ...(shared.entry as Record<string, string>),
      // The custom elements (React external; ESM only: they are for browsers), and the
      // same registering them on import. They share the components' chunks.
      elements: 'src/elements/index.ts',
      'elements/define': 'src/elements/define.ts',
      'parts/role-card': 'src/role-card/index.ts',
      'parts/responsibility-checklist': 'src/responsibility-checklist/index.ts',
      'parts/org-chart': 'src/org-chart/index.ts',
      // Loaded on demand by OrgChart (import()) and exported by the main entry: an entry of
      // their own keeps them out of the chunk OrgChart lives in.
      'parts/org-chart-export': 'src/org-chart/export.ts',
      'parts/org-chart-minimap': 'src/org-chart/OrgChartMinimap.tsx',
      'parts/workflow-stepper': 'src/workflow-stepper/index.ts',
    },
    esbuildPlugins: [cssText, vendorPdfLib, importBeside],
    splitting: true,
  },
  {
    ...shared,
    format: 'cjs',
    // d3-hierarchy ships ESM only; a `require` of it works only through Node's require(esm).
    // Bundling it into the CJS build keeps `require('rolekit')` a plain CommonJS load.
    noExternal: ['d3-hierarchy'],
  },
  {
    entry: { 'vendor/pdf-lib': 'src/org-chart/print/pdfLib.ts' },
    format: 'esm',
    banner: { js: vendoredNotices() },
    platform: 'browser',
    target: 'es2020',
    noExternal: [/.*/],
    splitting: false,
    minify: true,
  },
  {
    // dist/rolekit.standalone.js: one classic script with React, ReactDOM, the components
    // and their styles inside, registering the tags on load (no bundler, no import map).
    entry: { 'rolekit.standalone': 'src/standalone.ts' },
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    noExternal: [/.*/],
    minify: true,
    sourcemap: true,
    esbuildPlugins: [cssText, importBeside, standalonePaper, chunksBeside],
    define: { 'process.env.NODE_ENV': '"production"' },
    outExtension: () => ({ js: '.js' }),
  },
  {
    // dist/rolekit.import.js: what the standalone file loads for `format="csv|scim|graph"` —
    // one ES module with the adapters and papaparse inside (a browser resolves no bare imports).
    entry: { 'rolekit.import': 'src/elements/importData.ts' },
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    noExternal: [/.*/],
    minify: true,
    sourcemap: true,
    outExtension: () => ({ js: '.js' }),
  },
  {
    // The standalone file's on-demand chunks (see chunksBeside): no React inside, nothing shared.
    // Not split (one config would share a chunk between them, a file the page does not load).
    entry: Object.fromEntries(Object.entries(STANDALONE_CHUNKS).map(([name, file]) => [`rolekit.standalone.${name}`, file])),
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    noExternal: [/.*/],
    splitting: false,
    minify: true,
    sourcemap: true,
    outExtension: () => ({ js: '.js' }),
  },
]);

import { defineConfig, type Options } from 'tsup';

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
      'parts/role-card': 'src/role-card/index.ts',
      'parts/responsibility-checklist': 'src/responsibility-checklist/index.ts',
      'parts/org-chart': 'src/org-chart/index.ts',
      // Loaded on demand by OrgChart (import()) and exported by the main entry: an entry of
      // their own keeps them out of the chunk OrgChart lives in.
      'parts/org-chart-export': 'src/org-chart/export.ts',
      'parts/org-chart-minimap': 'src/org-chart/OrgChartMinimap.tsx',
      'parts/workflow-stepper': 'src/workflow-stepper/index.ts',
    },
    splitting: true,
  },
  {
    ...shared,
    format: 'cjs',
    // d3-hierarchy ships ESM only; a `require` of it works only through Node's require(esm).
    // Bundling it into the CJS build keeps `require('rolekit')` a plain CommonJS load.
    noExternal: ['d3-hierarchy'],
  },
]);

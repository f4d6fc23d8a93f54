import { defineConfig, type Options } from 'tsup';

const shared: Options = {
  entry: { index: 'src/index.ts', examples: 'src/examples.ts' },
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
  },
  {
    ...shared,
    format: 'cjs',
    // d3-hierarchy ships ESM only; a `require` of it works only on Node ≥ 20.19.
    // Bundling it into the CJS build keeps `require('rolekit')` working on any Node ≥ 18.
    noExternal: ['d3-hierarchy'],
  },
]);

// Where the bytes of one import go: bundles `export <names> from 'src/index.ts'` the way
// size-limit does (esbuild, minified, React external) and lists each source module's
// share of the output. `node scripts/size-breakdown.mjs '{ OrgChart }'`
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';

const names = process.argv[2] ?? '*';
const result = await build({
  stdin: { contents: `export ${names} from './src/index.ts'`, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true, minify: true, write: false, metafile: true, format: 'esm', outdir: '/tmp/rk-size',
  external: ['react', 'react-dom', 'react/jsx-runtime'], jsx: 'automatic', loader: { '.css': 'empty' },
});
const bytes = result.outputFiles[0].contents;
console.log(`${names}: ${bytes.length} B min, ${gzipSync(bytes).length} B min+gzip`);
const inputs = Object.values(result.metafile.outputs)[0].inputs;
for (const [file, { bytesInOutput }] of Object.entries(inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)) {
  if (bytesInOutput > 0) console.log(String(bytesInOutput).padStart(8), file);
}

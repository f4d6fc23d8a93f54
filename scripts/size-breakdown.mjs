// Where the bytes of one import go: bundles `import <names> from 'src/index.ts'` as a host's
// production build would (Rolldown, minified, React external, one chunk per import()) and
// lists each chunk — first paint or on demand — with its min+gzip size and each source
// module's share (rendered length, before minifying).
// `node scripts/size-breakdown.mjs '{ OrgChart }'`
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';

const names = process.argv[2] ?? '* as all';
const bindings = names.startsWith('*') ? names.split(' as ')[1] : names.replace(/[{}]/g, '');
const dir = mkdtempSync(join(tmpdir(), 'rolekit-breakdown-'));
const entry = join(dir, 'entry.js');
writeFileSync(entry, `import ${names} from '${resolve('src/index.ts')}'; globalThis.__keep = [${bindings}];`);
const bundle = await rolldown({ input: entry, external: ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'], logLevel: 'silent' });
const { output } = await bundle.generate({ format: 'esm', minify: true });
rmSync(dir, { recursive: true, force: true });
for (const chunk of output.filter((o) => o.type === 'chunk')) {
  console.log(`${chunk.isEntry ? 'first paint' : 'on demand'}: ${chunk.name} — ${chunk.code.length} B min, ${gzipSync(chunk.code, { level: 9 }).length} B min+gzip`);
  const modules = Object.entries(chunk.modules).sort((a, b) => b[1].renderedLength - a[1].renderedLength);
  for (const [id, { renderedLength }] of modules) if (renderedLength > 0) console.log(String(renderedLength).padStart(8), id.replace(`${process.cwd()}/`, ''));
}

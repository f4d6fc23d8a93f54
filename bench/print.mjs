// node bench/print.mjs (or BENCH_ONLY=print npm run bench): paper's budgets from #18, alone
// (the machine is shared). Real Chromium, print media: 10,000 roles fully expanded →
// page.pdf(); every role's title and holder in the PDF's text layer (pdfjs-dist, dev only);
// no text under 7 pt. BENCH_PRINT_N sets the size.
import { fileURLToPath } from 'node:url';
import { build, preview } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../node_modules/.cache/rolekit-bench-print', import.meta.url));
const n = Number(process.env.BENCH_PRINT_N ?? 10_000);
await build({ root, configFile: false, logLevel: 'warn', plugins: [react()], build: { outDir, emptyOutDir: true } });
const server = await preview({ root, configFile: false, logLevel: 'warn', build: { outDir }, preview: { port: 4180, strictPort: false } });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
await page.goto(server.resolvedUrls.local[0]);
await page.waitForFunction(() => 'rkBench' in window);
await page.evaluate((n) => window.rkBench.prepare(n), n);
await page.evaluate(() => window.rkBench.mount('rolekit'));
const names = await page.evaluate(() => window.rkBench.names());
await page.emulateMedia({ media: 'print' });
// The bench page scrolls the chart in a fixed 800 px box; a host printing in place lets it grow.
await page.addStyleTag({ content: '@media print { #viewport { height: auto !important; overflow: visible !important } }' });
// The chart fetches its print chunk 1.5 s after mount.
await page.waitForTimeout(2500);
const start = Date.now();
await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
const [elements, sheets] = await page.evaluate(() => { const c = document.querySelector('[data-slot="org-chart-print"]'); return [c?.getElementsByTagName('*').length ?? 0, c?.getAttribute('data-pages')]; });
console.log('print pages', sheets);
const pdf = await page.pdf({ format: 'A4', margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' } });
const ms = Date.now() - start;
// toPDF() of 1,000 roles, fully expanded, on a fresh mount (the second call: pdf-lib loaded).
await page.emulateMedia({ media: null });
await page.evaluate(() => window.rkBench.prepare(1000));
await page.evaluate(() => window.rkBench.mount('rolekit'));
const toPDF = await page.evaluate(() => window.rkBench.timeToPDF());
const toPDFLine = `toPDF() of 1,000 roles: ${toPDF.ms.toFixed(0)} ms, ${(toPDF.bytes / 1e6).toFixed(2)} MB — ≤ 3 s ${toPDF.ms <= 3000 ? 'pass' : 'MISS'}`;
await browser.close();
server.httpServer.close();

const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
let text = '';
let minPt = Infinity;
for (let p = 1; p <= doc.numPages; p++) {
  const content = await (await doc.getPage(p)).getTextContent();
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    text += item.str + ' ';
    minPt = Math.min(minPt, Math.hypot(item.transform[2], item.transform[3]));
  }
}
// pdf.js splits runs where Chromium's glyph positioning jumps (kerning), not only at spaces: compare without whitespace.
const flat = text.replace(/\s+/g, '');
const missing = names.filter((s) => !flat.includes(s.replace(/\s+/g, '')));
console.log(`| roles | pdf pages | beforeprint + page.pdf() ms | print DOM elements | names missing from text | smallest text pt |`);
console.log(`| ${n} | ${doc.numPages} | ${ms} | ${elements} | ${missing.length} of ${names.length} | ${minPt.toFixed(2)} |`);
console.log(`budgets: ≤ 20 s ${ms <= 20_000 ? 'pass' : 'MISS'}; every name ${missing.length === 0 ? 'pass' : 'MISS ' + missing.slice(0, 3).join(', ')}; ≥ 7 pt ${minPt >= 6.99 ? 'pass' : 'MISS'}`);
console.log(toPDFLine);

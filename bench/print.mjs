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
// The bench page holds the chart in a fixed 1280×800 scrolling box, as many hosts do: the
// chart's print rules must undo that on paper (7 pt text stays 7 pt, every page prints).
// The chart fetches its print chunk 1.5 s after mount.
await page.waitForTimeout(2500);
const start = Date.now();
await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
const [elements, sheets] = await page.evaluate(() => { const c = document.querySelector('[data-slot="org-chart-print"]'); return [c?.getElementsByTagName('*').length ?? 0, c?.getAttribute('data-pages')]; });
const built = Date.now() - start;
console.log('print pages', sheets, `(built in ${built} ms)`);
// The floor: the same pages with only their text (every run at its place, size and font; no
// card shapes, connectors or colours), copied now, untimed (page.pdf() fires afterprint, which
// unmounts paper), and printed alone at the end. What Chromium takes to print that much text
// is the least any print of this chart can take on this machine.
const floorAt = Date.now();
const floorTexts = await page.evaluate(() => {
  const floor = document.createElement('div');
  for (const sheet of document.querySelectorAll('[data-slot="org-chart-print-page"]')) {
    const svg = sheet.firstElementChild.cloneNode(true);
    svg.style.display = 'block';
    for (const shape of svg.querySelectorAll('rect, path, circle, image, title, clipPath')) shape.remove();
    const bare = document.createElement('div');
    bare.style.breakAfter = 'page';
    bare.append(svg);
    floor.append(bare);
  }
  window.rkFloorPages = floor;
  return floor.getElementsByTagName('text').length;
});
const floorCapture = Date.now() - floorAt;
const pdf = await page.pdf({ format: 'A4', margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' } });
const ms = Date.now() - start - floorCapture;
// toPDF() of 1,000 roles, fully expanded, on a fresh mount (the second call: pdf-lib loaded).
await page.emulateMedia({ media: null });
await page.evaluate(() => window.rkBench.prepare(1000));
await page.evaluate(() => window.rkBench.mount('rolekit'));
const toPDF = await page.evaluate(() => window.rkBench.timeToPDF());
const toPDFLine = `toPDF() of 1,000 roles: ${toPDF.ms.toFixed(0)} ms, ${(toPDF.bytes / 1e6).toFixed(2)} MB — ≤ 3 s ${toPDF.ms <= 3000 ? 'pass' : 'MISS'}`;
await page.evaluate(() => document.body.replaceChildren(window.rkFloorPages));
await page.emulateMedia({ media: 'print' });
const floorStart = Date.now();
const floorPdf = await page.pdf({ format: 'A4', margin: { top: '0.5in', bottom: '0.5in', left: '0.5in', right: '0.5in' } });
const floorMs = Date.now() - floorStart;
await browser.close();
server.httpServer.close();

const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
let text = '';
let minPt = Infinity;
let minItem = "";
for (let p = 1; p <= doc.numPages; p++) {
  const content = await (await doc.getPage(p)).getTextContent();
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    text += item.str + ' ';
    const pt = Math.hypot(item.transform[2], item.transform[3]);
    if (pt < minPt) { minPt = pt; minItem = `${item.str} (page ${p})`; }
  }
}
// pdf.js splits runs where Chromium's glyph positioning jumps (kerning), not only at spaces: compare without whitespace.
const flat = text.replace(/\s+/g, '');
const missing = names.filter((s) => !flat.includes(s.replace(/\s+/g, '')));
console.log(`| roles | pdf pages | beforeprint + page.pdf() ms | print DOM elements | names missing from text | smallest text pt |`);
console.log(`| ${n} | ${doc.numPages} | ${ms} | ${elements} | ${missing.length} of ${names.length} | ${minPt.toFixed(2)} |`);
const floorPages = (await getDocument({ data: new Uint8Array(floorPdf) }).promise).numPages;
console.log(`floor (the same ${floorPages} pages, their ${floorTexts} texts only, page.pdf()): ${floorMs} ms; rolekit ÷ floor ${(ms / floorMs).toFixed(2)}×`);
console.log(`smallest text: ${minItem}`);
console.log(`budgets: ≤ 20 s ${ms <= 20_000 ? 'pass' : 'MISS'}; every name ${missing.length === 0 ? 'pass' : 'MISS ' + missing.slice(0, 3).join(', ')}; ≥ 7 pt ${minPt >= 6.99 ? 'pass' : 'MISS'}`);
console.log(toPDFLine);

// node bench/text.mjs (or BENCH_ONLY=text npm run bench): parseRoleText's throughput alone, in real
// Chromium. Each case is about 5 MB (BENCH_TEXT_MB sets it), read 5 times in one page; the
// median is printed in MB/s beside the floor: one split into lines and one list-marker regex per
// line, the least any reader of the text must do, timed on the same text in the same page.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';

const fixture = (name) => readFileSync(fileURLToPath(new URL(`../tests/fixtures/text/${name}`, import.meta.url)), 'utf8');
const bytes = Math.round(Number(process.env.BENCH_TEXT_MB ?? 5) * 1e6);
const RUNS = 5;
const english = fixture('seed-style.txt') + '\n' + fixture('hr-export.txt') + '\n' + fixture('messy-crlf.txt') + '\n';
const chinese = fixture('zh-multi.txt') + '\n';
const fill = (unit) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const cases = [
  ['English descriptions, repeated', fill(english)],
  ['Chinese descriptions, repeated', fill(chinese)],
  ['one line, no line break', fill(english.replace(/\r?\n/g, ' '))],
  [
    'numbered duties, one role',
    'Store clerk\nResponsibilities:\n' +
      Array.from({ length: Math.ceil(bytes / 30) }, (_, i) => `${(i % 99_999) + 1}. Check shelf ${i + 1} twice`).join('\n').slice(0, bytes),
  ],
];

const bundle = await build({
  entryPoints: [fileURLToPath(new URL('../src/import/text/index.ts', import.meta.url))],
  bundle: true,
  format: 'iife',
  globalName: 'rkText',
  platform: 'browser',
  minify: true,
  write: false,
  logLevel: 'warning',
});

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await (await browser.newContext()).newPage();
await page.setContent('<!doctype html><title>text bench</title>');
await page.addScriptTag({ content: bundle.outputFiles[0].text });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
for (const [label, text] of cases) {
  const { parse, floor, roles, warnings } = await page.evaluate(
    ({ text, runs }) => {
      const MARKER = /^\s*(?:\d{1,5}[.,、)]|[(（]\d{1,3}[)）]|[-*•])/;
      const floorPass = () => {
        let items = 0;
        for (const line of text.split(/\r\n|\r|\n/)) if (MARKER.test(line)) items++;
        return items;
      };
      const parse = [];
      const floor = [];
      let result;
      for (let i = 0; i < runs; i++) {
        let t = performance.now();
        result = window.rkText.parseRoleText(text);
        parse.push(performance.now() - t);
        t = performance.now();
        floorPass();
        floor.push(performance.now() - t);
      }
      return { parse, floor, roles: result.org.roles.length, warnings: result.warnings.length };
    },
    { text, runs: RUNS },
  );
  const mb = text.length / 1e6;
  rows.push({ label, mb, parseMs: median(parse), floorMs: median(floor), roles, warnings });
}
await browser.close();

const fmt = (v, d = 1) => v.toFixed(d);
console.log(`\nparseRoleText in Chromium, median of ${RUNS} runs per case\n`);
console.log('| case | MB | parse ms | MB/s | floor ms | × floor | roles | warnings |');
console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  // A floor under a millisecond (one line: one split, one regex test) has no meaningful ratio.
  const ratio = r.floorMs >= 1 ? fmt(r.parseMs / r.floorMs) : '—';
  console.log(`| ${r.label} | ${fmt(r.mb, 2)} | ${fmt(r.parseMs, 0)} | ${fmt(r.mb / (r.parseMs / 1000))} | ${fmt(r.floorMs, 0)} | ${ratio} | ${r.roles.toLocaleString('en-US')} | ${r.warnings.toLocaleString('en-US')} |`);
}

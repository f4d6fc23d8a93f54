// Runs every story of the *built* Storybook (storybook-static) in real Chromium, the way its
// Interactions panel does, and fails when a story errors, a play function throws, or a
// reporter (axe, with `a11y.test: 'error'`) fails it. `npm test` runs the same stories through
// Vitest, which renders inside act(); the built preview does not, so a story can pass one and
// fail the other (the RoleCard "Bad Data" story did). This check is the other half.
//
//   npm run test:storybook-build          (builds storybook-static first when it is missing)
//   STORY=role-card  npm run test:storybook-build   (only story ids containing "role-card")
//
// The outcome comes from the preview's own channel events (storyFinished carries the status
// and the reporters' results), not from scraping the page.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const STATIC = join(ROOT, 'storybook-static');
/** Per story: render, play and the a11y pass. The 100,000-role charts take 30–60 s on a loaded 2-core machine. */
const STORY_TIMEOUT = 120_000;
/** Two cores: two pages at once keeps Chromium and the static server busy without starving either. */
const CONCURRENCY = 2;

if (!existsSync(join(STATIC, 'index.json'))) {
  console.log('storybook-static is missing: npm run build-storybook');
  const built = spawnSync('npm', ['run', 'build-storybook'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const filter = process.env.STORY ?? '';
const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8'));
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story' && entry.id.includes(filter))
  .map((entry) => entry.id);
if (stories.length === 0) {
  console.error(`No stories${filter ? ` matching "${filter}"` : ''} in storybook-static/index.json`);
  process.exit(1);
}

/* ---------------------------------------------------------------------------------------------
 * A static server for storybook-static
 * -------------------------------------------------------------------------------------------*/

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.map': 'application/json',
};

const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  let file = normalize(join(STATIC, path));
  if (file !== STATIC && !file.startsWith(STATIC + sep)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  // Every page loads the same preview bundle: let Chromium keep it for the run.
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

/* ---------------------------------------------------------------------------------------------
 * The channel listener, installed before the preview creates its channel
 * -------------------------------------------------------------------------------------------*/

// The preview assigns globalThis.__STORYBOOK_ADDONS_CHANNEL__ once; a setter catches that
// moment, so no event is missed however fast the story renders.
function listenToPreview() {
  const events = [];
  window.__rkStoryEvents = events;
  const NAMES = ['storyRendered', 'storyFinished', 'storyErrored', 'storyMissing', 'storyThrewException', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying'];
  let channel;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      for (const name of NAMES) next?.on?.(name, (payload) => events.push({ name, payload: JSON.parse(JSON.stringify(payload ?? null)) }));
    },
  });
}

const TERMINAL = new Set(['storyFinished', 'storyErrored', 'storyMissing', 'storyThrewException']);

/**
 * One worker's page. The first story loads iframe.html; each later one is selected over the
 * channel with `setCurrentStory`, as the Storybook UI does when a story is clicked in the
 * sidebar, so the preview bundle is parsed once per worker rather than once per story.
 * After a failure the page is thrown away, so nothing a broken story left behind reaches
 * the next one.
 */
function createRunner(context) {
  let page;
  let pageErrors = [];
  const open = async (id) => {
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(storyUrl(id), { waitUntil: 'domcontentloaded' });
  };
  const select = (id) =>
    page.evaluate((storyId) => {
      window.__rkStoryEvents.length = 0;
      window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
    }, id);
  const close = async () => {
    await page?.close();
    page = undefined;
  };
  return {
    close,
    /** One story: its outcome, with the reasons when it failed. */
    async run(id) {
      const started = Date.now();
      try {
        if (page) await select(id);
        else await open(id);
        const events = await page
          .waitForFunction(
            ({ storyId, names }) => {
              const seen = window.__rkStoryEvents ?? [];
              const done = seen.some((event) => names.includes(event.name) && (event.name !== 'storyFinished' || event.payload?.storyId === storyId));
              return done && seen;
            },
            { storyId: id, names: [...TERMINAL] },
            { timeout: STORY_TIMEOUT, polling: 100 },
          )
          .then((handle) => handle.jsonValue());
        const problems = problemsIn(events);
        if (problems.length) await close();
        return { id, ms: Date.now() - started, problems };
      } catch (error) {
        const reason = /Timeout/i.test(String(error)) ? `no outcome within ${STORY_TIMEOUT / 1000} s` : String(error);
        const problems = [reason, ...pageErrors.map((m) => `page error: ${m}`)];
        await close();
        return { id, ms: Date.now() - started, problems };
      }
    },
  };
}

const storyUrl = (id) => `${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`;

// Vitest's messages carry terminal colours; the log is read as plain text.
// eslint-disable-next-line no-control-regex -- ESC is what starts a colour code
const plain = (text) => String(text).replace(/\u001b\[[0-9;]*m/g, '');

function problemsIn(events) {
  const problems = [];
  for (const { name, payload } of events) {
    if (name === 'playFunctionThrewException' || name === 'storyThrewException') problems.push(`${name}: ${plain(payload?.message ?? JSON.stringify(payload))}`);
    else if (name === 'storyErrored') problems.push(`storyErrored: ${payload?.title ?? ''} ${payload?.description ?? ''}`.trim());
    else if (name === 'storyMissing') problems.push('storyMissing');
    else if (name === 'unhandledErrorsWhilePlaying') problems.push(`unhandled errors while playing: ${(payload ?? []).map((e) => plain(e?.message)).join('; ')}`);
    else if (name === 'storyFinished') {
      for (const report of payload?.reporters ?? []) {
        if (report.status !== 'failed') continue;
        const violations = report.result?.violations?.map((v) => `${v.id} (${v.nodes?.map((n) => n.target?.join(' ')).join(', ')})`);
        problems.push(`${report.type} report failed${violations?.length ? `: ${violations.join('; ')}` : ''}`);
      }
      if (payload?.status === 'error' && problems.length === 0) problems.push('storyFinished with status "error"');
    }
  }
  return problems;
}

/* ---------------------------------------------------------------------------------------------
 * Run
 * -------------------------------------------------------------------------------------------*/

const started = Date.now();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true });
// Stories are checked at rest, as in vitest.config.ts: with motion, axe could judge a chart
// half-way through a glide.
const context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
await context.addInitScript(listenToPreview);

const queue = [...stories];
const results = [];
await Promise.all(
  Array.from({ length: Math.min(CONCURRENCY, queue.length) }, async () => {
    const runner = createRunner(context);
    for (let id = queue.shift(); id; id = queue.shift()) {
      let result = await runner.run(id);
      if (result.problems.length) {
        // Once more on a fresh page (the runner dropped the failed one): a story that fails
        // twice is broken; one that passes alone is reported as flaky and fails nothing.
        const retry = await runner.run(id);
        result = retry.problems.length ? result : { ...retry, flaky: result.problems };
      }
      results.push(result);
      const mark = result.problems.length ? '✗' : result.flaky ? '~' : '✓';
      console.log(`${mark} ${id} (${(result.ms / 1000).toFixed(1)} s)${result.flaky ? ' flaky: failed once, passed on a fresh page' : ''}`);
      for (const problem of result.problems.length ? result.problems : result.flaky ?? []) console.log(`    ${problem}`);
    }
    await runner.close();
  }),
);

await browser.close();
server.close();

const failed = results.filter((result) => result.problems.length);
const flaky = results.filter((result) => result.flaky);
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(
  `\nbuilt Storybook: ${results.length - failed.length} of ${results.length} stories passed in ${seconds} s` +
    (flaky.length ? `; flaky: ${flaky.map((r) => r.id).join(', ')}` : '') +
    (failed.length ? `; failed: ${failed.map((r) => r.id).join(', ')}` : ''),
);
process.exit(failed.length ? 1 : 0);

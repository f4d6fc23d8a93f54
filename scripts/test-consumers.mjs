// Proves rolekit from the outside, the way users install it: pack the library, install
// the tarball (not a path link) into copies of the small apps under examples/, build
// them and look at the result.
//
//   vite-react19  Vite + React 19 app: built, served, loaded in Chromium; clicks work
//   vite-react18  the same app against react@18 / react-dom@18
//   next          Next.js App Router, server-component page: next build, prerendered
//                 HTML holds the chart's role titles, hydration logs nothing
//   node          plain Node: require() and import(), renderToString of each component
//   typescript    strict consumer, moduleResolution bundler and nodenext
//   standalone    a plain HTML page with one <script src> of dist/rolekit.standalone.js (taken
//                 from the tarball), no build step, served statically: the elements render
//                 from src, inline JSON and a property; keys, events, attributes, removal
//   vue           Vite + Vue 3 app on rolekit/elements: :org bound as a property, a click on a
//                 node heard with @rolekit-select; built, served, loaded in Chromium
//   ssr-inline    a page a plain Node http server renders: <rolekit-org-chart> with inline JSON
//                 and the standalone script, drawn with no request for data; and the same
//                 chart from src + format="csv", the adapters loaded from beside the script
//
// Usage: node scripts/test-consumers.mjs [app …]   (default: all). Exits non-zero on any failure.
import { execFile as execFileCb, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const execFile = promisify(execFileCb);
const root = resolve(fileURLToPath(import.meta.url), '../..');
const examples = join(root, 'examples');
const work = mkdtempSync(join(tmpdir(), 'rolekit-consumers-'));
const keep = process.env.KEEP_CONSUMERS === '1';
const started = Date.now();
const seconds = (from) => `${((Date.now() - from) / 1000).toFixed(1)} s`;

/** Runs a command, failing with its output when it fails. */
async function run(cmd, args, options = {}) {
  try {
    return await execFile(cmd, args, { maxBuffer: 64 * 1024 * 1024, ...options, env: { ...process.env, ...options.env } });
  } catch (error) {
    const out = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} failed in ${options.cwd ?? root}:\n${out}`);
  }
}

/** Copies examples/<name> to a temp dir and installs the tarball plus `deps` into it. */
async function prepare(name, tarball, deps = [], as = name) {
  const dir = join(work, as);
  cpSync(join(examples, name), dir, { recursive: true, filter: (src) => !/node_modules|[/\\]dist$|\.next/.test(src) });
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', tarball, ...deps], { cwd: dir });
  return dir;
}

const assert = (ok, message) => {
  if (!ok) throw new Error(message);
};

/* ------------------------------------------------------------------ browser helpers */

let browserPromise;
async function browser() {
  browserPromise ??= (async () => {
    const { chromium } = await import('playwright');
    const executablePath = findChromium();
    assert(executablePath, 'no Chromium found (see scripts/ensure-chromium.mjs)');
    return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  })();
  return browserPromise;
}

/** Opens `url`, returning the page and every console warning/error and page error it logs. */
async function openPage(url) {
  const context = await (await browser()).newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  return { page, problems, close: () => context.close() };
}

const MIME = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

/** A tiny static server for a built single-page app, on 127.0.0.1 and a free port. */
async function serveStatic(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^([/\\])+/, '');
    let file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) file = join(dir, 'index.html');
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

async function freePort() {
  const server = createNetServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/* ------------------------------------------------------------------ the apps */

const ROLE_TITLES = ['Sales Director', 'Assistant Sales Director', 'Sales Manager, North Region', 'Sales Representative, Beijing'];

/** The Vite app, built against the given React, loaded and clicked in Chromium. */
async function viteApp(tarball, reactMajor) {
  const deps =
    reactMajor === 18
      ? ['react@18.3.1', 'react-dom@18.3.1']
      : ['react@19.3.1', 'react-dom@19.3.1'];
  const dir = await prepare('vite-app', tarball, deps, `vite-react${reactMajor}`);
  await run('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: dir });
  const server = await serveStatic(join(dir, 'dist'));
  const { page, problems, close } = await openPage(server.url);
  try {
    const version = await page.getByTestId('react-version').textContent();
    assert(version?.startsWith(`React ${reactMajor}.`), `expected React ${reactMajor}, page says "${version}"`);
    for (const title of ROLE_TITLES) {
      await page.getByRole('treeitem', { name: new RegExp(`^${escape(title)}`) }).first().waitFor({ state: 'visible', timeout: 10_000 });
    }
    await page.getByRole('heading', { level: 2, name: 'Assistant Sales Director' }).waitFor({ timeout: 10_000 });
    // Click a node: its RoleCard replaces the previous one.
    await page.getByRole('treeitem', { name: /^Sales Manager, North Region/ }).click();
    await page.getByRole('heading', { level: 2, name: 'Sales Manager, North Region' }).waitFor({ timeout: 10_000 });
    // The card's manager button opens the manager; the checklist ticks.
    await page.getByRole('button', { name: 'Sales Director', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Sales Director' }).waitFor({ timeout: 10_000 });
    const box = page.getByRole('checkbox').nth(1);
    await box.check();
    assert(await box.isChecked(), 'a duty checkbox ticks');
    assert(problems.length === 0, `console problems:\n${problems.join('\n')}`);
    return `React ${version.slice(6)}; chart, card, checklist, stepper; clicks work`;
  } finally {
    await close();
    await server.close();
  }
}

async function nextApp(tarball) {
  const dir = await prepare('next-app', tarball);
  const env = { NEXT_TELEMETRY_DISABLED: '1' };
  await run('npx', ['next', 'build'], { cwd: dir, env });
  // The page is static: its prerendered HTML is on disk after the build.
  const prerendered = readFileSync(join(dir, '.next/server/app/index.html'), 'utf8');
  for (const title of ROLE_TITLES) assert(prerendered.includes(title), `prerendered HTML lacks "${title}"`);
  assert(prerendered.includes('role="tree"'), 'prerendered HTML has the tree');

  const port = await freePort();
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { cwd: dir, env: { ...process.env, ...env }, stdio: 'pipe', detached: true });
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  try {
    const url = `http://127.0.0.1:${port}/`;
    let html = '';
    for (let i = 0; i < 60 && !html; i++) {
      try {
        const response = await fetch(url);
        if (response.ok) html = await response.text();
      } catch {
        await new Promise((ok) => setTimeout(ok, 500));
      }
    }
    assert(html, `next start did not answer:\n${log}`);
    for (const title of ROLE_TITLES) assert(html.includes(title), `served HTML lacks "${title}"`);
    const { page, problems, close } = await openPage(url);
    try {
      // Hydrated: the tree answers a click (selection is client state).
      const node = page.getByRole('treeitem', { name: /^Sales Manager, North Region/ });
      await node.click();
      await page.waitForFunction(() => document.querySelector('[role="treeitem"][aria-selected="true"]') !== null, null, { timeout: 10_000 });
      await page.waitForTimeout(300);
      assert(problems.length === 0, `hydration logged:\n${problems.join('\n')}`);
    } finally {
      await close();
    }
    return 'next build ok; prerendered and served HTML hold the role titles; hydration silent';
  } finally {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

async function nodeApp(tarball) {
  const dir = await prepare('node-ssr', tarball);
  const cjs = await run('node', ['check.cjs'], { cwd: dir });
  const esm = await run('node', ['check.mjs'], { cwd: dir });
  return `${cjs.stdout.trim()}; ${esm.stdout.trim()}`;
}

async function typescriptApp(tarball) {
  const dir = await prepare('ts-consumer', tarball);
  await run('npx', ['tsc', '-p', 'tsconfig.bundler.json'], { cwd: dir });
  await run('npx', ['tsc', '-p', 'tsconfig.nodenext.json'], { cwd: dir });
  return 'strict tsc: moduleResolution bundler and nodenext';
}

/** examples/standalone/index.html with the tarball's standalone file beside it, in Chromium. */
async function standaloneApp(tarball) {
  const dir = join(work, 'standalone');
  cpSync(join(examples, 'standalone'), dir, { recursive: true });
  // The on-demand chunks too: taken from the tarball, so a file "files" leaves out fails here.
  const chunks = ['export', 'mergeLoaded'].map((name) => `package/dist/rolekit.standalone.${name}.js`);
  await run('tar', ['-xzf', tarball, '-C', dir, '--strip-components=2', 'package/dist/rolekit.standalone.js', ...chunks]);
  const server = await serveStatic(dir);
  const { page, problems, close } = await openPage(server.url);
  const requests = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  try {
    // Playwright's locators pierce open shadow roots.
    const chart = page.locator('#chart');
    const director = chart.getByRole('treeitem', { name: /^Sales Director/ });
    await director.waitFor({ timeout: 10_000 });
    await page.locator('#card').getByRole('heading', { name: 'Support Manager' }).waitFor({ timeout: 10_000 });
    const box = page.locator('#checklist').getByRole('checkbox', { name: /Answer tickets/ });
    await box.waitFor({ timeout: 10_000 });

    // Keyboard in the tree, and rolekit-select reaching the page's listener.
    await director.focus();
    await page.keyboard.press('End');
    const focused = () => page.evaluate(() => document.querySelector('#chart').shadowRoot.activeElement?.getAttribute('data-role-id') ?? null);
    const last = await focused();
    assert(last && last !== 'sales-director', `End moves focus in the tree (focus on ${last})`);
    await page.keyboard.press('Enter');
    await page.getByText(`Selected: ${last}`).waitFor({ timeout: 10_000 });

    // Ticking sends rolekit-checked-change with the ids.
    const checked = page.evaluate(() => new Promise((ok) => document.addEventListener('rolekit-checked-change', (e) => ok(e.detail.ids), { once: true })));
    await box.check();
    const ids = await checked;
    assert(Array.isArray(ids) && ids.includes('answer'), `rolekit-checked-change detail: ${JSON.stringify(ids)}`);

    // An attribute change re-renders the same tree (the focused node stays).
    await page.evaluate(() => document.querySelector('#chart').setAttribute('orientation', 'left-to-right'));
    await chart.locator('[data-orientation="left-to-right"]').waitFor({ timeout: 10_000 });

    // Export is on demand: the standalone file loads its chunk from beside itself with
    // import() (an IIFE cannot split), and the chunk draws with no React of its own.
    assert(!requests.includes('/rolekit.standalone.export.js'), 'the export chunk is not loaded before an export');
    const svg = await page.evaluate(() => document.querySelector('#chart').toSVG());
    assert(svg.startsWith('<svg') && svg.includes('Sales Director'), `toSVG() from the standalone file: ${svg.slice(0, 80)}`);
    assert(requests.includes('/rolekit.standalone.export.js'), `toSVG() loads rolekit.standalone.export.js beside the script (requests: ${requests.join(', ')})`);

    // Removing the element unmounts it.
    const left = await page.evaluate(async () => {
      const el = document.querySelector('#chart');
      el.remove();
      await new Promise((ok) => setTimeout(ok, 0));
      return el.shadowRoot.childElementCount;
    });
    assert(left === 0, `a removed chart leaves ${left} elements in its shadow root`);
    assert(problems.length === 0, `console problems:\n${problems.join('\n')}`);
    return 'one <script src>, no build: src, inline JSON and property; keys, events, attributes, removal; toSVG() loads rolekit.standalone.export.js beside it; console silent';
  } finally {
    await close();
    await server.close();
  }
}

/** examples/vue: Vue binds the org as a DOM property and hears the element's event. */
async function vueApp(tarball) {
  const dir = await prepare('vue', tarball, ['vue@3.5.46', '@vitejs/plugin-vue@6.0.11', 'vite@8.3.8', 'react@19.3.1', 'react-dom@19.3.1']);
  await run('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: dir });
  const server = await serveStatic(join(dir, 'dist'));
  const { page, problems, close } = await openPage(server.url);
  try {
    const version = await page.getByTestId('vue-version').textContent();
    assert(version?.startsWith('Vue 3.'), `expected Vue 3, page says "${version}"`);
    // Drawn from the property: bound as an attribute, the org would be "[object Object]".
    const chart = page.locator('#chart');
    const node = chart.getByRole('treeitem', { name: /^Sales Manager, North Region/ });
    await node.waitFor({ timeout: 15_000 });
    const isProperty = await page.evaluate(() => typeof document.querySelector('#chart').org === 'object' && !document.querySelector('#chart').hasAttribute('org'));
    assert(isProperty, ':org is set as a property, not an attribute');
    await node.click();
    const roleId = 'sales-manager-north';
    await page.getByTestId('selected').getByText(`Selected: ${roleId}`).waitFor({ timeout: 10_000 });
    // Vue re-renders on the event: the card for the chosen role appears.
    await page.locator('#card').getByRole('heading', { level: 2, name: 'Sales Manager, North Region' }).waitFor({ timeout: 10_000 });
    assert(problems.length === 0, `console problems:\n${problems.join('\n')}`);
    return `${version}; :org as a property; a click heard with @rolekit-select, the card follows`;
  } finally {
    await close();
    await server.close();
  }
}

/** examples/ssr-inline/server.mjs, started on a free port: the page as a server writes it. */
async function ssrInlineApp(tarball) {
  const dir = await prepare('ssr-inline', tarball);
  const port = await freePort();
  const server = spawn('node', ['server.mjs'], { cwd: dir, env: { ...process.env, PORT: String(port) }, stdio: 'pipe' });
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  try {
    const url = `http://127.0.0.1:${port}/`;
    for (let i = 0; i < 40 && !log.includes('listening'); i++) await new Promise((ok) => setTimeout(ok, 250));
    assert(log.includes('listening'), `server.mjs did not start:\n${log}`);
    const html = await (await fetch(url)).text();
    assert(html.includes('<script type="application/json">') && html.includes('Sales Director'), 'the served HTML holds the org as inline JSON');

    const requests = [];
    const context = await (await browser()).newContext({ viewport: { width: 1280, height: 900 } });
    context.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`console.${m.type()}: ${m.text()}`));
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    try {
      await page.goto(url, { waitUntil: 'networkidle' });
      const chart = page.locator('#chart');
      for (const title of ROLE_TITLES) await chart.getByRole('treeitem', { name: new RegExp(`^${escape(title)}`) }).first().waitFor({ timeout: 15_000 });
      await chart.getByRole('treeitem', { name: /^Sales Manager, North Region/ }).click();
      await page.getByText('Selected: sales-manager-north').waitFor({ timeout: 10_000 });
      await page.waitForTimeout(300);
      assert(JSON.stringify(requests) === JSON.stringify(['/', '/rolekit.standalone.js']), `inline JSON needs no second request; the page made: ${requests.join(', ')}`);

      // The same chart from an HR export: the adapters arrive on demand, from beside the script.
      requests.length = 0;
      await page.goto(`${url}csv`, { waitUntil: 'networkidle' });
      await chart.getByRole('treeitem', { name: /^Sales Manager, North Region/ }).first().waitFor({ timeout: 15_000 });
      for (const path of ['/people.csv', '/rolekit.import.js']) assert(requests.includes(path), `format="csv" requested ${path} (requests: ${requests.join(', ')})`);
      assert(problems.length === 0, `console problems:\n${problems.join('\n')}`);
      return 'server-rendered inline JSON drawn with no data request (/, /rolekit.standalone.js only); src + format="csv" loads rolekit.import.js beside the script';
    } finally {
      await context.close();
    }
  } finally {
    server.kill('SIGTERM');
  }
}

const APPS = {
  'vite-react19': (t) => viteApp(t, 19),
  'vite-react18': (t) => viteApp(t, 18),
  next: nextApp,
  node: nodeApp,
  typescript: typescriptApp,
  standalone: standaloneApp,
  vue: vueApp,
  'ssr-inline': ssrInlineApp,
};

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/* ------------------------------------------------------------------ main */

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(APPS);
for (const name of wanted) if (!APPS[name]) throw new Error(`unknown app "${name}"; known: ${Object.keys(APPS).join(', ')}`);

// npm pack builds first (the `prepare` script), so the tarball is never of a stale dist/;
// the build's output comes first, the tarball's name last.
const { stdout: packed } = await run('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root });
const tarball = join(work, packed.trim().split('\n').pop());
console.log(`== packed ${tarball}`);

// Two at a time: installs wait on the network and builds on the CPU, so a pair overlaps well on 2 cores.
const results = [];
// The Next.js build is the longest: start it first, so the others run beside it.
const queue = [...wanted].sort((a, b) => (b === 'next') - (a === 'next'));
async function worker() {
  for (let name = queue.shift(); name; name = queue.shift()) {
    const from = Date.now();
    try {
      const detail = await APPS[name](tarball);
      results.push({ name, ok: true, detail, time: seconds(from) });
      console.log(`PASS ${name} (${seconds(from)}): ${detail}`);
    } catch (error) {
      results.push({ name, ok: false, detail: error.message, time: seconds(from) });
      console.log(`FAIL ${name} (${seconds(from)}): ${error.message}`);
    }
  }
}
await Promise.all([worker(), worker()]);
if (browserPromise) await (await browserPromise).close();
if (!keep) rmSync(work, { recursive: true, force: true });
else console.log(`kept ${work}`);

const failed = results.filter((r) => !r.ok);
console.log(`== consumers: ${results.length - failed.length} passed, ${failed.length} failed in ${seconds(started)}`);
process.exit(failed.length ? 1 : 0);

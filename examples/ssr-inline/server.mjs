// A server-rendered portal page, as a Java/.NET/PHP back end writes one, in plain Node:
// the org goes into the HTML as inline JSON, so the element draws it with no second request;
// the one script is rolekit's standalone file, served from the installed package.
//
//   GET /                       the chart, its org inline
//   GET /csv                    the chart from src="/people.csv" format="csv" (the adapters load
//                               on demand, as rolekit.import.js beside the standalone file)
//   GET /people.csv             the org as an HR export (toCSV)
//   GET /rolekit.standalone.js, /rolekit.import.js   from node_modules/rolekit/dist
//
// PORT=8080 node server.mjs
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { salesOrg } from 'rolekit/examples';
import { toCSV } from 'rolekit/import';

const dist = join(dirname(createRequire(import.meta.url).resolve('rolekit/package.json')), 'dist');

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
// Inside <script>, "</script>" in a title would end the element: JSON's \u003c is the same "<".
const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const page = (title, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(title)}</title>
    <link rel="icon" href="data:," />
    <script src="/rolekit.standalone.js" defer></script>
  </head>
  <body>
    <main>
      <h1>${escapeHtml(title)}</h1>
      <p id="selected">No role selected.</p>
      ${body}
    </main>
    <script>
      document.addEventListener('rolekit-select', (event) => {
        document.getElementById('selected').textContent = 'Selected: ' + event.detail.roleId;
      });
    </script>
  </body>
</html>
`;

const routes = {
  '/': () => [
    'text/html',
    page(salesOrg.name, `<rolekit-org-chart id="chart" height="420" expand-depth="3"><script type="application/json">${inlineJson(salesOrg)}</script></rolekit-org-chart>`),
  ],
  '/csv': () => ['text/html', page(`${salesOrg.name} (CSV)`, '<rolekit-org-chart id="chart" height="420" expand-depth="3" src="/people.csv" format="csv"></rolekit-org-chart>')],
  '/people.csv': () => ['text/csv; charset=utf-8', toCSV(salesOrg)],
  '/rolekit.standalone.js': () => ['text/javascript', readFileSync(join(dist, 'rolekit.standalone.js'))],
  '/rolekit.import.js': () => ['text/javascript', readFileSync(join(dist, 'rolekit.import.js'))],
};

const server = createServer((req, res) => {
  const route = routes[new URL(req.url, 'http://x').pathname];
  if (!route) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const [type, body] = route();
  res.writeHead(200, { 'content-type': type }).end(body);
});

server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => {
  console.log(`listening on http://127.0.0.1:${server.address().port}/`);
});

// A second origin for browser tests: course-site pages that embed Lobule from the app's own server
// (another port, so another origin), and the built app served under a deep sub-path.
// Usage: node tests/e2e/support/host-server.mjs PORT APP_ORIGIN

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const port = Number(process.argv[2]);
const appOrigin = process.argv[3];
const dist = resolve('dist');
const SUB_PATH = '/courses/bio101/lobule/';
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };

/** A course page: the app in a frame (its query and sandbox from ours), every message it sends logged. */
function hostPage(query) {
  const appQuery = query.get('app') ?? 'mode=embed';
  const sandbox = query.get('sandbox');
  const width = Number(query.get('width') ?? 480);
  const height = Number(query.get('height') ?? 360);
  const sibling = query.get('sibling') === '1';
  // An icon of its own: the browser's request for /favicon.ico would be a 404, a console error the
  // tests that count errors would see whenever it lands before they end.
  return `<!doctype html><html><head><meta charset="utf-8"><title>Course page</title><link rel="icon" href="data:,"></head>
<body style="margin:0;font:16px sans-serif">
<h1>Bio 101: involution</h1>
<iframe id="app" src="${appOrigin}/?${appQuery}" width="${width}" height="${height}" allow="fullscreen"
  ${sandbox === null ? '' : `sandbox="${sandbox}"`} style="border:0;display:block"></iframe>
${sibling ? `<iframe id="sibling" src="/sibling" width="100" height="60"></iframe>` : ''}
<div style="height:3000px">Course text below the embed.</div>
<script>
  window.received = [];
  window.addEventListener('message', (event) => {
    if (event.source !== document.getElementById('app').contentWindow) return;
    window.received.push({ origin: event.origin, data: event.data });
  });
  window.sendToApp = (message) => document.getElementById('app').contentWindow.postMessage(message, '*');
</script></body></html>`;
}

/** A frame beside the app, in the same page, that tries to drive it. */
const siblingPage = `<!doctype html><html><head><link rel="icon" href="data:,"></head><body><script>
  window.attack = (message) => parent.frames[0].postMessage(message, '*');
</script></body></html>`;

function serveFile(response, path) {
  response.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
  createReadStream(path).pipe(response);
}

createServer((request, response) => {
  const url = new URL(request.url, `http://127.0.0.1:${port}`);
  if (url.pathname === '/host') {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end(hostPage(url.searchParams));
    return;
  }
  if (url.pathname === '/sibling') {
    response.writeHead(200, { 'Content-Type': 'text/html' });
    response.end(siblingPage);
    return;
  }
  if (url.pathname.startsWith(SUB_PATH)) {
    const relative = normalize(decodeURIComponent(url.pathname.slice(SUB_PATH.length)) || 'index.html');
    const path = join(dist, relative);
    if (path.startsWith(dist) && existsSync(path) && statSync(path).isFile()) return serveFile(response, path);
  }
  response.writeHead(404, { 'Content-Type': 'text/plain' });
  response.end('not found');
}).listen(port, '127.0.0.1');

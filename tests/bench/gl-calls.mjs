// WebGL calls per frame while playing, by name: the app (`vite preview` of dist/, day 10 with the
// cut-away, as the bench) and the bare three.js page with the same draw calls and triangles. A count,
// not a time: it tells whether the app's frame makes more calls than it needs, apart from how long
// a loaded machine makes each one wait. Every method of WebGL2RenderingContext is wrapped before the
// page loads, so the page's times here are not its times in the bench. Not a test.
// `[SECS=10] node tests/bench/gl-calls.mjs`; BENCH_PORT (default 4290) and BENCH_PORT+1 are used.

import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer, preview } from 'vite';

const PORT = Number(process.env.BENCH_PORT ?? 4290);
const SECONDS = Number(process.env.SECS ?? 10);
if (!existsSync('dist/index.html')) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
const app = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' });
const bare = await createServer({ server: { port: PORT + 1, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' });
await bare.listen();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run'],
});

/** Counts every WebGL2 call by name into `window.glCalls`. */
function countCalls() {
  const counts = {};
  window.glCalls = counts;
  const proto = WebGL2RenderingContext.prototype;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const method = Object.getOwnPropertyDescriptor(proto, name)?.value;
    if (typeof method !== 'function' || name === 'constructor') continue;
    proto[name] = function counted(...args) {
      counts[name] = (counts[name] ?? 0) + 1;
      return method.apply(this, args);
    };
  }
}

const snapshot = (page) => page.evaluate(() => ({ calls: { ...window.glCalls }, frames: window.lobuleFrameLog?.count ?? 0 }));
/** Calls per frame over SECONDS, by name, most first. */
async function callsPerFrame(page) {
  const before = await snapshot(page);
  await page.waitForTimeout(SECONDS * 1000);
  const after = await snapshot(page);
  const frames = after.frames - before.frames;
  const rows = Object.entries(after.calls)
    .map(([name, n]) => [name, (n - (before.calls[name] ?? 0)) / frames])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  return { frames, total: rows.reduce((sum, [, n]) => sum + n, 0), rows };
}
const print = (label, r) => console.log(`${label}: ${r.total.toFixed(0)} WebGL calls a frame (${r.frames} frames)\n${r.rows.map(([name, n]) => `  ${n.toFixed(1).padStart(6)}  ${name}`).join('\n')}`);

try {
  const context = await browser.newContext({ viewport: { width: 960, height: 540 } });
  await context.addInitScript(countCalls);
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/?aa=0&profiler=1&day=10&cutaway=1`);
  await page.waitForFunction(() => window.lobuleStore?.getState().runStatus === 'ready', undefined, { timeout: 120_000 });
  await page.addStyleTag({ content: '.title-card { display: none !important; }' });
  await page.evaluate(() => { const s = window.lobuleStore.getState(); s.setSpeed(1); s.setDay(10); s.play(); });
  await page.waitForTimeout(3000);
  const appCalls = await callsPerFrame(page);
  const calls = Number(await page.locator('[data-profiler]').getAttribute('data-calls'));
  const triangles = Number(await page.locator('[data-profiler]').getAttribute('data-triangles'));
  await page.close();
  const barePage = await context.newPage();
  await barePage.goto(`http://127.0.0.1:${PORT + 1}/tests/bench/bare-three.html?aa=0&calls=${calls}&triangles=${triangles}`);
  await barePage.waitForFunction(() => (window.lobuleFrameLog?.count ?? 0) > 10, undefined, { timeout: 120_000 });
  const bareCalls = await callsPerFrame(barePage);
  print(`the app, playing from day 10 (${calls} draw calls, ${triangles} triangles)`, appCalls);
  print('the bare three.js page, same draw calls and triangles', bareCalls);
} finally {
  await browser.close();
  await bare.close();
  await new Promise((resolve) => app.httpServer.close(resolve));
}

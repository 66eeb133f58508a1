// Where the machine's CPU goes while the app plays, thread by thread, against the bare three.js page:
// each Chromium thread's time on a core and time waiting for one, per frame, from the kernel's
// scheduler counts (/proc/<pid>/task/<tid>/schedstat; Linux only). A tool for reading the JavaScript
// per frame figure, not a test: on a machine whose software WebGL fills the cores, the page's main
// thread waits to run, and its JavaScript's wall time grows with the wait.
// `[DIST=dist] [SECONDS=15] [BENCH_PORT=4292] node tests/bench/thread-times.mjs`

import { chromium } from 'playwright-core';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer, preview } from 'vite';

const PORT = Number(process.env.BENCH_PORT ?? 4292);
const SECONDS = Number(process.env.SECONDS ?? 15);
const app = await preview({ build: { outDir: process.env.DIST ?? 'dist' }, preview: { port: PORT, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' });
const bare = await createServer({ server: { port: PORT + 1, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' });
await bare.listen();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run'],
});

/** Every Chromium thread's scheduler counts (ns on a core, ns waiting), keyed by pid/tid. */
function chromiumThreads() {
  const threads = new Map();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let command = '';
    try { command = readFileSync(`/proc/${pid}/cmdline`, 'utf8'); } catch { continue; }
    if (!/chrom/.test(command)) continue;
    const type = command.match(/--type=([a-z-]+)/)?.[1] ?? 'browser';
    let tids = [];
    try { tids = readdirSync(`/proc/${pid}/task`); } catch { continue; }
    for (const tid of tids) {
      try {
        const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
        const [onCpu, waiting] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').trim().split(' ').map(Number);
        threads.set(`${pid}/${tid}`, { name: `${type}: ${name}`, onCpu, waiting });
      } catch { /* the thread ended */ }
    }
  }
  return threads;
}

async function measure(page, label) {
  const frames = () => page.evaluate(() => window.lobuleFrameLog.count);
  const before = chromiumThreads();
  const firstFrame = await frames();
  await page.waitForTimeout(SECONDS * 1000);
  const after = chromiumThreads();
  const count = (await frames()) - firstFrame;
  const byName = new Map();
  for (const [id, t] of after) {
    const b = before.get(id);
    if (!b) continue;
    const sum = byName.get(t.name) ?? { onCpu: 0, waiting: 0 };
    sum.onCpu += t.onCpu - b.onCpu;
    sum.waiting += t.waiting - b.waiting;
    byName.set(t.name, sum);
  }
  console.log(`${label}: ${count} frames in ${SECONDS} s; ms per frame on a core / waiting for one:`);
  const rows = [...byName].filter(([, s]) => s.onCpu / 1e6 / count >= 0.2).sort((a, b) => b[1].onCpu - a[1].onCpu).slice(0, 8);
  for (const [name, s] of rows) console.log(`  ${(s.onCpu / 1e6 / count).toFixed(2).padStart(7)} ${(s.waiting / 1e6 / count).toFixed(2).padStart(7)}  ${name}`);
}

try {
  const appContext = await browser.newContext({ viewport: { width: 960, height: 540 } });
  const appPage = await appContext.newPage();
  await appPage.goto(`http://127.0.0.1:${PORT}/?aa=0&profiler=1&day=2&cutaway=1`);
  await appPage.waitForFunction(() => window.lobuleStore?.getState().runStatus === 'ready', undefined, { timeout: 120_000 });
  // As browser-bench.mjs plays it: the title card hidden, one day a second.
  await appPage.addStyleTag({ content: '.title-card { display: none !important; }' });
  await appPage.evaluate(() => { const s = window.lobuleStore.getState(); s.setSpeed(1); s.play(); });
  await appPage.waitForTimeout(8000);
  await measure(appPage, 'app');
  await appContext.close();
  const bareContext = await browser.newContext({ viewport: { width: 960, height: 540 } });
  const barePage = await bareContext.newPage();
  await barePage.goto(`http://127.0.0.1:${PORT + 1}/tests/bench/bare-three.html?aa=0&calls=14&triangles=175000&programs=14&lit=app`);
  await barePage.waitForTimeout(8000);
  await measure(barePage, 'bare three.js page');
  await bareContext.close();
} finally {
  await browser.close();
  await new Promise((resolve) => app.httpServer.close(resolve));
  await bare.close();
}

// Where the main thread's time and garbage go while playing: plays the built app (`vite preview` of
// dist/) at `?aa=0&profiler=1`, records a CPU profile and a sampled allocation profile over a few
// seconds through the Chrome DevTools Protocol, and prints the top self-time functions and the top
// allocation sites. A tool for finding what to cut, not a test. BENCH_PORT (default 4290) is used.
// `[WARMUP=s] [TOP=n] [SKIP=regex] node tests/bench/frame-profile.mjs [seconds] [extra query]`; `BARE=1` profiles the bare three.js page
// (tests/bench/bare-three.html, served by Vite on BENCH_PORT + 1) instead, for comparison.

import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createServer, preview } from 'vite';

const PORT = Number(process.env.BENCH_PORT ?? 4290);
const SECONDS = Number(process.argv[2] ?? 6);
const EXTRA = process.argv[3] ?? '';
const TOP = Number(process.env.TOP ?? 25);
// SKIP=regex leaves allocation sites whose script matches out of the lists (e.g. SKIP=three for the app's own).
const SKIP = process.env.SKIP ? new RegExp(process.env.SKIP) : null;

if (!existsSync('dist/index.html')) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
const BARE = process.env.BARE === '1';
// DIST=folder profiles another build, e.g. one made with `vite build --minify false`, for readable names.
const app = await preview({ build: { outDir: process.env.DIST ?? 'dist' }, preview: { port: PORT, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' });
const bare = BARE ? await createServer({ server: { port: PORT + 1, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' }) : null;
await bare?.listen();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run'],
});

const where = (f) => `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;

try {
  const context = await browser.newContext({ viewport: { width: 960, height: 540 } });
  const page = await context.newPage();
  if (BARE) {
    await page.goto(`http://127.0.0.1:${PORT + 1}/tests/bench/bare-three.html?aa=0&calls=14&triangles=175000${EXTRA ? `&${EXTRA}` : ''}`);
    await page.waitForFunction(() => (window.lobuleFrameLog?.count ?? 0) > 30, undefined, { timeout: 120_000 });
  } else {
    await page.goto(`http://127.0.0.1:${PORT}/?aa=0&profiler=1&day=2&cutaway=1${EXTRA ? `&${EXTRA}` : ''}`);
    await page.waitForFunction(() => window.lobuleStore?.getState().runStatus === 'ready', undefined, { timeout: 120_000 });
    // Without the title card, as in browser-bench.mjs: the lobule at full size, not shrunk beside it.
    await page.addStyleTag({ content: '.title-card { display: none !important; }' });
    await page.evaluate(() => { const s = window.lobuleStore.getState(); s.setSpeed(1); s.play(); });
  }
  // WARMUP seconds of play first (default 2): after about 40 s V8 has optimised the per-frame code,
  // which is when garbage per frame is worth reading.
  await page.waitForTimeout(Number(process.env.WARMUP ?? 2) * 1000);
  const cdp = await context.newCDPSession(page);
  const count = () => page.evaluate(() => window.lobuleFrameLog?.count ?? 0);

  // CPU: self time per function.
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  let from = await count();
  await cdp.send('Profiler.start');
  await page.waitForTimeout(SECONDS * 1000);
  const { profile } = await cdp.send('Profiler.stop');
  const cpuFrames = (await count()) - from;
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas;
  for (let k = 0; k < profile.samples.length; k++) {
    const node = byId.get(profile.samples[k]);
    const key = where(node.callFrame);
    self.set(key, (self.get(key) ?? 0) + (dt[k] ?? 0) / 1000);
  }
  const total = [...self.entries()].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).reduce((s, [, v]) => s + v, 0);
  console.log(`\nCPU self time over ${cpuFrames} frames (${(total / cpuFrames).toFixed(2)} ms JS/frame, idle and (program) left out):`);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${(v / cpuFrames).toFixed(3).padStart(8)} ms  ${k}`);

  // Inclusive time of each function (counted once per stack), to see which layer the time is in.
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  for (let k = 0; k < profile.samples.length; k++) {
    const seen = new Set();
    for (let id = profile.samples[k]; id !== undefined; id = parent.get(id)) {
      const f = byId.get(id).callFrame;
      const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + (dt[k] ?? 0) / 1000);
    }
  }
  console.log('\nInclusive time per frame:');
  const layers = [...inclusive.entries()].filter(([name]) => !name.startsWith('(root)') && !name.startsWith('(idle)') && !name.startsWith('(program)'));
  for (const [name, v] of layers.sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${(v / cpuFrames).toFixed(3).padStart(8)} ms  ${name}`);

  // Allocations: bytes per frame by allocating function (self) and by call stack (top 3 frames).
  await cdp.send('HeapProfiler.enable');
  from = await count();
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 128, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  await page.waitForTimeout(SECONDS * 1000);
  const { profile: heap } = await cdp.send('HeapProfiler.stopSampling');
  const heapFrames = (await count()) - from;
  const nodeSelf = new Map();
  const stacks = new Map();
  const walk = (node, path) => {
    const here = [...path, where(node.callFrame)];
    if (node.selfSize > 0 && !(SKIP && SKIP.test(node.callFrame.url))) {
      nodeSelf.set(here.at(-1), (nodeSelf.get(here.at(-1)) ?? 0) + node.selfSize);
      const key = here.slice(-4).reverse().join('  ←  ');
      stacks.set(key, (stacks.get(key) ?? 0) + node.selfSize);
    }
    for (const c of node.children) walk(c, here);
  };
  walk(heap.head, []);
  const sampled = heap.samples.reduce((s, x) => s + x.size, 0);
  console.log(`\nAllocations over ${heapFrames} frames: ${(sampled / heapFrames / 1024).toFixed(2)} KB/frame (sampled)`);
  for (const [k, v] of [...nodeSelf.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${(v / heapFrames / 1024).toFixed(2).padStart(8)} KB  ${k}`);
  const byScript = new Map();
  const tally = (node) => {
    const script = node.callFrame.url.replace(/^.*\//, '').replace(/[-.][\w-]{8}\.js.*$|\?.*$/, '') || '(engine)';
    byScript.set(script, (byScript.get(script) ?? 0) + node.selfSize);
    node.children.forEach(tally);
  };
  tally(heap.head);
  console.log('\nBy script:');
  for (const [k, v] of [...byScript.entries()].sort((a, b) => b[1] - a[1])) console.log(`${(v / heapFrames / 1024).toFixed(2).padStart(8)} KB  ${k}`);
  console.log('\nBy stack (allocator ← callers):');
  for (const [k, v] of [...stacks.entries()].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${(v / heapFrames / 1024).toFixed(2).padStart(8)} KB  ${k}`);
} finally {
  await browser.close();
  await bare?.close();
  await new Promise((resolve) => app.httpServer.close(resolve));
}

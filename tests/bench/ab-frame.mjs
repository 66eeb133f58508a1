// Two builds, the same machine: plays each (`vite preview` of its folder) at day 10 with the
// cut-away, taking turns, and prints the median main-thread JavaScript per frame, three.js's render
// within it and the frame time. For telling a change's cost from the machine's mood, which moves
// `npm run bench`'s figures between days far more than most changes do. Not a test.
// `[ROUNDS=2] [SECS=15] node tests/bench/ab-frame.mjs BUILD_A BUILD_B` (e.g. a build of the previous
// commit made with `npx vite build --outDir /tmp/dist-before`, and dist). Ports 4310 and up.
import { chromium } from 'playwright-core';
import { preview } from 'vite';
const dirs = process.argv.slice(2);
const servers = await Promise.all(dirs.map((d, k) => preview({ build: { outDir: d }, preview: { port: 4310 + k, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' })));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
const median = (values) => { const s = [...values].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
try {
  for (let round = 0; round < Number(process.env.ROUNDS ?? 2); round++) {
    for (const [k, d] of dirs.entries()) {
      const context = await browser.newContext({ viewport: { width: 960, height: 540 } });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${4310 + k}/?aa=0&profiler=1&day=10&cutaway=1`);
      await page.waitForFunction(() => window.lobuleStore?.getState().runStatus === 'ready', undefined, { timeout: 120_000 });
      // Without the title card, as in browser-bench.mjs: the lobule at full size.
      await page.addStyleTag({ content: '.title-card { display: none !important; }' });
      await page.evaluate(() => { const s = window.lobuleStore.getState(); s.setSpeed(1); s.setDay(10); s.play(); });
      await page.waitForTimeout(3000);
      const from = await page.evaluate(() => window.lobuleFrameLog.count);
      await page.waitForTimeout(Number(process.env.SECS ?? 15) * 1000);
      const r = await page.evaluate((first) => { const l = window.lobuleFrameLog; const js = [], render = [], frame = []; for (let i = first; i < l.count; i++) { js.push(l.jsMs[i % 2048]); render.push(l.renderMs[i % 2048]); frame.push(l.frameMs[i % 2048]); } return { js, render, frame }; }, from);
      console.log(`${d}: frames ${r.js.length} js ${median(r.js).toFixed(2)} render ${median(r.render).toFixed(2)} frame ${median(r.frame).toFixed(0)}`);
      await context.close();
    }
  }
} finally { await browser.close(); await Promise.all(servers.map((s) => new Promise((r) => s.httpServer.close(r)))); }

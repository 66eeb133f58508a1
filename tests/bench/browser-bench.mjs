// `npm run bench` (second half): the app in headless Chromium (software WebGL, like the tests), one
// run, printing: cold time to first picture, flip-to-picture time, main-thread JS per frame while
// playing, garbage per frame, and the frame ratio against a bare three.js page with the same draw
// calls and triangles. Figures only, never assertions: these machines are shared and noisy.
// Builds dist/ if it is missing. BENCH_PORT (default 4290) and BENCH_PORT+1 are used.

import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { createServer, preview } from 'vite';

const PORT = Number(process.env.BENCH_PORT ?? 4290);
const VIEWPORT = { width: 960, height: 540 };
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const quantile = (values, q) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * q))] ?? NaN;
const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

if (!existsSync('dist/index.html')) spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
const app = await preview({ preview: { port: PORT, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' });
const bare = await createServer({ server: { port: PORT + 1, host: '127.0.0.1', strictPort: true }, logLevel: 'silent' });
await bare.listen();
const launch = () => chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const browser = await launch();
// The bare page runs in a browser of its own: a second tab in the same browser would sit behind the
// app's (throttled) or in front of it, and either slows the other.
const bareBrowser = await launch();

const appUrl = (query, profiler = true) => `http://127.0.0.1:${PORT}/?aa=0${profiler ? '&profiler=1' : ''}&${query}`;
const drawnVersion = (page) => page.evaluate(() => document.querySelector('[data-testid=scene]')?.dataset.drawnVersion ?? null);

/** Frames logged since `from`: JS ms, of which inside three's render, and frame ms. */
async function framesSince(page, from) {
  return page.evaluate((start) => {
    const log = window.lobuleFrameLog;
    const js = [], frame = [], render = [], own = [];
    for (let k = Math.max(start, log.count - 2048); k < log.count; k++) {
      js.push(log.jsMs[k % 2048]);
      frame.push(log.frameMs[k % 2048]);
      render.push(log.renderMs[k % 2048]);
      own.push(log.jsMs[k % 2048] - log.renderMs[k % 2048]);
    }
    return { js, frame, render, own, count: log.count };
  }, from);
}
const logCount = (page) => page.evaluate(() => window.lobuleFrameLog?.count ?? 0);
/**
 * Frames drawn, without the profiler: the scene's tissue version, which every frame of play moves
 * (each has a new day). Written four times a second while playing, so a count is at most a beat's
 * frames behind; over a loop of the timeline that is under 1%.
 */
const versionCount = async (page) => Number(await drawnVersion(page));
/** Frames of play after which garbage is read as steady (`STEADY_FRAMES=n` to change). */
const STEADY_FRAMES = Number(process.env.STEADY_FRAMES ?? 600);
/** One loop of the timeline (days −3 to 28) at 1 day/s. */
const LOOP_SECONDS = 31;
/** In-page tests that `n` frames are drawn: by the profiler's log, or by the scene's drawn version (a page without the profiler). */
const loggedFrames = (n) => (window.lobuleFrameLog?.count ?? 0) >= n;
const drawnVersions = (n) => Number(document.querySelector('[data-testid=scene]')?.dataset.drawnVersion) >= n;
/** Plays on for at least 30 s and until `reached(count)` holds on the page (at most 6 minutes). */
async function playUntil(page, count, reached = loggedFrames) {
  await page.waitForTimeout(30_000);
  await page.waitForFunction(reached, count, { polling: 1000, timeout: 360_000 });
}

/** Bytes allocated on the page over `ms` (sampled, objects collected meanwhile included) and the frames drawn. */
async function garbagePerFrame(context, page, ms, countFrames = logCount) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const from = await countFrames(page);
  await cdp.send('HeapProfiler.startSampling', { samplingInterval: 128, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  await page.waitForTimeout(ms);
  const { profile } = await cdp.send('HeapProfiler.stopSampling');
  await cdp.detach();
  // Split by the script that allocated: three.js's own (its chunk), the profiler's (the instrument
  // this bench reads, in chunks of its own: no user runs it) and the app's.
  let threeBytes = 0, profilerBytes = 0, allBytes = 0;
  const walk = (node) => {
    allBytes += node.selfSize;
    if (/\/three[-.]/.test(node.callFrame.url)) threeBytes += node.selfSize;
    if (/\/(FrameProbe|ProfilerOverlay)-/.test(node.callFrame.url)) profilerBytes += node.selfSize;
    node.children.forEach(walk);
  };
  walk(profile.head);
  const bytes = profile.samples.reduce((sum, s) => sum + s.size, 0);
  const frames = (await countFrames(page)) - from;
  const share = (part) => (allBytes > 0 ? part / allBytes : 0);
  // KB a frame: all, three.js's, the profiler's, and the app's (all but the profiler's).
  const kb = bytes / Math.max(1, frames) / 1024;
  return { bytes, frames, from, kb, threeKb: kb * share(threeBytes), profilerKb: kb * share(profilerBytes), appKb: kb * (1 - share(profilerBytes)) };
}

try {
  // 1. Cold first picture: a fresh browser context each time (no cache, a new worker).
  const cold = [], coldDay = [], afterRequest = [], firstPart = [];
  for (let k = 0; k < 3; k++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(appUrl('day=14'));
    await page.waitForFunction(() => document.querySelector('[data-testid=scene]')?.dataset.drawnVersion, undefined, { polling: 5, timeout: 120_000 });
    // The app marks its first run's request, that run's first part and its first picture.
    const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
    cold.push(marks['lobule:first-picture']);
    afterRequest.push(marks['lobule:first-picture'] - marks['lobule:first-run-requested']);
    firstPart.push(marks['lobule:first-part'] - marks['lobule:first-run-requested']);
    await page.waitForFunction(() => document.querySelector('[data-testid=scene]')?.dataset.drawnDay === '14', undefined, { polling: 5, timeout: 120_000 });
    coldDay.push(await page.evaluate(() => performance.now()));
    await context.close();
  }

  // 2. One page for the rest.
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(appUrl('day=10&cutaway=1'));
  await page.waitForFunction(() => document.querySelector('[data-testid=scene]')?.dataset.drawnDay === '10', undefined, { timeout: 120_000 });
  // Without the title card: at this size the lens would draw the lobule beside it, about half as
  // large (fewer pixels to fill, a flattering frame time). Without it the lobule fills the view as
  // the bare page's triangles do, and as in the runs before the lens; everything else still runs.
  await page.addStyleTag({ content: '.title-card { display: none !important; }' });

  // Flip to picture: the senolytic on and off, paused at day 10.
  const flips = [];
  for (let k = 0; k < 4; k++) {
    const before = await drawnVersion(page);
    const started = Date.now();
    await page.evaluate(() => {
      const s = window.lobuleStore.getState();
      s.setClearance(!s.settings.clearance);
    });
    await page.waitForFunction((v) => {
      const s = window.lobuleStore.getState();
      return s.runReadyUntilDay >= 10 && document.querySelector('[data-testid=scene]')?.dataset.drawnVersion !== v;
    }, before, { polling: 5, timeout: 120_000 });
    flips.push(Date.now() - started);
    await page.waitForFunction(() => window.lobuleStore.getState().runStatus === 'ready', undefined, { timeout: 120_000 });
  }

  // Steady play: JS per frame and garbage per frame (allocation sampling, collected objects too).
  const playedFrom = await logCount(page);
  await page.evaluate(() => { const s = window.lobuleStore.getState(); s.setSpeed(1); s.play(); });
  await page.waitForTimeout(2000);
  const garbage = await garbagePerFrame(context, page, 8000);
  const sampledBytes = garbage.bytes;
  const framesPlayed = garbage.frames;
  const triangles = Number(await page.locator('[data-profiler]').getAttribute('data-triangles'));
  const calls = Number(await page.locator('[data-profiler]').getAttribute('data-calls'));
  await page.evaluate(() => window.lobuleStore.getState().pause());

  // 3. The bare three.js page, same size, calls and triangles (in its own browser).
  const bareContext = await bareBrowser.newContext({ viewport: VIEWPORT });
  const barePage = await bareContext.newPage();
  await barePage.goto(`http://127.0.0.1:${PORT + 1}/tests/bench/bare-three.html?aa=0&calls=${calls}&triangles=${triangles}`);
  await barePage.waitForFunction(() => (window.lobuleFrameLog?.count ?? 0) > 30, undefined, { timeout: 120_000 });
  const bareGarbage = await garbagePerFrame(bareContext, barePage, 8000);

  // 4. Frame and JS times: the app and the bare page take turns (3 × 4 s each, the other paused), so
  // a change in the machine's load falls on both.
  const played = { js: [], frame: [], render: [], own: [] };
  const bareFrames = { js: [], frame: [], render: [], own: [] };
  const collect = (into, got) => { for (const key of Object.keys(into)) into[key].push(...got[key].slice(1)); };
  for (let round = 0; round < 3; round++) {
    await barePage.evaluate(() => window.benchPause());
    // Each round plays days 10–15 (steady involution; no jump back to the start of the loop).
    await page.evaluate(() => { const s = window.lobuleStore.getState(); s.setDay(10); s.play(); });
    await page.waitForTimeout(500);
    let from = await logCount(page);
    await page.waitForTimeout(4000);
    collect(played, await framesSince(page, from));
    await page.evaluate(() => window.lobuleStore.getState().pause());
    await barePage.evaluate(() => window.benchResume());
    await barePage.waitForTimeout(500);
    from = await logCount(barePage);
    await barePage.waitForTimeout(4000);
    collect(bareFrames, await framesSince(barePage, from));
  }
  // 5. Garbage in steady play: once the page has drawn STEADY_FRAMES frames of play, V8 has
  // optimised the code that runs every frame (it counts calls, not seconds: on a machine drawing 4
  // frames a second that takes minutes); at least half a minute more either way. Then read over one
  // whole loop of the timeline at 1 day/s, so every phase change and the loop back are in it (a few
  // seconds' window may or may not hold them). The bare page likewise, for 8 s.
  await barePage.evaluate(() => window.benchPause());
  await page.evaluate(() => { const s = window.lobuleStore.getState(); s.setDay(8); s.play(); });
  await playUntil(page, playedFrom + STEADY_FRAMES);
  const appSteadyFrames = (await logCount(page)) - playedFrom;
  const versionFrom = await versionCount(page);
  const steadyGarbage = await garbagePerFrame(context, page, LOOP_SECONDS * 1000);
  // The same window counted by the drawn version, to check that count against the profiler's.
  const versionFrames = (await versionCount(page)) - versionFrom;
  await page.evaluate(() => window.lobuleStore.getState().pause());
  await barePage.evaluate(() => window.benchResume());
  await playUntil(barePage, STEADY_FRAMES);
  const bareSteadyGarbage = await garbagePerFrame(bareContext, barePage, 8000);
  // The like-for-like floor: a bare page with a program of its own per draw call (the app switches
  // program at about every draw), and the app's lights and haze.
  await barePage.evaluate(() => window.benchPause());
  const likePage = await bareContext.newPage();
  await likePage.goto(`http://127.0.0.1:${PORT + 1}/tests/bench/bare-three.html?aa=0&calls=${calls}&triangles=${triangles}&programs=${calls}&lit=app`);
  await likePage.waitForFunction(() => (window.lobuleFrameLog?.count ?? 0) > 0, undefined, { timeout: 120_000 });
  await playUntil(likePage, STEADY_FRAMES);
  const likeGarbage = await garbagePerFrame(bareContext, likePage, 8000);
  await likePage.close();
  await barePage.close();

  // 6. Garbage in steady play as a user runs the app: without the profiler (whose code, loaded, may
  // be inlined into the app's and counted with it), frames counted by the drawn version. The
  // profiled page is closed first.
  await page.close();
  const userPage = await context.newPage();
  // The store is not on the page without the profiler: the address starts it playing at 1 day/s.
  await userPage.goto(appUrl('day=8&cutaway=1&play=1&speed=1', false));
  await userPage.waitForFunction(() => document.querySelector('[data-testid=scene]')?.dataset.drawnVersion, undefined, { timeout: 120_000 });
  await userPage.addStyleTag({ content: '.title-card { display: none !important; }' });
  const userFrom = await versionCount(userPage);
  await playUntil(userPage, userFrom + STEADY_FRAMES, drawnVersions);
  const userSteadyFrames = (await versionCount(userPage)) - userFrom;
  const userGarbage = await garbagePerFrame(context, userPage, LOOP_SECONDS * 1000, versionCount);

  const appFrame = median(played.frame.filter((f) => f > 0));
  const bareFrame = median(bareFrames.frame.filter((f) => f > 0));

  console.log(`\nIn the browser (headless Chromium, software WebGL, ${VIEWPORT.width}×${VIEWPORT.height}, aa=0; ${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'})\n`);
  console.log(`cold first picture after navigation (day 14 URL): ${fmt(median(cold), 0)} ms median of 3, ${fmt(median(afterRequest), 0)} ms after the run was requested (its first part after ${fmt(median(firstPart), 0)} ms); day 14 itself at ${fmt(median(coldDay), 0)} ms`);
  console.log(`flip to picture (senolytic switch at day 10, paused): ${fmt(median(flips), 0)} ms median of ${flips.length}`);
  console.log(`main-thread JS per frame while playing: median ${fmt(median(played.js), 2)} ms, p95 ${fmt(quantile(played.js, 0.95), 2)} ms over ${played.js.length} frames`);
  console.log(`  of which three.js's render (its JS and WebGL calls, which wait when the GPU process lags): median ${fmt(median(played.render), 2)} ms; the rest (clock, store, React, the scene's snapshot and buffer writes): median ${fmt(median(played.own), 2)} ms, p95 ${fmt(quantile(played.own, 0.95), 2)} ms`);
  const parts = (g) => `${fmt(g.appKb, 2)} KB: three.js's own ${fmt(g.threeKb, 2)} KB, the rest ${fmt(g.appKb - g.threeKb, 2)} KB; the profiler's own (the instrument read here) ${fmt(g.profilerKb, 2)} KB more`;
  console.log(`garbage per frame while playing, the app's: ${parts(garbage)} (sampled allocations, ${fmt(sampledBytes / 1024, 0)} KB over ${framesPlayed} frames); bare three.js page ${fmt(bareGarbage.kb, 2)} KB`);
  console.log(`  after ${appSteadyFrames} frames of play (code optimised by V8), over one loop of the timeline (${steadyGarbage.frames} frames): ${parts(steadyGarbage)}; bare three.js page after as many ${fmt(bareSteadyGarbage.kb, 2)} KB`);
  console.log(`    (frames in that window: ${steadyGarbage.frames} by the profiler's log, ${versionFrames} by the drawn version)`);
  console.log(`  without the profiler, after ${userSteadyFrames} frames of play, over one loop (${userGarbage.frames} frames, counted by the drawn version): ${fmt(userGarbage.kb, 2)} KB: three.js's own ${fmt(userGarbage.threeKb, 2)} KB, the rest ${fmt(userGarbage.kb - userGarbage.threeKb, 2)} KB`);
  console.log(`  bare three.js page with a program per draw call (${calls}) and the app's lights and haze, after as many: ${fmt(likeGarbage.kb, 2)} KB (three.js's own ${fmt(likeGarbage.threeKb, 2)} KB) → the app allocates ${fmt(steadyGarbage.appKb - likeGarbage.kb, 2)} KB a frame above that floor`);
  console.log(`frame time: app ${fmt(appFrame)} ms, bare three.js ${fmt(bareFrame)} ms with ${calls} calls and ${triangles} triangles → ratio ${fmt(appFrame / bareFrame, 2)}×`);
  // The worst frames with their main-thread JS: a long frame with little JS waited on the GPU
  // process (software WebGL shares the two cores) or the machine, not on the page's code.
  const worst = played.frame.map((f, k) => [f, played.js[k]]).sort((a, b) => b[0] - a[0]).slice(0, 3);
  console.log(`worst frame while playing: ${fmt(worst[0][0])} ms (${fmt(worst[0][0] / appFrame, 1)}× the median; programs are compiled before play); the three worst: ${worst.map(([f, js]) => `${fmt(f, 0)} ms with ${fmt(js, 1)} ms of JS`).join(', ')}`);
  console.log(`JS per frame: app ${fmt(median(played.js), 2)} ms, bare three.js ${fmt(median(bareFrames.js), 2)} ms (its render ${fmt(median(bareFrames.render), 2)} ms)`);
} finally {
  await browser.close();
  await bareBrowser.close();
  await bare.close();
  await new Promise((resolve) => app.httpServer.close(resolve));
}

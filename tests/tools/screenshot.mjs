// Takes screenshots of the built app in headless Chromium:
// `node tests/tools/screenshot.mjs OUT.png 'QUERY' [WIDTHxHEIGHT] [KEY,KEY…]` (keys pressed before the shot).
// Start `npm run preview` first. Used to look at what we build; the e2e tests keep their own.
import { chromium } from 'playwright-core';

const [out = 'shot.png', query = '', size = '1280x720', keys = ''] = process.argv.slice(2);
const [width, height] = size.split('x').map(Number);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
});
const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: 1 });
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text()); });
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto(`http://127.0.0.1:${process.env.E2E_PORT ?? 4173}/${query}`);
const day = new URLSearchParams(query).get('day');
await page.waitForFunction((d) => {
  const el = document.querySelector('[data-testid=scene]');
  return el && el.dataset.drawnVersion && (d === null || Number(el.dataset.drawnDay) === Number(d));
}, day, { timeout: 60000 });
for (const key of keys.split(',').filter(Boolean)) { await page.keyboard.press(key); await page.waitForTimeout(300); }
await page.waitForTimeout(500);
await page.screenshot({ path: out });
const profiler = await page.$('[data-profiler]');
if (profiler) console.log(await profiler.evaluate((el) => JSON.stringify(el.dataset)));
await browser.close();

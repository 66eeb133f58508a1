// Makes public/poster.webp, the still picture shown until the 3D view has drawn: the default view
// (lactation) at 1280×720 with the HUD taken away, so nothing is over the picture and the lobule is
// drawn centred at the overview's size, as a small WebP of the 3D view's box. `ScenePoster` places
// and sizes it where the lens will draw the lobule on the screen it is shown on.
// `npm run build && npx vite preview --port 4173 &` then `node tests/tools/make-poster.mjs [PORT]`.
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';

const port = process.argv[2] ?? '4173';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 });
await page.goto(`http://127.0.0.1:${port}/?day=-1`);
await page.waitForFunction(() => document.querySelector('[data-testid=scene]')?.dataset.drawnDay === '-1', undefined, { timeout: 120_000 });
await page.addStyleTag({ content: '.hud { display: none !important; }' });
await page.waitForTimeout(800);
const clip = await page.getByTestId('scene').boundingBox();
const png = await page.screenshot({ path: 'test-results/poster.png', clip });
const webp = await page.evaluate(async (base64) => {
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  // Three quarters of the screen's pixels: a still that is gone within a second need not be sharp.
  canvas.width = Math.round(image.width * 0.75);
  canvas.height = Math.round(image.height * 0.75);
  canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/webp', 0.55).split(',')[1];
}, png.toString('base64'));
writeFileSync('public/poster.webp', Buffer.from(webp, 'base64'));
console.log(`public/poster.webp: ${Math.round(Buffer.from(webp, 'base64').length / 1024)} KB`);
await browser.close();

// A course page on another origin embeds Lobule and drives it through the postMessage API (v1);
// other windows, malformed messages and the wrong origin change nothing.

import { expect, test, type Page } from '@playwright/test';

// Two pages (host and app) render in software at once on a shared machine: allow them time.
test.setTimeout(120_000);

const PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST = `http://127.0.0.1:${PORT + 10}`;
const APP_ORIGIN = `http://127.0.0.1:${PORT}`;

interface Received { origin: string; data: { source: string; version: number; type: string; state?: Record<string, unknown>; height?: number; width?: number; message?: string } }

async function openHost(page: Page, options: { app?: string; sandbox?: string | null; width?: number; height?: number; sibling?: boolean } = {}): Promise<void> {
  const query = new URLSearchParams({ app: `mode=embed&aa=0&profiler=1&${options.app ?? ''}` });
  if (options.sandbox !== null) query.set('sandbox', options.sandbox ?? 'allow-scripts');
  if (options.width) query.set('width', String(options.width));
  if (options.height) query.set('height', String(options.height));
  if (options.sibling) query.set('sibling', '1');
  await page.goto(`${HOST}/host?${query.toString()}`);
}

const received = (page: Page): Promise<Received[]> => page.evaluate(() => (window as unknown as { received: Received[] }).received);
const send = (page: Page, message: unknown): Promise<void> => page.evaluate((m) => (window as unknown as { sendToApp(m: unknown): void }).sendToApp(m), message);

/** Asks for the state and returns the answer (the newest `state` after the request). */
async function getState(page: Page): Promise<Record<string, unknown>> {
  const before = (await received(page)).length;
  await send(page, { source: 'lobule-host', version: 1, type: 'get' });
  let state: Record<string, unknown> | undefined;
  await expect.poll(async () => {
    state = (await received(page)).slice(before).filter((m) => m.data.type === 'state').at(-1)?.data.state;
    return state !== undefined;
  }).toBe(true);
  return state!;
}

/** Waits until the app has computed its whole run (metrics in its state, nothing computing). */
async function waitReady(page: Page): Promise<void> {
  await expect.poll(async () => (await received(page)).some((m) => m.data.type === 'ready')).toBe(true);
  await expect.poll(async () => {
    const state = await getState(page);
    return state.metrics !== null && state.computing === false;
  }, { timeout: 90_000 }).toBe(true);
}

test('a course page on another origin drives the app in a sandbox="allow-scripts" frame', async ({ page }) => {
  await openHost(page);
  await waitReady(page);
  const first = await received(page);
  expect(first[0].data).toEqual({ source: 'lobule', version: 1, type: 'ready' });
  expect(first.every((m) => m.data.source === 'lobule' && m.data.version === 1)).toBe(true);
  // The frame has no origin of its own, so its messages come from "null".
  expect(first[0].origin).toBe('null');

  await send(page, { source: 'lobule-host', version: 1, type: 'set', state: { day: 5, clearance: 1, tumour: true, view: 'he' } });
  const frame = page.frameLocator('#app');
  await expect(frame.getByTestId('day')).toHaveText('Day 5');
  await expect(frame.getByTestId('state-clearance')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => {
    const state = await getState(page);
    // No metrics until the run for these settings reaches the day (never the previous settings').
    const metrics = state.metrics as Record<string, number> | null;
    const settings = state.settings as Record<string, unknown>;
    return [state.day, state.phase, settings.clearance, settings.tumour, state.view, state.computing, metrics?.day, typeof metrics?.senescentCells];
  }, { timeout: 90_000 }).toEqual([5, 'involution-2', true, true, 'he', false, 5, 'number']);

  // A change made inside the frame is announced without asking.
  const before = (await received(page)).length;
  await frame.getByTestId('state-tumour').click();
  await expect.poll(async () => (await received(page)).slice(before)
    .some((m) => m.data.type === 'state' && (m.data.state!.settings as { tumour: boolean }).tumour === false)).toBe(true);

  await send(page, { source: 'lobule-host', version: 1, type: 'reset' });
  await expect(frame.getByTestId('day')).toHaveText('Day -3');
  const reset = await getState(page);
  expect([reset.day, (reset.settings as { clearance: boolean }).clearance, reset.view]).toEqual([-3, false, 'cells']);

  // A bad value is refused whole, with an error message to the host.
  const count = (await received(page)).length;
  await send(page, { source: 'lobule-host', version: 1, type: 'set', state: { day: 9, seed: -1 } });
  await expect.poll(async () => (await received(page)).slice(count).find((m) => m.data.type === 'error')?.data.message).toContain('seed');
  expect((await getState(page)).day).toBe(-3);
});

test('a hostile sibling frame cannot set the state', async ({ page }) => {
  await openHost(page, { sibling: true });
  await waitReady(page);
  await send(page, { source: 'lobule-host', version: 1, type: 'set', state: { day: 4 } });
  await expect(page.frameLocator('#app').getByTestId('day')).toHaveText('Day 4');
  const sibling = page.frame({ url: /\/sibling$/ })!;
  await sibling.evaluate(() => {
    const attack = (window as unknown as { attack(m: unknown): void }).attack;
    attack({ source: 'lobule-host', version: 1, type: 'set', state: { day: 20, tumour: 1 } });
    attack({ source: 'lobule-host', version: 1, type: 'reset' });
  });
  await page.waitForTimeout(500);
  const state = await getState(page);
  expect([state.day, (state.settings as { tumour: boolean }).tumour]).toEqual([4, false]);
});

test('malformed messages change nothing and throw nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  await openHost(page);
  await waitReady(page);
  await send(page, { source: 'lobule-host', version: 1, type: 'set', state: { day: 6 } });
  await expect(page.frameLocator('#app').getByTestId('day')).toHaveText('Day 6');
  await expect.poll(async () => (await getState(page)).computing, { timeout: 30_000 }).toBe(false);
  const before = await getState(page);
  await page.evaluate(() => {
    const sendToApp = (window as unknown as { sendToApp(m: unknown): void }).sendToApp;
    const host = { source: 'lobule-host', version: 1 };
    for (const message of [
      'set day=1', 42, null, [host], { ...host },
      { ...host, version: 2, type: 'set', state: { day: 1 } },
      { ...host, type: 'set', state: { day: 'x'.repeat(2_000_000) } },
      { ...host, type: 'set', state: { day: { nested: 1 } } },
      { ...host, type: 'set', state: Object.fromEntries(Array.from({ length: 10_000 }, (_, k) => [`p${k}`, k])) },
      JSON.parse('{"source":"lobule-host","version":1,"type":"set","state":{"__proto__":{"day":1},"day":1}}'),
      { ...host, type: 'set', state: { day: 1 }, extra: true },
      { source: 'lobule', version: 1, type: 'set', state: { day: 1 } },
      { ...host, type: 'destroy' },
    ]) sendToApp(message);
  });
  await page.waitForTimeout(500);
  const after = await getState(page);
  expect(after).toEqual(before);
  await expect(page.frameLocator('#app').getByTestId('day')).toHaveText('Day 6');
  expect(errors).toEqual([]);
});

test('with embedOrigin, only that origin is heard and told', async ({ page }) => {
  // The right origin: everything works, and messages go to that origin only.
  await openHost(page, { app: `embedOrigin=${encodeURIComponent(HOST)}` });
  await waitReady(page);
  await send(page, { source: 'lobule-host', version: 1, type: 'set', state: { day: 2 } });
  await expect(page.frameLocator('#app').getByTestId('day')).toHaveText('Day 2');

  // Another origin: the app neither obeys this page nor posts anything it could read.
  await openHost(page, { app: 'embedOrigin=https://other-course.example.org' });
  await expect(page.frameLocator('#app').getByTestId('scene')).toHaveAttribute('data-drawn-version', /\d+/, { timeout: 30_000 });
  await send(page, { source: 'lobule-host', version: 1, type: 'set', state: { day: 12 } });
  await send(page, { source: 'lobule-host', version: 1, type: 'get' });
  await page.waitForTimeout(800);
  expect(await received(page)).toEqual([]);
  await expect(page.frameLocator('#app').getByTestId('day')).toHaveText('Day -3');
});

test('resize messages follow the frame', async ({ page }) => {
  await openHost(page, { width: 640, height: 400 });
  await waitReady(page);
  const lastResize = async () => (await received(page)).filter((m) => m.data.type === 'resize').at(-1)?.data;
  await expect.poll(async () => (await lastResize())?.width).toBe(640);
  expect((await lastResize())!.height).toBe(480); // a 4:3 picture at that width
  for (const width of [320, 900]) {
    await page.evaluate((w) => { document.getElementById('app')!.setAttribute('width', String(w)); }, width);
    await expect.poll(async () => (await lastResize())?.width).toBe(width);
    const { height } = (await lastResize())!;
    expect(height).toBeGreaterThanOrEqual(Math.round(width * 0.75));
    expect(height).toBeLessThan(Math.max(width * 0.75, 400) + 1);
  }
});

test('the wheel scrolls the course page until the view is clicked', async ({ page }) => {
  await openHost(page, { width: 480, height: 360 });
  await waitReady(page);
  const frame = page.frameLocator('#app');
  const box = (await page.locator('#app').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(frame.getByTestId('wheel-hint')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  // Let the scroll settle first: the browser replays the mouse over a frame that moved under it
  // (leaving the frame releases the view), and that must not come after the click.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // Once clicked, the wheel zooms the model and the page stays put.
  // (Clicked at the frame's edge away from the lobule, on the background: a click on a cell would
  // also open its card.)
  const box2 = (await page.locator('#app').boundingBox())!;
  const [lobuleX] = (await frame.getByTestId('scene').getAttribute('data-view-centre'))!.split(',').map(Number);
  await page.mouse.click(lobuleX > box2.width / 2 ? box2.x + 12 : box2.x + box2.width - 12, box2.y + box2.height / 2);
  await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2);
  await expect.poll(() => frame.locator('body').evaluate(() => (window as unknown as { lobuleStore: { getState(): { viewEngaged: boolean } } }).lobuleStore.getState().viewEngaged)).toBe(true);
  const drawn = Number(await frame.getByTestId('scene').getAttribute('data-drawn-version'));
  expect(drawn).toBeGreaterThan(0);
  const frames = Number(await frame.locator('[data-profiler]').getAttribute('data-frames'));
  await page.mouse.wheel(0, 300);
  await expect.poll(async () => Number(await frame.locator('[data-profiler]').getAttribute('data-frames'))).toBeGreaterThan(frames);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});

test('the Embed button gives a snippet that works, and a Share link that restores the state', async ({ page, context }) => {
  await page.goto('/?day=7.5&seed=7&clearance=3-5&tumour=2.5&view=sabgal&theme=projector&lang=fr&aa=0');
  const toggle = page.getByTestId('panel-toggle');
  if (await toggle.isVisible()) await toggle.click();
  await page.getByTestId('embed').click();
  const snippet = await page.getByTestId('embed-dialog-text').inputValue();
  expect(snippet).toContain('allow="fullscreen"');
  expect(snippet).toMatch(/sandbox="allow-scripts( allow-same-origin)?"/);
  expect(snippet).toContain('mode=embed');
  expect(snippet).toContain("addEventListener('message'");
  await page.getByTestId('embed-dialog').getByRole('button').last().click();

  await page.getByTestId('share').click();
  const link = await page.getByTestId('share-dialog-text').inputValue();
  expect(link).not.toContain('aa=');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('share-dialog-copy').click();
  await expect(page.getByTestId('share-dialog')).toContainText(/Copied\.|Copié/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const other = await context.newPage();
  await other.goto(`${link}&aa=0`);
  await expect(other.getByTestId('day')).toHaveText('Jour 7,5', { timeout: 45_000 });
  await expect(other.getByTestId('phase')).toHaveText('Repeuplement adipocytaire');
  expect(await other.evaluate(() => document.documentElement.lang)).toBe('fr');
  const params = new URL(other.url()).searchParams;
  expect(Object.fromEntries(['seed', 'clearance', 'tumour', 'view', 'theme', 'lang'].map((k) => [k, params.get(k)])))
    .toEqual({ seed: '7', clearance: '3-5', tumour: '2.5', view: 'sabgal', theme: 'projector', lang: 'fr' });
  if (await other.getByTestId('panel-toggle').isVisible()) await other.getByTestId('panel-toggle').click();
  await expect(other.getByTestId('switch-clearance')).toBeChecked();
  await expect(other.getByTestId('switch-tumour')).toBeChecked();
  await expect(other.getByTestId('colour-mode')).toHaveValue('sabgal');
  expect(APP_ORIGIN).toBe(new URL(link).origin);
});

for (const [name, query, file] of [['the view', '', 'lobule-day5-seed12.png'], ['the compare view', '&compare=1', 'lobule-day5-seed12.png']]) {
  test(`Save image downloads a PNG of ${name}`, async ({ page }) => {
    await page.goto(`/?day=5&aa=0&profiler=1${query}`);
    await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-day', '5', { timeout: 45_000 });
    const toggle = page.getByTestId('panel-toggle');
    if (await toggle.isVisible()) await toggle.click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-image').click()]);
    expect(download.suggestedFilename()).toBe(file);
    const bytes = await (await import('node:fs/promises')).readFile(await download.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // Not a blank canvas: both halves of the picture hold the lobule's many colours.
    const picture = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const half = (x0: number) => {
        const data = context.getImageData(x0, 0, image.width / 2, image.height).data;
        const seen = new Set<number>();
        for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i] >> 3) << 10 | (data[i + 1] >> 3) << 5 | (data[i + 2] >> 3));
        return seen.size;
      };
      return { size: [image.width, image.height], left: half(0), right: half(image.width / 2) };
    }, bytes.toString('base64'));
    expect(picture.size).toEqual([640, 360]);
    expect(picture.left).toBeGreaterThan(30);
    expect(picture.right).toBeGreaterThan(30);
  });
}

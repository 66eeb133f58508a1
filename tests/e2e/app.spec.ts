// The app around the picture: playing, stepping, switches, the URL, and bad input.

import { expect, test } from '@playwright/test';
import { afterNextFrame, differingShare, openControls, openLobule, viewScreenshot } from './lobule-page';

test('plays: the clock moves and the picture is redrawn', async ({ page }) => {
  await openLobule(page, 'day=1&speed=4');
  const scene = page.getByTestId('scene');
  const version = Number(await scene.getAttribute('data-drawn-version'));
  await page.getByTestId('play').click();
  await expect.poll(async () => Number(await scene.getAttribute('data-drawn-day')), { timeout: 20_000 }).toBeGreaterThan(2);
  await page.getByTestId('play').click();
  expect(Number(await scene.getAttribute('data-drawn-version'))).toBeGreaterThan(version);
  await expect(page.getByTestId('phase')).not.toHaveText('Involution I (reversible)');
});

test('steps a quarter day with the keyboard and jumps with the timeline', async ({ page }) => {
  await openLobule(page, 'day=3');
  await page.keyboard.press(']');
  await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-day', '3.25');
  await expect(page.getByTestId('day')).toHaveText('Day 3.25');
  await page.getByTestId('timeline').fill('14');
  await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-day', '14');
  await expect(page.getByTestId('phase')).toHaveText('Adipocyte repopulation');
});

test('recomputes when a switch changes, keeps the day, and puts the state in the URL', async ({ page }) => {
  await openLobule(page, 'day=5');
  await openControls(page);
  const senescent = page.locator('[data-metric=senescentCells] td');
  const before = Number(await senescent.textContent());
  expect(before).toBeGreaterThan(20);
  await page.getByTestId('switch-clearance').check();
  await expect.poll(async () => Number(await senescent.textContent())).toBeLessThan(before * 0.4);
  await expect.poll(() => page.url()).toContain('clearance=1');
  expect(page.url()).toContain('day=5');
  // The link restores the same state.
  await page.goto(page.url());
  await openControls(page);
  await expect(page.getByTestId('switch-clearance')).toBeChecked();
});

test('ignores bad URL parameters with a short message and still draws', async ({ page }) => {
  await page.goto('/?day=banana&seed=-4&view=neon&aa=0&profiler=1');
  await expect(page.getByTestId('notice').filter({ hasText: 'Ignored day=banana' })).toBeVisible();
  await expect(page.getByTestId('notice').filter({ hasText: 'Ignored seed=-4' })).toBeVisible();
  await expect(page.getByTestId('notice').filter({ hasText: 'Ignored view=neon' })).toBeVisible();
  await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-version', /\d+/);
  await expect(page.getByTestId('phase')).toHaveText('Lactation');
});

test('makes no request outside its own origin, and simulates in a Web Worker', async ({ page, baseURL }) => {
  const outside: string[] = [];
  const all: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    all.push(url);
    if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  await openLobule(page, 'day=5&tumour=1');
  await openControls(page);
  await page.getByTestId('switch-clearance').check();
  await expect(page.getByTestId('computing')).toHaveCount(0);
  expect(outside).toEqual([]);
  expect(all.some((url) => /simulation\.worker-[\w-]+\.js$/.test(url))).toBe(true);
});

test('cuts away the front half by default to show inside the alveoli, and X puts it back', async ({ page }) => {
  await openLobule(page, 'day=-1');
  const cut = await viewScreenshot(page, 'cutaway-on');
  await afterNextFrame(page, () => page.keyboard.press('x'));
  const whole = await viewScreenshot(page, 'cutaway-off');
  expect(await differingShare(page, whole, cut)).toBeGreaterThan(0.1);
});

test('turns and zooms the view by mouse and keyboard, and goes home with 0', async ({ page }) => {
  await openLobule(page, 'day=3');
  const home = await viewScreenshot(page, 'camera-home');
  const box = (await page.getByTestId('scene').boundingBox())!;
  await afterNextFrame(page, async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 30, { steps: 4 });
    await page.mouse.up();
  });
  const turned = await viewScreenshot(page, 'camera-dragged');
  expect(await differingShare(page, home, turned)).toBeGreaterThan(0.1);
  await afterNextFrame(page, () => page.keyboard.press('0'));
  expect(await differingShare(page, home, await viewScreenshot(page, 'camera-home-again'))).toBeLessThan(0.01);
  await afterNextFrame(page, () => page.keyboard.press('ArrowLeft'));
  await afterNextFrame(page, () => page.keyboard.press('+'));
  expect(await differingShare(page, home, await viewScreenshot(page, 'camera-keys'))).toBeGreaterThan(0.1);
});

test('keeps the user\'s view when a switch is flipped and flipped back', async ({ page }) => {
  await openLobule(page, 'day=4');
  const box = (await page.getByTestId('scene').boundingBox())!;
  await afterNextFrame(page, async () => {
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 100, box.y + box.height / 2 - 20, { steps: 4 });
    await page.mouse.up();
  });
  const turned = await viewScreenshot(page, 'view-kept-before');
  for (const key of ['c', 'c']) {
    await page.keyboard.press(key);
    await expect(page.getByTestId('computing')).toHaveCount(0);
  }
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await differingShare(page, turned, await viewScreenshot(page, 'view-kept-after'))).toBeLessThan(0.005);
});

// The 3D lobule in a real browser: it draws within budget, and its pictures show the biology.

import { expect, test } from '@playwright/test';
import { afterNextFrame, colourShares, differingShare, openControls, openLobule, viewScreenshot } from './lobule-page';

test('draws the lobule within the draw-call and triangle budget', async ({ page }) => {
  await openLobule(page, 'day=5');
  const profiler = page.locator('[data-profiler]');
  const calls = Number(await profiler.getAttribute('data-calls'));
  const triangles = Number(await profiler.getAttribute('data-triangles'));
  expect(calls).toBeGreaterThan(5);
  expect(calls).toBeLessThanOrEqual(40);
  expect(triangles).toBeGreaterThan(20_000);
  expect(triangles).toBeLessThanOrEqual(1_500_000);
  expect(Number(await profiler.getAttribute('data-geometries'))).toBeGreaterThan(5);
  for (const attribute of ['data-frame-ms', 'data-js-ms', 'data-textures']) {
    expect(await profiler.getAttribute(attribute)).toMatch(/^\d+(\.\d+)?$/);
  }
});

test('shows fat returning and secreting epithelium receding from lactation to day 14', async ({ page }) => {
  const shares = [];
  for (const day of [-1, 5, 14]) {
    await openLobule(page, `day=${day}`);
    shares.push(await colourShares(page, await viewScreenshot(page, `day-${day}`)));
  }
  const [lactation, day5, day14] = shares;
  expect(day5.yellow).toBeGreaterThan(lactation.yellow);
  expect(day14.yellow).toBeGreaterThan(2 * day5.yellow);
  // Milk fills each lumen in lactation, hiding the far side of the epithelium behind it. (Shares of
  // the whole 640×360 picture, where the lobule stands beside the title card, about a third of it.)
  expect(lactation.skyBlue).toBeGreaterThan(0.02);
  expect(day14.skyBlue).toBeLessThan(lactation.skyBlue / 3);
});

test('shows a different day 5 when senescent cells are cleared', async ({ page }) => {
  await openLobule(page, 'day=5');
  const untreated = await viewScreenshot(page, 'day-5-untreated');
  const untreatedShares = await colourShares(page, untreated);
  const macrophages = async () => Number(await page.locator('[data-metric=macrophages] td').textContent());
  const untreatedMacrophages = await macrophages();
  await openLobule(page, 'day=5&clearance=1');
  expect(await macrophages()).toBeLessThan(untreatedMacrophages);
  const cleared = await viewScreenshot(page, 'day-5-senolytic');
  expect(await differingShare(page, untreated, cleared)).toBeGreaterThan(0.05);
  // With the SASP gone, more alveoli stay whole and lined with epithelium.
  const clearedShares = await colourShares(page, cleared);
  expect(clearedShares.skyBlue).toBeGreaterThan(untreatedShares.skyBlue);
});

test('shows a seeded tumour close up, and none without seeding', async ({ page }) => {
  // Key 3 is the "tumour" camera: close on the cluster, with the fat in front cut away.
  await openLobule(page, 'day=12&tumour=1');
  await afterNextFrame(page, () => page.keyboard.press('3'));
  const seeded = await colourShares(page, await viewScreenshot(page, 'day-12-tumour'));
  await openLobule(page, 'day=12');
  await afterNextFrame(page, () => page.keyboard.press('3'));
  const unseeded = await colourShares(page, await viewScreenshot(page, 'day-12-no-tumour'));
  expect(seeded.vermillion).toBeGreaterThan(0.01);
  expect(unseeded.vermillion).toBeLessThan(0.001);
});

test('draws the same picture every time for the same URL', async ({ page }) => {
  await openLobule(page, 'day=6.5&tumour=1&seed=3');
  const first = await viewScreenshot(page, 'same-url-1');
  await openLobule(page, 'day=6.5&tumour=1&seed=3');
  const second = await viewScreenshot(page, 'same-url-2');
  expect(Buffer.compare(first, second)).toBe(0);
});

test('changes the picture with the colour mode, and says what a stain is', async ({ page }) => {
  await openLobule(page, 'day=4');
  const cells = await viewScreenshot(page, 'mode-cells');
  await openLobule(page, 'day=4&view=sabgal');
  await openControls(page);
  await expect(page.getByText('SA-β-gal is a lab stain')).toBeVisible();
  const stain = await viewScreenshot(page, 'mode-sabgal');
  await openLobule(page, 'day=4&view=he');
  const he = await viewScreenshot(page, 'mode-he');
  // A tenth of a 640×360 picture is most of the lobule left by the (default) cut-away, drawn beside
  // the title card.
  expect(await differingShare(page, cells, stain)).toBeGreaterThan(0.1);
  expect(await differingShare(page, cells, he)).toBeGreaterThan(0.1);
});

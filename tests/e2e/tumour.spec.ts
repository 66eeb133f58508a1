// A seeded tumour is found without hunting: from the default overview (no preset) it shows on every
// day after seeding, and tumour cells that enter a vessel are seen travelling along it.

import { expect, test } from '@playwright/test';
import { colourShares, openLobule, viewScreenshot } from './lobule-page';

for (const day of [7, 14]) {
  test(`the tumour's colour covers a visible share of the default overview on day ${day}`, async ({ page }) => {
    await openLobule(page, `day=${day}&tumour=1`);
    const seeded = await colourShares(page, await viewScreenshot(page, `overview-tumour-day-${day}`));
    await openLobule(page, `day=${day}`);
    const unseeded = await colourShares(page, await viewScreenshot(page, `overview-no-tumour-day-${day}`));
    // Over 0.3% of the whole picture (about 1% of the lobule) is unmistakable tumour red.
    expect(seeded.vermillion).toBeGreaterThan(0.003);
    expect(unseeded.vermillion).toBeLessThan(0.001);
  });
}

test('a tumour seeded after involution shows in the default overview too, wherever the cut-away falls', async ({ page }) => {
  await openLobule(page, 'day=28&tumour=15');
  const seeded = await colourShares(page, await viewScreenshot(page, 'overview-tumour-15-day-28'));
  expect(seeded.vermillion).toBeGreaterThan(0.003);
});

test('tumour cells that entered a vessel are drawn travelling along it, and counted', async ({ page }) => {
  await openLobule(page, 'day=14&tumour=1');
  const entered = Number(await page.locator('[data-metric=metastaticCells] td').textContent());
  expect(entered).toBeGreaterThan(10);
  const travelling = Number(await page.getByTestId('scene').getAttribute('data-vessel-travellers'));
  expect(travelling).toBeGreaterThan(0);
  expect(travelling).toBeLessThanOrEqual(entered);
});

test.describe('the tour chapter on a tumour seeded after involution', () => {
  // Reduced motion: the chapter opens on its end state (day 28), paused, and the camera jumps.
  test.use({ reducedMotion: 'reduce' });

  test('moves to the tumour once the new run has one (the run before it had none)', async ({ page }) => {
    await openLobule(page, 'tour=tumour-after-involution');
    await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-day', '28');
    await expect.poll(() => page.evaluate(() => (window as unknown as { lobuleStore: { getState(): { cameraPreset: string } } }).lobuleStore.getState().cameraPreset)).toBe('tumour');
    const shares = await colourShares(page, await viewScreenshot(page, 'tour-tumour-after-involution'));
    // Close on the tumour, it fills a good part of the view; from the overview, with the cut-away,
    // none of it showed.
    expect(shares.vermillion).toBeGreaterThan(0.02);
  });
});

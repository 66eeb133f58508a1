// The stains and the palette in a real browser, judged by the hues of the pixels: H&E shows
// haematoxylin-purple nuclei, SA-β-gal stains senescent cells only, and macrophages never share
// the tumour's hue.

import { expect, test } from '@playwright/test';
import { afterNextFrame, bandShares, openLobule, viewScreenshot, type HueBand } from './lobule-page';
import { pixelsAt } from './theme-pixels';

/** Haematoxylin #4B2C83 (hue 263°) as drawn: dark violet. */
const HAEMATOXYLIN: HueBand = { from: 245, to: 285, minSaturation: 0.35, maxValue: 0.75 };
/**
 * SA-β-gal positive #0E8A9E (hue 188°) as drawn: saturated blue-green, short of the cell-types
 * mode's senescent blue #0072B2 (hue 202°), which must not count as stain.
 */
const STAIN: HueBand = { from: 172, to: 196, minSaturation: 0.45 };
/** Tumour vermillion #D55E00 (hue 26°) and macrophage bluish green #009E73 (hue 164°). */
const TUMOUR: HueBand = { from: 8, to: 34, minSaturation: 0.6 };
const MACROPHAGE: HueBand = { from: 145, to: 180, minSaturation: 0.3 };

test('H&E shows haematoxylin-purple nuclei in lactation', async ({ page }) => {
  await openLobule(page, 'day=-1&view=he');
  const he = await bandShares(page, await viewScreenshot(page, 'he-day--1'), { nuclei: HAEMATOXYLIN });
  await openLobule(page, 'day=-1');
  const cells = await bandShares(page, await viewScreenshot(page, 'cells-day--1'), { nuclei: HAEMATOXYLIN });
  console.log(`haematoxylin share: H&E ${he.nuclei.toFixed(4)}, cell types ${cells.nuclei.toFixed(4)}`);
  expect(he.nuclei).toBeGreaterThan(0.0015);
  expect(cells.nuclei).toBeLessThan(he.nuclei / 5);
});

test('a stain\'s slide tint runs on behind the side panels, with no seam where the 3D view ends', async ({ page }) => {
  // Wide enough for the side panels to keep a column of their own, which the 3D view stops short of.
  await page.setViewportSize({ width: 1024, height: 600 });
  for (const view of ['he', 'sabgal'] as const) {
    await openLobule(page, `day=3&view=${view}`);
    const png = await viewScreenshot(page, `tint-${view}`);
    const sceneRight = await page.getByTestId('scene').evaluate((e) => e.getBoundingClientRect().right);
    expect(sceneRight).toBeLessThan(1024 - 100);
    // The view's empty top-left corner, and the page's top-right corner beside the panels.
    const [inView, besidePanels] = await pixelsAt(page, png, [[3, 3], [1024 - 3, 3]]);
    expect(inView[0] - inView[2], `${view}: a tinted slide`).toBeGreaterThan(2);
    for (let c = 0; c < 3; c++) expect(Math.abs(inView[c] - besidePanels[c]), `${view}: ${inView} vs ${besidePanels}`).toBeLessThanOrEqual(2);
  }
});

test('SA-β-gal stains nothing in lactation and only senescent cells in involution, fewer when they are cleared', async ({ page }) => {
  const shares: Record<string, number> = {};
  for (const [name, query] of [['lactation', 'day=-1'], ['day5', 'day=5'], ['day5cleared', 'day=5&clearance=1']] as const) {
    await openLobule(page, `${query}&view=sabgal`);
    shares[name] = (await bandShares(page, await viewScreenshot(page, `sabgal-${name}`), { stain: STAIN })).stain;
  }
  console.log(`SA-β-gal stain share: ${JSON.stringify(shares)}`);
  expect(shares.lactation).toBeLessThan(0.0003);
  expect(shares.day5).toBeGreaterThan(0.002);
  expect(shares.day5cleared).toBeLessThan(shares.day5 / 2);
  // The SASP halo is not a stain: the cell-types mode draws it, the stain does not.
  await openLobule(page, 'day=5');
  const cells = (await bandShares(page, await viewScreenshot(page, 'cells-day5'), { stain: STAIN })).stain;
  expect(cells).toBeLessThan(shares.day5);
});

test('in a tumour close-up, macrophages and tumour cells fall in separate hue bands', async ({ page }) => {
  await openLobule(page, 'day=7&tumour=1');
  await afterNextFrame(page, () => page.keyboard.press('3'));
  const closeUp = await bandShares(page, await viewScreenshot(page, 'tumour-close-up'), { tumour: TUMOUR, macrophage: MACROPHAGE });
  // Same place without a tumour: the macrophages are there, and nothing falls in the tumour's band.
  await openLobule(page, 'day=7');
  await afterNextFrame(page, () => page.keyboard.press('2'));
  const stroma = await bandShares(page, await viewScreenshot(page, 'stroma-close-up'), { tumour: TUMOUR, macrophage: MACROPHAGE });
  console.log(`tumour close-up ${JSON.stringify(closeUp)}, stroma close-up ${JSON.stringify(stroma)}`);
  expect(closeUp.tumour).toBeGreaterThan(0.01);
  expect(closeUp.macrophage).toBeGreaterThan(0.0005);
  expect(stroma.macrophage).toBeGreaterThan(0.0005);
  expect(stroma.tumour).toBeLessThan(0.0005);
});

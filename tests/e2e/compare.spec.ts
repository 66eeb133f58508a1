// The compare view as a lecturer uses it: untreated and senolytic lobules side by side on one clock,
// each with its name and a scorecard whose figures go the way the paradox says.

import { expect, test, type Page } from '@playwright/test';
import { TISSUE_STATES, type TissueState } from '../../src/ui/tissue/tissue-state';
import { afterNextFrame, colourShares, differingShare, openLobule, SCREENSHOT_DIR, waitForDrawn } from './lobule-page';

/** Both halves of the 3D view (HUD hidden), once the second lobule has been drawn too. */
async function halves(page: Page, name: string): Promise<[Buffer, Buffer]> {
  await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-comparison-version', /\d+/);
  await waitForDrawn(page);
  const box = (await page.getByTestId('scene').boundingBox())!;
  await page.addStyleTag({ content: '.hud { visibility: hidden !important; }' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const half = Math.floor(box.width / 2);
  const left = await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-left.png`, clip: { x: box.x, y: box.y, width: half, height: box.height } });
  const right = await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-right.png`, clip: { x: box.x + half, y: box.y, width: half, height: box.height } });
  await page.addStyleTag({ content: '.hud { visibility: visible !important; }' });
  return [left, right];
}

/** A scorecard's figure as a number ("49%" → 49, "2,091" → 2091, "Day 7.25" → 7.25). */
async function figure(page: Page, side: 'untreated' | 'senolytic', key: string): Promise<number> {
  const text = await page.locator(`[data-scorecard=${side}] [data-figure=${key}] dd`).textContent();
  return Number(/-?[\d.]+/.exec((text ?? '').replace(/,/g, ''))?.[0]);
}

test('compare shows both labels and two drawn lobules that differ, in one WebGL canvas', async ({ page }) => {
  await openLobule(page, 'day=7');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByRole('button', { name: 'Compare' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('heading', { name: 'Untreated' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Senolytic' })).toBeVisible();
  // One WebGL canvas for both lobules (the chart's 2D canvas is elsewhere).
  expect(await page.getByTestId('scene').locator('canvas').count()).toBe(1);
  const [left, right] = await halves(page, 'compare-day-7');
  const untreated = await colourShares(page, left);
  const senolytic = await colourShares(page, right);
  // Both halves show a lobule, and they are not the same picture. (At these tests' 640×360 each
  // lobule is framed clear of the title card, so it fills only part of its half: about 5% of it is
  // fat or epithelium; an empty half has none.)
  for (const side of [untreated, senolytic]) expect(side.yellow + side.skyBlue).toBeGreaterThan(0.03);
  expect(await differingShare(page, left, right)).toBeGreaterThan(0.05);
  // More epithelium left in the senolytic lobule, less fat.
  expect(senolytic.skyBlue).toBeGreaterThan(untreated.skyBlue);
  expect(senolytic.yellow).toBeLessThan(untreated.yellow);
  // Each side keeps the draw-call budget (the profiler counts both).
  expect(Number(await page.locator('[data-profiler]').getAttribute('data-calls'))).toBeLessThanOrEqual(80);
  await expect.poll(() => page.url()).toContain('compare=1');
});

test('the scorecards go the paradox\'s way: day 7 senolytic keeps epithelium and has less fat', async ({ page }) => {
  await openLobule(page, 'day=7&compare=1');
  await expect(page.locator('[data-scorecard=senolytic] [data-figure=alveolarCells]')).toBeVisible();
  expect(await figure(page, 'senolytic', 'alveolarCells')).toBeGreaterThan(await figure(page, 'untreated', 'alveolarCells'));
  expect(await figure(page, 'senolytic', 'adipocyteFill')).toBeLessThan(await figure(page, 'untreated', 'adipocyteFill'));
  expect(await figure(page, 'senolytic', 'fatHalfFullDay')).toBeGreaterThan(await figure(page, 'untreated', 'fatHalfFullDay'));
  // The cause beside the delay: the drug left fewer senescent cells, and they called fewer macrophages.
  expect(await figure(page, 'senolytic', 'senescentCells')).toBeLessThan(0.5 * await figure(page, 'untreated', 'senescentCells'));
  expect(await figure(page, 'senolytic', 'macrophages')).toBeLessThan(await figure(page, 'untreated', 'macrophages'));
  // Same day, same phase, different tissue: the badges say so, the senolytic side a stage behind.
  const stage = async (side: string) => TISSUE_STATES.indexOf(
    (await page.locator(`[data-scorecard=${side}] [data-testid=tissue-badge]`).getAttribute('data-tissue')) as TissueState);
  const [untreatedStage, senolyticStage] = [await stage('untreated'), await stage('senolytic')];
  expect(senolyticStage).toBeGreaterThanOrEqual(0);
  expect(senolyticStage).toBeLessThan(untreatedStage);
  await expect(page.locator('[data-scorecard=senolytic] [data-testid=tissue-badge]'))
    .not.toHaveText((await page.locator('[data-scorecard=untreated] [data-testid=tissue-badge]').textContent())!);
});

test('the scorecards go the paradox\'s way: day 21 with a tumour, fewer cells entered vessels with the senolytic', async ({ page }) => {
  test.setTimeout(150_000);
  // A day-21 run with a tumour, twice, streams in slowly on a busy machine: wait for it patiently.
  await page.goto('/?day=21&tumour=1&compare=1&aa=0&profiler=1');
  await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-day', '21', { timeout: 90_000 });
  await expect(page.locator('[data-scorecard=senolytic] [data-figure=metastaticCells]')).toBeVisible();
  const untreated = await figure(page, 'untreated', 'metastaticCells');
  const senolytic = await figure(page, 'senolytic', 'metastaticCells');
  expect(untreated).toBeGreaterThan(0);
  expect(senolytic).toBeLessThan(untreated);
  // The tumour grew less: the cells it made, still in the lobule or gone into vessels (as the model's
  // tests count growth; by day 21 both lobules hold about as many as the focus has room for).
  const grown = async (side: 'untreated' | 'senolytic') => await figure(page, side, 'tumourCells') + await figure(page, side, 'metastaticCells');
  expect(await grown('senolytic')).toBeLessThan(await grown('untreated'));
});

test('on a phone the lobules are stacked, and labels and clicks belong to the main lobule\'s part', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 390, height: 844 });
  // The senolytic run is the main one: its lobule is the lower part.
  await openLobule(page, 'day=4&compare=1&clearance=1');
  await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-comparison-version', /\d+/);
  const overlay = page.getByTestId('compare-overlay');
  await expect(overlay).toHaveAttribute('data-arrangement', 'stacked');
  const band = (await overlay.boundingBox())!;
  const middle = band.y + band.height / 2;
  // The senolytic scorecard sits below the line, the untreated one above it.
  expect((await page.locator('[data-scorecard=untreated]').boundingBox())!.y).toBeLessThan(middle);
  expect((await page.locator('[data-scorecard=senolytic]').boundingBox())!.y).toBeGreaterThanOrEqual(middle - 1);
  // Labels name the main lobule's structures, so they stand in its part.
  await afterNextFrame(page, () => page.keyboard.press('l'));
  await expect.poll(() => page.locator('.scene-label:visible').count()).toBeGreaterThanOrEqual(3);
  const tops = await page.locator('.scene-label:visible').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  for (const top of tops) expect(top).toBeGreaterThanOrEqual(middle - 2);
  await afterNextFrame(page, () => page.keyboard.press('l'));
  // A click on the upper (untreated) lobule picks nothing: its cells are not the main run's.
  await page.mouse.click(band.x + band.width / 2, band.y + band.height * 0.25);
  await expect(page.getByTestId('cell-card')).toHaveCount(0);
  // One on the lower lobule picks a cell of the main run.
  let picked = false;
  for (const [fx, fy] of [[0.5, 0.75], [0.45, 0.72], [0.55, 0.78], [0.5, 0.7], [0.42, 0.8]]) {
    await page.mouse.click(band.x + band.width * fx, band.y + band.height * fy);
    if (await page.getByTestId('cell-card').isVisible()) { picked = true; break; }
  }
  expect(picked).toBe(true);
});

test('with a tumour, each lobule of the compare view shows its own tumour through the fat', async ({ page }) => {
  test.setTimeout(120_000);
  await openLobule(page, 'day=14&tumour=1&compare=1');
  const [left, right] = await halves(page, 'compare-tumour-day-14');
  // Both runs have a tumour of some 300 cells on day 14: each half must show it, not only the main one.
  for (const side of [left, right]) expect((await colourShares(page, side)).vermillion).toBeGreaterThan(0.002);
});

test('in compare a clicked cell\'s card takes the title card\'s place, leaving the untreated lobule and its ring in view', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openLobule(page, 'day=4&compare=1');
  await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-comparison-version', /\d+/);
  const scene = (await page.getByTestId('scene').boundingBox())!;
  const [cx, cy] = (await page.getByTestId('scene').getAttribute('data-view-centre'))!.split(',').map(Number);
  const card = page.getByTestId('cell-card');
  for (const [dx, dy] of [[0, 0], [-20, 0], [20, -20], [0, 30], [-30, -30], [30, 20]]) {
    await page.mouse.click(scene.x + cx + dx, scene.y + cy + dy);
    if (await card.isVisible()) break;
  }
  await expect(card).toBeVisible();
  // The card stood below the title card, over the whole untreated lobule; now it ends above the
  // lobule's middle, and the title card steps aside for it.
  expect((await card.boundingBox())!.y + (await card.boundingBox())!.height).toBeLessThan(scene.y + cy - 40);
  await expect(page.locator('.title-card')).toBeHidden();
  await card.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.title-card')).toBeVisible();
});

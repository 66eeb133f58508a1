// A lost WebGL context (GPU reset, driver update, too many tabs) never leaves a blank area: a notice
// while lost; the same day drawn again at once after the restore, with the same GPU resources; a
// context lost for good gets a fresh 3D view within seconds. Uses WEBGL_lose_context in Chromium.

import { expect, test, type Page } from '@playwright/test';
import { colourShares, openLobule, viewScreenshot } from './lobule-page';

/** Calls WEBGL_lose_context on the view's canvas. */
const loseContext = (page: Page, action: 'loseContext' | 'restoreContext'): Promise<void> => page.evaluate((what) => {
  const canvas = document.querySelector('[data-testid=scene] canvas') as HTMLCanvasElement & { lostExtension?: WEBGL_lose_context };
  if (!canvas.lostExtension) canvas.lostExtension = (canvas.getContext('webgl2') as WebGL2RenderingContext).getExtension('WEBGL_lose_context')!;
  canvas.lostExtension[what]();
}, action);

const figures = async (page: Page) => {
  const p = page.locator('[data-profiler]');
  return { frames: Number(await p.getAttribute('data-frames')), geometries: Number(await p.getAttribute('data-geometries')), calls: Number(await p.getAttribute('data-calls')) };
};

test('shows a notice while the context is lost and draws the same day at once after the restore', async ({ page }) => {
  const warnings: string[] = [];
  page.on('console', (m) => { if (/does not belong|INVALID_OPERATION/i.test(m.text())) warnings.push(m.text()); });
  await openLobule(page, 'day=9&cutaway=0');
  // The profiler publishes at most four times a second: wait for the figures of the last frame
  // drawn (an earlier frame of the streamed run may have had fewer shapes to draw).
  await page.waitForTimeout(400);
  const before = await figures(page);
  const drawnDay = await page.getByTestId('scene').getAttribute('data-drawn-day');

  await loseContext(page, 'loseContext');
  await expect(page.getByTestId('scene-lost')).toBeVisible();
  await expect(page.getByTestId('scene-lost')).toContainText('Restoring');

  await loseContext(page, 'restoreContext');
  await expect(page.getByTestId('scene-lost')).toHaveCount(0);
  await expect.poll(async () => (await figures(page)).frames).toBeGreaterThan(before.frames);
  // The same draw calls as before the loss, once the restored view has settled (the first frame
  // after the restore may still be uploading a shape).
  await expect.poll(async () => (await figures(page)).calls).toBe(before.calls);
  const after = await figures(page);
  // No resource doubled by the restore. (Before the loss, shapes drawn on earlier days of the streamed
  // run still count as uploaded; after it, three uploads only what this day draws: at most as many.)
  expect(after.geometries).toBeGreaterThan(0);
  expect(after.geometries).toBeLessThanOrEqual(before.geometries);
  expect(after.calls).toBe(before.calls);
  expect(await page.getByTestId('scene').getAttribute('data-drawn-day')).toBe(drawnDay);
  // Not blank: fat (yellow) fills a good part of the day-9 picture again.
  const shares = await colourShares(page, await viewScreenshot(page, 'context-restored'));
  expect(shares.yellow).toBeGreaterThan(0.02);
  console.log(`warnings about the old context: ${warnings.length}`);
  expect(warnings).toEqual([]);
});

test('a context lost for good gets a fresh 3D view within seconds, and the button restarts it too', async ({ page }) => {
  await openLobule(page, 'day=9&cutaway=0');
  const boundary = page.locator('.scene-boundary');
  await expect(boundary).toHaveAttribute('data-scene-generation', '0');
  await loseContext(page, 'loseContext');
  await expect(page.getByTestId('scene-lost')).toBeVisible();
  await expect(boundary).toHaveAttribute('data-scene-generation', '1', { timeout: 10_000 });
  await expect(page.getByTestId('scene-lost')).toHaveCount(0);
  await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-day', '9');
  await expect(page.locator('[data-profiler]')).not.toHaveAttribute('data-calls', '0');
  const shares = await colourShares(page, await viewScreenshot(page, 'context-remounted'));
  expect(shares.yellow).toBeGreaterThan(0.02);

  // Lost again: the notice offers the restart at once.
  await loseContext(page, 'loseContext');
  await page.getByRole('button', { name: 'Restart 3D view' }).click();
  await expect(boundary).toHaveAttribute('data-scene-generation', '2');
  await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-day', '9');
});

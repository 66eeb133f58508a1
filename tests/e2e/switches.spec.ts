// The switches' options and the Reset button, used as a lecturer would: by their labels.

import { expect, test } from '@playwright/test';
import { openControls, openLobule } from './lobule-page';

test('a later senolytic window and a later seeding day, each said plainly', async ({ page }) => {
  await openLobule(page, 'day=7');
  await openControls(page);
  await page.getByRole('switch', { name: /Senolytic clearance/ }).check();
  await page.getByRole('combobox', { name: 'Senolytic given' }).selectOption({ label: 'days 6–10' });
  await expect(page.getByRole('button', { name: 'Senolytic d6–10', exact: true })).toBeVisible();
  await expect.poll(() => page.url()).toContain('clearance=6-10');

  await page.getByRole('combobox', { name: 'Tumour seeded' }).selectOption({ label: 'on day 15, after involution' });
  await page.getByRole('switch', { name: /Tumour seeding/ }).check();
  await expect(page.getByTestId('tumour-when')).toHaveText('Not seeded yet: the tumour appears on day 15.');
  await expect.poll(() => page.url()).toContain('tumour=15');
  await page.getByRole('combobox', { name: 'Tumour seeded' }).selectOption({ label: 'on day 3' });
  await expect(page.getByTestId('tumour-when')).toHaveText('Seeded on day 3; growing since.');
});

test('Reset restores every default', async ({ page }) => {
  test.setTimeout(120_000);
  await openLobule(page, 'day=12&clearance=6-10&tumour=3&view=he&cutaway=0&speed=4&seed=9');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page.locator('[data-scorecard]')).toHaveCount(2);
  // The side panel scrolled down to the legend, as after a while of use.
  await openControls(page);
  await page.locator('.side-panel').evaluate((panel) => { panel.scrollTop = panel.scrollHeight; });
  expect(await page.locator('.side-panel').evaluate((panel) => panel.scrollTop)).toBeGreaterThan(100);
  await page.getByRole('button', { name: 'Reset' }).click();
  // It shows its top again: the switches.
  await expect.poll(() => page.locator('.side-panel').evaluate((panel) => panel.scrollTop)).toBe(0);
  await expect(page.getByTestId('phase')).toHaveText('Lactation');
  await expect(page.getByTestId('day')).toHaveText('Day -3');
  await expect(page.getByRole('button', { name: 'Compare' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('[data-scorecard]')).toHaveCount(0);
  await openControls(page);
  await expect(page.getByRole('switch', { name: /Senolytic clearance/ })).not.toBeChecked();
  await expect(page.getByRole('switch', { name: /Tumour seeding/ })).not.toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Senolytic given' })).toHaveValue('2-6');
  await expect(page.getByRole('combobox', { name: 'Tumour seeded' })).toHaveValue('0');
  await expect(page.getByTestId('colour-mode')).toHaveValue('cells');
  await expect(page.getByTestId('cutaway')).toBeChecked();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect.poll(() => page.url()).toMatch(/\?day=-3(&aa=0&profiler=1|&profiler=1&aa=0)?$/);
  await expect(page.locator('[data-metric=alveolarCells] td')).not.toHaveText('');
});

// Without WebGL (old machines, locked-down browsers) the page still teaches: a clear message where
// the picture would be, and the clock, switches and numbers all work.

import { expect, test } from '@playwright/test';

test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--disable-3d-apis', '--disable-webgl', '--disable-background-networking', '--no-first-run'],
  },
});

test('says WebGL is unavailable and keeps the rest of the app working', async ({ page }) => {
  await page.goto('/?day=5');
  await expect(page.getByRole('alert')).toContainText('cannot draw 3D');
  await expect(page.getByTestId('phase')).toHaveText('Involution II (remodelling)');
  await page.keyboard.press(']');
  await expect(page.getByTestId('day')).toHaveText('Day 5.25');
  const toggle = page.getByTestId('panel-toggle');
  if (await toggle.isVisible()) await toggle.click();
  await expect(page.locator('[data-metric=senescentCells] td')).toHaveText(/^\d+$/);
});

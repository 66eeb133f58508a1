// Accessibility and languages as people meet them: the language switches without a reload and the
// page says which language it is in.

import { expect, test } from '@playwright/test';
import { openControls, openLobule } from './lobule-page';

test('switches to French from the "Language" picker without a reload, and <html lang> follows', async ({ page }) => {
  await openLobule(page, 'day=5.5');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.evaluate(() => { (window as unknown as { notReloaded: boolean }).notReloaded = true; });
  await openControls(page);
  const picker = page.getByRole('combobox', { name: 'Language' });
  await picker.focus();
  await picker.selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('phase')).toHaveText('Involution II (remodelage)');
  await expect(page.getByTestId('day')).toHaveText('Jour 5,5');
  await expect(page.getByRole('combobox', { name: 'Langue' })).toBeFocused();
  await expect(page.getByTestId('scene')).toHaveAttribute('aria-label', /Vue 3D du lobule/);
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await expect.poll(() => page.url()).toContain('lang=fr');
  await expect(page).toHaveTitle(/sénescence/);
});

test('opens in French with ?lang=fr, numbers written the French way, notices in French', async ({ page }) => {
  await page.goto('/?lang=fr&day=5.25&seed=banana&aa=0');
  // Notices fade after a while: read it first.
  await expect(page.getByTestId('notice')).toContainText('Paramètre seed=banana ignoré : attendu un entier de 0 à');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByTestId('day')).toHaveText('Jour 5,25');
  await expect(page.getByTestId('play')).toHaveText('Lecture');
  await openControls(page);
  await expect(page.locator('[data-metric=adipocyteFill] td')).toHaveText(/^\d+\s%$/);
});

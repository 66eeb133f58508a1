// Accessibility and languages as people meet them: the language switches without a reload and the
// page says which language it is in.

import { expect, test } from '@playwright/test';
import { openControls, openLobule, viewScreenshot } from './lobule-page';
import { pixelsAt } from './theme-pixels';

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

test('the projector theme: light, readouts at least 28 px at 1920×1080, chosen in Settings or by ?theme=', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openLobule(page, 'day=5&theme=projector');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  const sizes = await page.evaluate(() => ['[data-testid=day]', '[data-testid=phase]', '[data-metric] td']
    .map((selector) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize)));
  for (const size of sizes) expect(size).toBeGreaterThanOrEqual(28);
  const background = await page.evaluate(() => getComputedStyle(document.querySelector('.title-card')!).backgroundColor);
  expect(background).toBe('rgb(255, 255, 255)');

  // Back to the default theme from the Settings dialog; the readouts shrink, the URL follows.
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('combobox', { name: 'Theme' }).selectOption('high-contrast');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'high-contrast');
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.title-card')!).backgroundColor)).toBe('rgb(0, 0, 0)');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
  await expect.poll(() => page.url()).toContain('theme=high-contrast');
});

test('the 3D view\'s background and depth haze follow the theme: grey for the projector, black for high contrast', async ({ page }) => {
  test.setTimeout(120_000);
  await openLobule(page, 'day=5&theme=projector');
  const canvas = page.getByTestId('scene').locator('canvas');
  const corners = async (name: string): Promise<string[]> => {
    const png = await viewScreenshot(page, `background-${name}`);
    const { width, height } = page.viewportSize()!;
    const hex = (rgb: number[]): string => `#${rgb.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
    return (await pixelsAt(page, png, [[3, 3], [width - 4, 3], [3, height - 4], [width - 4, height - 4]])).map(hex);
  };
  // The lobule sits in the middle: at least three corners show the background itself.
  const expectBackground = async (name: string, colour: string): Promise<void> => {
    await expect(canvas).toHaveAttribute('data-haze', colour);
    await expect.poll(async () => (await corners(name)).filter((c) => c === colour).length, { message: `${name} background` }).toBeGreaterThanOrEqual(3);
  };
  await expectBackground('projector', '#c8ced6');
  for (const [theme, colour] of [['high-contrast', '#000000'], ['default', '#f5f2ec']] as const) {
    await openControls(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('dialog', { name: 'Settings' }).getByRole('combobox', { name: 'Theme' }).selectOption(theme);
    await page.keyboard.press('Escape');
    await expectBackground(theme, colour);
  }
});

test.describe('under prefers-reduced-motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('nothing plays by itself, and the Settings switch shows and changes the choice', async ({ page }) => {
    await openLobule(page, 'day=2&play=1');
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduced');
    await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
    await page.waitForTimeout(1000);
    await expect(page.getByTestId('day')).toHaveText('Day 2');
    await openControls(page);
    await page.getByRole('button', { name: 'Settings' }).click();
    const motion = page.getByRole('switch', { name: /Reduce motion/ });
    await expect(motion).toBeChecked();
    await motion.uncheck();
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'full');
  });

  test('a tour chapter with a played span opens on its end state after Next, and stays still', async ({ page }) => {
    await openLobule(page, 'day=10');
    await page.getByRole('button', { name: 'Tour' }).click();
    await expect(page.getByTestId('tour-count')).toHaveText('1 / 8');
    // Every day the readout shows from the press of Next on (the weaning chapter spans day −0.25 to 2).
    await page.evaluate(() => {
      const readout = document.querySelector('[data-testid=day]')!;
      const seen: string[] = [];
      (window as unknown as { daysSeen: string[] }).daysSeen = seen;
      new MutationObserver(() => seen.push(readout.textContent ?? '')).observe(readout, { childList: true, characterData: true, subtree: true });
    });
    await page.getByTestId('tour').getByRole('button', { name: 'Next' }).click();
    await expect(page.getByTestId('tour-count')).toHaveText('2 / 8');
    await expect(page.getByTestId('day')).toHaveText('Day 2');
    await expect(page.getByTestId('phase')).toHaveText('Involution II (remodelling)');
    // Longer than the chapter's opening hold (2.4 s), after which a played span would move the day.
    await page.waitForTimeout(4000);
    expect(await page.evaluate(() => (window as unknown as { daysSeen: string[] }).daysSeen)).toEqual(['Day 2']);
    await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  });
});

test('every control is reached by Tab in reading order, with a visible focus ring, and Tab leaves the 3D view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLobule(page, 'day=5');
  const seen: { name: string; outline: string; top: number; left: number }[] = [];
  await page.locator('body').focus();
  for (let k = 0; k < 60; k++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const name = el.getAttribute('aria-label') ?? el.getAttribute('data-testid') ?? el.textContent?.trim().slice(0, 30) ?? el.tagName;
      return { name, outline: `${style.outlineStyle} ${style.outlineWidth}`, top: box.top, left: box.left };
    });
    if (!info) continue;
    if (seen.length > 0 && seen[0].name === info.name) break; // wrapped round
    seen.push(info);
  }
  const names = seen.map((s) => s.name);
  // The 3D view is focusable and Tab moves on from it (no keyboard trap).
  expect(names.some((n) => /3D view of the lobule/.test(n))).toBe(true);
  expect(names.indexOf('play')).toBeGreaterThan(-1);
  for (const expected of ['switch-clearance', 'switch-tumour', 'language', 'settings']) expect(names).toContain(expected);
  // Every focused control draws a ring.
  for (const s of seen) expect(s.outline, s.name).not.toMatch(/^none|0px$/);
});

test('a polite live region says what the tissue is doing as time moves, in the page\'s language', async ({ page }) => {
  await openLobule(page, 'day=5');
  const live = page.getByTestId('live-description');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await page.getByTestId('scene').focus();
  await page.keyboard.press(']');
  await expect(live).toHaveText(/^Day 5\.25, Involution II \(remodelling\): .*senescent and signalling; macrophages at \d+ times their lactation number; no senolytic\.$/);
  await openControls(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(live).toHaveText(/^Jour 5,25, Involution II \(remodelage\) : .*pas de sénolytique\.$/);
});

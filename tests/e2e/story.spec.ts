// Telling the story in a real browser: the guided tour, the cell inspector, labels, the presenter's
// help and the science behind the numbers, used as a lecturer or a visitor would.

import { expect, test, type Page } from '@playwright/test';
import { afterNextFrame, openControls, openLobule, viewCentre } from './lobule-page';

test('the tour opens, Next moves chapter with its day and switches, and Escape closes it', async ({ page }) => {
  // Six chapters, four new runs: longer than one page load on software rendering.
  test.setTimeout(150_000);
  await openLobule(page, 'day=10');
  await page.getByRole('button', { name: 'Tour' }).click();
  const tour = page.getByTestId('tour');
  await expect(tour).toBeVisible();
  await expect(page.getByTestId('tour-count')).toHaveText('1 / 8');
  await expect(page.getByTestId('phase')).toHaveText('Lactation');
  await expect(tour.getByRole('heading')).toHaveText('A lactating lobule');

  const next = tour.getByRole('button', { name: 'Next' });
  await next.click();
  await expect(page.getByTestId('tour-count')).toHaveText('2 / 8');
  // The weaning chapter plays from just before weaning into the reversible phase.
  await expect(page.getByTestId('phase')).toHaveText('Involution I (reversible)', { timeout: 15_000 });
  // Time is moving, so the button offers Pause; pressing it holds the chapter's day there.
  const play = page.getByTestId('play');
  await expect(play).toHaveText('Pause');
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await play.click();
  await expect(play).toHaveText('Play');
  const held = await page.getByTestId('day').textContent();
  await page.waitForTimeout(1500);
  await expect(page.getByTestId('day')).toHaveText(held!);

  await next.click();
  await next.click();
  await next.click();
  await expect(page.getByTestId('tour-count')).toHaveText('5 / 8');
  await expect(tour.getByRole('heading')).toHaveText('A senolytic delays involution');
  await expect.poll(() => page.url()).toContain('tour=senolytic');
  expect(page.url()).toContain('clearance=1');
  expect(page.url()).toContain('compare=1');
  await openControls(page);
  await expect(page.getByTestId('switch-clearance')).toBeChecked();
  await expect(page.getByTestId('switch-tumour')).not.toBeChecked();

  await next.click();
  await expect(page.getByTestId('tour-count')).toHaveText('6 / 8');
  await expect(page.getByTestId('switch-tumour')).toBeChecked();
  await tour.getByRole('button', { name: 'Previous' }).click();
  await expect(page.getByTestId('tour-count')).toHaveText('5 / 8');
  await expect(page.getByTestId('switch-tumour')).not.toBeChecked();

  await page.keyboard.press('Escape');
  await expect(tour).toHaveCount(0);
  await expect.poll(() => page.url()).not.toContain('tour=');
});

test('a link opens the tour at a chapter, with that chapter\'s settings', async ({ page }) => {
  await page.goto('/?tour=tumour-after-involution&aa=0&profiler=1');
  await expect(page.getByTestId('tour-count')).toHaveText('7 / 8');
  await expect(page.getByTestId('phase')).toHaveText('Regressed (resting)');
  await openControls(page);
  await expect(page.getByTestId('switch-tumour')).toBeChecked();
  await expect(page.getByText('Oncogene switched on in a few luminal cells on day 15')).toBeVisible();
});

/** Clicks the view at a few points near its centre until one lands on a cell (the card opens). */
async function clickACell(page: Page): Promise<void> {
  const box = (await page.getByTestId('scene').boundingBox())!;
  const centre = await viewCentre(page);
  for (const [fx, fy] of [[0, 0], [-0.05, 0], [0.05, -0.05], [0, 0.1], [-0.1, -0.1], [0.1, 0.05]]) {
    await page.mouse.click(centre.x + box.width * fx, centre.y + box.height * fy);
    if (await page.getByTestId('cell-card').isVisible()) return;
  }
  throw new Error('no cell under any of the points clicked');
}

test('clicking a cell in lactation opens its card; following it while playing updates the card', async ({ page }) => {
  await openLobule(page, 'day=-0.5&speed=0.5');
  // Inside an alveolus: the ray crosses the milk to the milk-making cells of the far wall.
  await afterNextFrame(page, () => page.keyboard.press('1'));
  await clickACell(page);
  const card = page.getByTestId('cell-card');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Luminal alveolar cell');
  await expect(page.getByTestId('cell-state')).toHaveText('Secreting milk since the start');
  const before = await card.innerText();
  await card.getByRole('button', { name: 'Follow' }).click();
  await expect(card.getByRole('button', { name: 'Follow' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('play').click();
  // Weaning comes, the day moves on: the time in the state (or the state itself) changes.
  await expect.poll(() => card.innerText(), { timeout: 20_000 }).not.toBe(before);
  await page.getByTestId('play').click();
  await card.getByRole('button', { name: 'Close' }).click();
  await expect(card).toHaveCount(0);
});

test('L shows labels on the structures, apart from each other, and they follow the camera', async ({ page }) => {
  await openLobule(page, 'day=4');
  await expect(page.getByTestId('scene-labels')).toBeHidden();
  await afterNextFrame(page, () => page.keyboard.press('l'));
  await expect(page.getByRole('button', { name: 'Labels' })).toHaveAttribute('aria-pressed', 'true');
  const shown = page.locator('.scene-label:visible');
  await expect.poll(() => shown.count()).toBeGreaterThanOrEqual(4);
  const boxes = async () => page.locator('.scene-label:visible').evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { name: e.textContent, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }));
  const before = await boxes();
  for (let a = 0; a < before.length; a++) {
    for (let b = a + 1; b < before.length; b++) {
      const A = before[a], B = before[b];
      expect(A.left < B.right && B.left < A.right && A.top < B.bottom && B.top < A.bottom, `${A.name} overlaps ${B.name}`).toBe(false);
    }
  }
  const scene = (await page.getByTestId('scene').boundingBox())!;
  await afterNextFrame(page, async () => {
    await page.mouse.move(scene.x + scene.width / 2, scene.y + scene.height / 2);
    await page.mouse.down();
    await page.mouse.move(scene.x + scene.width / 2 + 90, scene.y + scene.height / 2, { steps: 3 });
    await page.mouse.up();
  });
  const after = await boxes();
  expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
  await afterNextFrame(page, () => page.keyboard.press('L'));
  await expect(page.getByTestId('scene-labels')).toBeHidden();
});

test('in the lactation close-up the milk label points at the lumen in front, not at one behind it', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?tour=lactation&aa=0&profiler=1');
  await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-version', /\d+/, { timeout: 90_000 });
  await expect(page.locator('.scene-label[data-label=milk]')).toBeVisible({ timeout: 30_000 });
  const { x: cx, y: cy } = await viewCentre(page);
  const scene = (await page.getByTestId('scene').boundingBox())!;
  const near = 0.15 * Math.min(scene.width, scene.height);
  // Each label's dot, in the order of the boxes (the overlay adds them in the same order), as its
  // distance from the view's centre once the labels have settled on the chapter's view.
  const fromCentre = () => page.evaluate(({ cx, cy }) => {
    const circles = [...document.querySelectorAll('.scene-label-lines circle')];
    return Object.fromEntries([...document.querySelectorAll<HTMLElement>('.scene-label')].map((box, i) => {
      const r = circles[i].getBoundingClientRect();
      return [box.dataset.label, Math.round(Math.hypot(r.left + r.width / 2 - cx, r.top + r.height / 2 - cy))];
    }));
  }, { cx, cy });
  // The chapter's camera looks into the middle of one alveolus: its lumen, in front of all the
  // others, is what the milk label names (it used to name one further back, off to the side).
  await expect.poll(async () => (await fromCentre()).milk, { timeout: 15_000 }).toBeLessThan(near);
});

test('? opens the keyboard shortcuts, listing every key; Escape closes it', async ({ page }) => {
  await openLobule(page, 'day=2');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  for (const key of ['Space', 'Home', 'C', 'T', 'V', 'X', 'L', 'F', '?', 'Esc']) await expect(dialog.locator('kbd', { hasText: new RegExp(`^${key.replace('?', '\\?')}$`) })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('an [INF] mark opens About the science at the section that explains it', async ({ page }) => {
  // A lecturer's screen: the human time's mark shows beside the clock.
  await page.setViewportSize({ width: 1024, height: 700 });
  await openLobule(page, 'day=3');
  // The human time is written by a subscription (not a re-render): it follows the day.
  await expect(page.locator('.human-line')).toContainText('Human: ≈ 5 weeks after weaning');
  await page.evaluate(() => (window as unknown as { lobuleStore: { getState(): { setDay(day: number): void } } }).lobuleStore.getState().setDay(10));
  await expect(page.locator('.human-line')).toContainText('Human: ≈ 7 months after weaning');
  await page.locator('.human-line').getByRole('button', { name: '[INF]' }).click();
  const about = page.getByRole('dialog', { name: 'About the science' });
  await expect(about).toBeVisible();
  await expect(about.getByText(/Chiche A\. et al\./)).toHaveCount(1);
  await expect(about.locator('#about-timescale h3')).toBeFocused();
  await expect(about.locator('#about-timescale h3')).toBeInViewport();
  await about.getByRole('button', { name: 'Close' }).click();
  await expect(about).toBeHidden();
  await openControls(page);
  await page.locator('.metrics').getByRole('button', { name: '[INF]' }).click();
  await expect(about.locator('#about-numbers h3')).toBeFocused();
  await expect(about.getByText(/^Tags: \[2026\]/)).toBeInViewport();
});

test("wherever the model's numbers show, an [INF] mark says they are illustrative: the chart, each scorecard, the human time in compare and on a phone", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLobule(page, 'day=10&compare=1&tumour=1');
  await expect(page.getByRole('figure', { name: 'Cell populations over time' }).getByRole('button', { name: '[INF]' })).toBeVisible();
  for (const side of ['untreated', 'senolytic']) await expect(page.locator(`[data-scorecard=${side}]`).getByRole('button', { name: '[INF]' })).toBeVisible();
  // Compare keeps the day's human equivalent beside it (short: the mark without its words).
  await expect(page.locator('.human-line')).toBeVisible();
  await expect(page.locator('.human-line')).toContainText('Human: ≈ 7 months after weaning');
  await expect(page.locator('.human-line').getByRole('button', { name: '[INF]' })).toBeVisible();
  // A phone has no room for "approximate, by phase": the mark stays, and opens the timescale's section.
  await page.setViewportSize({ width: 390, height: 844 });
  await openLobule(page, 'day=10');
  await expect(page.locator('.human-line').getByText('approximate, by phase')).toBeHidden();
  await page.locator('.human-line').getByRole('button', { name: '[INF]' }).click();
  await expect(page.getByRole('dialog', { name: 'About the science' }).locator('#about-timescale h3')).toBeFocused();
});

test('on a phone, Controls offers About the science and a Settings dialog whose words can be read', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openLobule(page, 'day=4');
  // The title card's About gives the picture room here; the drawer has it instead.
  await expect(page.getByTestId('about-button')).toBeHidden();
  await openControls(page);
  // Upright, the drawer spans the width and the title card steps aside under it (it peeked out,
  // cut in half, and its words showed through the drawer's panels).
  const drawer = (await page.locator('.side-panel').boundingBox())!;
  expect(drawer.x).toBeLessThan(12);
  expect(drawer.x + drawer.width).toBeGreaterThan(378);
  await expect(page.locator('.title-card')).toBeHidden();
  await page.getByTestId('about-button-panel').click();
  const about = page.getByRole('dialog', { name: 'About the science' });
  await expect(about).toBeVisible();
  await about.getByRole('button', { name: 'Close' }).click();
  await expect(about).toBeHidden();
  await openControls(page);
  await page.getByTestId('settings').click();
  const settings = page.getByTestId('settings-dialog');
  await expect(settings).toBeVisible();
  // The reduced-motion switch is a box with its words beside it, inside the dialog (the box was
  // stretched across the dialog and the words squeezed into a sliver past its edge).
  const dialogBox = (await settings.boundingBox())!;
  const checkBox = (await page.getByTestId('reduced-motion').boundingBox())!;
  const words = (await settings.locator('.switch-text').boundingBox())!;
  expect(checkBox.width).toBeLessThan(40);
  expect(words.width).toBeGreaterThan(150);
  expect(words.x + words.width).toBeLessThanOrEqual(dialogBox.x + dialogBox.width);
  await page.getByTestId('settings-close').click();
  // The drawer closed, the title card is back where it was.
  await openControls(page);
  await page.getByTestId('panel-toggle').click();
  await expect(page.locator('.side-panel')).toBeHidden();
  await expect(page.locator('.title-card')).toBeVisible();
  // A projector's width: About is in the title card again, and only there.
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByTestId('about-button')).toBeVisible();
  await expect(page.getByTestId('about-button-panel')).toBeHidden();
});

test('the clean view leaves only the timeline; Show controls and Escape bring the rest back', async ({ page }) => {
  // The presenter's buttons are for a lecturer's screen (small screens hide them for the picture).
  await page.setViewportSize({ width: 1024, height: 700 });
  await openLobule(page, 'day=3');
  await page.getByRole('button', { name: 'Clean view' }).click();
  await expect(page.locator('.title-card')).toBeHidden();
  await expect(page.getByTestId('timeline')).toBeVisible();
  await page.getByRole('button', { name: 'Show controls' }).click();
  await expect(page.locator('.title-card')).toBeVisible();
  await page.getByRole('button', { name: 'Clean view' }).click();
  await page.keyboard.press('Escape');
  await expect(page.locator('.title-card')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();
});

test('on a 4:3 projector the labels keep off the picture key in its corner, and a cell\'s card puts the key away', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await openLobule(page, 'day=4');
  const key = page.locator('.picture-key');
  await expect(key).toBeVisible();
  // Opened, as a lecturer opens it to name the colours.
  await key.locator('summary').click();
  await expect(key).toHaveAttribute('open', '');
  await afterNextFrame(page, () => page.keyboard.press('l'));
  await expect.poll(() => page.locator('.scene-label:visible').count()).toBeGreaterThanOrEqual(4);
  // The key is placed outside the title card (fixed in the picture's lower left): labels once ran under it.
  const keyBox = (await key.boundingBox())!;
  const labels = await page.locator('.scene-label:visible').evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { name: e.textContent, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }));
  for (const l of labels) {
    const overlaps = l.left < keyBox.x + keyBox.width && keyBox.x < l.right && l.top < keyBox.y + keyBox.height && keyBox.y < l.bottom;
    expect(overlaps, `${l.name} lies on the picture key`).toBe(false);
  }
  // A cell's card opens in the key's corner: the key steps aside until the card closes.
  await afterNextFrame(page, () => page.keyboard.press('l'));
  await clickACell(page);
  await expect(key).toBeHidden();
  await page.getByTestId('cell-card').getByRole('button', { name: 'Close' }).click();
  await expect(key).toBeVisible();
});

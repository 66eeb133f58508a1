// The museum kiosk: the tour plays itself until a touch; after `idle` seconds a "Still there?"
// countdown, then a full reset to the attract loop; big targets; the operator's way out.

import { expect, test, type Page } from '@playwright/test';
import { pixelsAt } from './theme-pixels';

test.use({ hasTouch: true, viewport: { width: 640, height: 480 } });
// Real seconds of idling and counting down, on a machine that renders in software.
test.setTimeout(200_000);

test('attract loop → touch to explore → idle → countdown → attract loop again', async ({ page }) => {
  // Long enough for a slow, shared machine to do the visitor's three taps inside it (they take 1–3 s).
  await page.goto('/?mode=kiosk&idle=12&aa=0&profiler=1');
  // The attract loop: the guided tour walking on by itself, with a clear call.
  await expect(page.getByTestId('kiosk-explore')).toHaveText('Touch to explore');
  await expect(page.getByTestId('tour')).toHaveAttribute('data-chapter', /.+/);
  await expect(page.getByTestId('tour-count')).toHaveText('1 / 8');

  // A visitor touches (anywhere): the call goes, the tour stops walking, the app is theirs.
  await page.touchscreen.tap(320, 240);
  await expect(page.getByTestId('kiosk-attract')).toHaveCount(0);
  await page.getByTestId('panel-toggle').tap();
  await page.getByTestId('switch-tumour').tap();
  await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('tumour'))).toBe('1');

  // Nobody touches for 12 s: "Still there?" counts down from 10; a touch cancels it.
  await expect(page.getByTestId('kiosk-still-there')).toBeVisible({ timeout: 40_000 });
  await expect(page.getByTestId('kiosk-countdown')).toHaveText(/^(10|9|8)$/);
  await page.touchscreen.tap(320, 240);
  await expect(page.getByTestId('kiosk-still-there')).toHaveCount(0);
  await expect(page.getByTestId('switch-tumour')).toBeChecked();

  // Again, and this time let it run out: everything resets and the tour plays itself again.
  await expect(page.getByTestId('kiosk-still-there')).toBeVisible({ timeout: 40_000 });
  await expect(page.getByTestId('kiosk-countdown')).toHaveText('3', { timeout: 12_000 });
  await expect(page.getByTestId('kiosk-attract')).toBeVisible({ timeout: 6_000 });
  await expect(page.getByTestId('kiosk-still-there')).toHaveCount(0);
  await expect(page.getByTestId('tour-count')).toHaveText('1 / 8');
  await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('tumour'))).toBeNull();
});

/** Visible controls smaller than a finger's 48 px, by name and size. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const targets = [...document.querySelectorAll<HTMLElement>('button, select, input[type=range], label.switch, .marker, summary')]
      .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.profiler'));
    return targets.map((el) => ({ name: (el.textContent || el.getAttribute('aria-label') || el.tagName).trim().slice(0, 30), box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.height < 47.5 || box.width < 47.5)
      .map(({ name, box }) => `${name} ${Math.round(box.width)}×${Math.round(box.height)}`);
  });
}

test('on a portrait kiosk screen the title card\'s picture key and the side panel are finger-sized, and no download is offered', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto('/?mode=kiosk&aa=0');
  await page.touchscreen.tap(540, 960);
  await expect(page.getByTestId('kiosk-attract')).toHaveCount(0);
  // Large enough for the picture key to sit open in the title card and the side panel to stand whole.
  await expect(page.getByRole('button', { name: 'Full legend' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show as table' })).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
  // Nobody at a kiosk can take a file away (and the kiosk blocks downloads).
  await expect(page.getByRole('button', { name: 'Download CSV' })).toHaveCount(0);
});

test('on a portrait kiosk screen the overview shows the whole lobule, not cut at the sides', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto('/?mode=kiosk&aa=0&day=3');
  await page.touchscreen.tap(540, 960);
  await expect(page.getByTestId('kiosk-attract')).toHaveCount(0);
  await page.getByRole('button', { name: 'Overview' }).tap();
  await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-version', /\d+/, { timeout: 60_000 });
  await page.waitForTimeout(1500);
  const hide = await page.addStyleTag({ content: '.hud { visibility: hidden !important; }' });
  const png = await page.screenshot();
  await hide.evaluate((e) => (e as Element).remove());
  const scene = (await page.getByTestId('scene').boundingBox())!;
  const left = Math.round(scene.x + 3), right = Math.round(scene.x + scene.width - 4);
  const points: [number, number][] = [];
  for (let y = Math.round(scene.y + 4); y < scene.y + scene.height - 4; y += 8) points.push([left, y], [right, y]);
  const [background, ...edge] = await pixelsAt(page, png, [[right, Math.round(scene.y + 3)], ...points]);
  const drawn = edge.filter((p) => Math.abs(p[0] - background[0]) + Math.abs(p[1] - background[1]) + Math.abs(p[2] - background[2]) > 30).length;
  // Before, the kiosk's landscape distance limit held the camera at half the portrait overview's
  // distance: the lobule ran off both sides (a quarter of these edge points).
  expect(drawn / edge.length).toBeLessThan(0.03);
});

test('touch targets are at least 48 px, and there is no context menu, selection or way out', async ({ page }) => {
  await page.goto('/?mode=kiosk&aa=0');
  await expect(page.getByTestId('kiosk-attract')).toBeVisible();
  await page.touchscreen.tap(320, 240);
  await expect(page.getByTestId('kiosk-attract')).toHaveCount(0);
  await page.getByTestId('panel-toggle').tap();
  expect(await smallTargets(page)).toEqual([]);
  // The 3D view may be remounting (a lost WebGL context on a loaded machine comes back in a new canvas).
  await expect(page.getByTestId('scene').locator('canvas')).toHaveCount(1, { timeout: 30_000 });
  const defaults = await page.evaluate(() => {
    const fire = (type: string, target: EventTarget) => !target.dispatchEvent(new Event(type, { bubbles: true, cancelable: true }));
    return {
      contextMenu: fire('contextmenu', document.querySelector('canvas')!),
      select: fire('selectstart', document.querySelector('h1')!),
      userSelect: getComputedStyle(document.body).userSelect,
      viewport: document.querySelector('meta[name=viewport]')!.getAttribute('content'),
    };
  });
  expect(defaults).toEqual({ contextMenu: true, select: true, userSelect: 'none', viewport: expect.stringContaining('user-scalable=no') });
  // A link, were one ever shown, does not navigate away.
  await page.evaluate(() => {
    const link = Object.assign(document.createElement('a'), { href: 'https://example.org/', textContent: 'out' });
    document.querySelector('.title-card')!.append(link);
    link.click();
  });
  await page.waitForTimeout(300);
  expect(page.url()).toContain('mode=kiosk');
});

test('a portrait kiosk offers no Keys or Full screen button (no keyboard, no way out), but About the science', async ({ page }) => {
  await page.setViewportSize({ width: 1080, height: 1920 });
  await page.goto('/?mode=kiosk&aa=0');
  // The attract loop's call stands clear of the title card, the tour's card and the timeline.
  await expect(page.getByTestId('tour')).toBeVisible();
  const call = (await page.getByTestId('kiosk-explore').boundingBox())!;
  for (const other of ['.title-card', '.tour-card', '.bottom-bar']) {
    const box = (await page.locator(other).boundingBox())!;
    const overlaps = call.x < box.x + box.width && box.x < call.x + call.width && call.y < box.y + box.height && box.y < call.y + call.height;
    expect(overlaps, other).toBe(false);
  }
  await page.touchscreen.tap(540, 960);
  await expect(page.getByTestId('kiosk-attract')).toHaveCount(0);
  await expect(page.getByTestId('about-button')).toBeVisible();
  await expect(page.getByTestId('keys-button')).toBeHidden();
  await expect(page.getByTestId('full-screen')).toBeHidden();
  // The readouts' note speaks to a visitor: the run's seed, which a lecturer may quote, is left out.
  await expect(page.locator('.metrics .note')).toHaveText(/^Model numbers for one mouse lobule; illustrative/);
});

test('the operator leaves with a long press in the corner and the PIN', async ({ page }) => {
  await page.goto('/?mode=kiosk&pin=2468&aa=0');
  await expect(page.getByTestId('kiosk-attract')).toBeVisible();
  const corner = page.getByTestId('kiosk-operator-corner');
  // A short press does nothing.
  await corner.dispatchEvent('pointerdown');
  await page.waitForTimeout(500);
  await corner.dispatchEvent('pointerup');
  await page.waitForTimeout(3000);
  await expect(page.getByTestId('kiosk-operator-exit')).toHaveCount(0);
  // A three-second hold opens the PIN pad; a wrong PIN keeps the kiosk.
  await corner.dispatchEvent('pointerdown');
  await expect(page.getByTestId('kiosk-operator-exit')).toBeVisible({ timeout: 5_000 });
  for (const digit of '1111') await page.getByTestId(`kiosk-pin-${digit}`).tap();
  await page.getByTestId('kiosk-leave').tap();
  await expect(page.getByText('Wrong PIN.')).toBeVisible();
  expect(page.url()).toContain('mode=kiosk');
  for (const digit of '2468') await page.getByTestId(`kiosk-pin-${digit}`).tap();
  await page.getByTestId('kiosk-leave').tap();
  await expect.poll(() => page.url()).not.toContain('mode=kiosk');
  expect(page.url()).not.toContain('pin=');
  await expect(page.getByTestId('kiosk-attract')).toHaveCount(0);
  await expect(page.getByTestId('share')).toBeAttached();
});

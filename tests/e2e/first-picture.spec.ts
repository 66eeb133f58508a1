// The first picture: the controls and a still poster paint before three.js has loaded; opened from
// disk, the normal build says in plain words that it must be served, and how. URL notices stay
// until the picture is up; odd parameters are reported and dropped from the address.

import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { waitForDrawn } from './lobule-page';

test('paints the controls and a poster before three.js arrives, then the 3D view replaces it', async ({ page }) => {
  // Hold the three.js chunk back until the shell has been checked.
  let release: () => void = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/assets\/three-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/?day=2&aa=0&profiler=1');
  await expect(page.getByTestId('poster')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(page.getByTestId('day')).toHaveText('Day 2');
  expect(await page.locator('[data-testid=scene] canvas').count()).toBe(0);
  // The still stands where the 3D view will draw the lobule: clear of the controls, not at the
  // canvas's middle under the title card.
  const still = (await page.getByTestId('poster').locator('img').boundingBox())!;
  release();
  await waitForDrawn(page, 2);
  await expect(page.getByTestId('poster')).toHaveCount(0);
  const [x, y] = (await page.getByTestId('scene').getAttribute('data-view-centre'))!.split(',').map(Number);
  // Within a few px: the run brings the timeline's event markers and the title card's tissue badge,
  // which may resize them a little (the canvas's middle is ~150 px from the lobule's here).
  expect(Math.abs(still.x + still.width / 2 - x)).toBeLessThan(20);
  expect(Math.abs(still.y + still.height / 2 - y)).toBeLessThan(20);
});

test('opened from disk, the normal build says it must be served and how', async ({ page }) => {
  const index = resolve('dist/index.html');
  test.skip(!existsSync(index), 'needs npm run build');
  await page.goto(`file://${index}`);
  const boot = page.locator('#root .boot');
  await expect(boot).toContainText('cannot start from a file on disk', { timeout: 10_000 });
  await expect(boot).toContainText('python3 -m http.server');
});

test('reports inherited names and duplicates, keeps notices until the picture is up, drops junk from the address', async ({ page }) => {
  const junk = 'x'.repeat(5000);
  await page.goto(`/?day=4&day=abc&constructor=1&toString=2&junk=${junk}&aa=0&profiler=1`);
  const notices = page.getByTestId('notice');
  await expect(notices.filter({ hasText: 'day was given 2 times; used the first (4).' })).toHaveCount(1);
  await expect(notices.filter({ hasText: 'Ignored constructor' })).toHaveCount(1);
  await expect(notices.filter({ hasText: 'Ignored toString' })).toHaveCount(1);
  await waitForDrawn(page, 4);
  // Still there once the picture is up…
  await expect(notices.first()).toBeVisible();
  // …and the address no longer carries the unknown parameters.
  await expect.poll(() => page.evaluate(() => location.search.length), { timeout: 10_000 }).toBeLessThan(200);
  const keys = await page.evaluate(() => [...new URLSearchParams(location.search).keys()]);
  expect(keys).not.toContain('junk');
  expect(keys).not.toContain('constructor');
  expect(keys.filter((k) => k === 'day')).toHaveLength(1);
  // …and gone a few seconds later.
  await expect(notices).toHaveCount(0, { timeout: 30_000 });
});

test('a link with six bad parameters shows all six notices, each readable whole over the title card', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/?aa=0&day=abc&compare=maybe&foo=1&seed=3&seed=4&theme=dark&tumour=-5');
  const notices = page.getByTestId('notice');
  await expect(notices).toHaveCount(6);
  await expect(notices.filter({ hasText: 'Ignored day=abc' })).toHaveCount(1);
  // Each notice's first words are on top: nothing (the title card, the side panel) covers them.
  const covered = await notices.evaluateAll((all) => all.flatMap((notice) => {
    const box = notice.getBoundingClientRect();
    const top = document.elementFromPoint(box.left + 8, box.top + box.height / 2);
    return top && notice.contains(top) ? [] : [notice.textContent];
  }));
  expect(covered).toEqual([]);
});

// Offline and anywhere: the build served from a deep sub-path, and the single-file build opened
// from disk (file://); neither asks another origin for anything nor sets a cookie.

import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const SUB_PATH = `http://127.0.0.1:${PORT + 10}/courses/bio101/lobule/`;
const SINGLE = resolve('dist-single/lobule.html');

/** Every URL the page asks for, from now on. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

async function expectDrawn(page: Page, day: number): Promise<void> {
  await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-day', String(day), { timeout: 40_000 });
  await expect(page.getByTestId('day')).toHaveText(`Day ${day}`);
}

test('runs when served from a sub-path, asking only that folder for files', async ({ page, context }) => {
  const requests = recordRequests(page);
  await page.goto(`${SUB_PATH}?day=5&tumour=1&aa=0`);
  await expectDrawn(page, 5);
  await expect(page.getByTestId('phase')).toHaveText('Involution II (remodelling)');
  const outside = requests.filter((url) => !url.startsWith(SUB_PATH) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(outside).toEqual([]);
  expect(requests.some((url) => url.includes('/assets/'))).toBe(true);
  expect(await context.cookies()).toEqual([]);
});

test('the single-file build is one file and runs from file://', async ({ page, context }) => {
  expect(existsSync(SINGLE), 'run `npm run build:single` first').toBe(true);
  expect(readdirSync(resolve('dist-single'))).toEqual(['lobule.html']);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const requests = recordRequests(page);
  const url = pathToFileURL(SINGLE);
  url.search = '?day=6&clearance=1&aa=0';
  await page.goto(url.href);
  await expectDrawn(page, 6);
  await expect(page.getByTestId('phase')).toHaveText('Involution II (remodelling)');
  // It asked for nothing but itself (and blobs it made).
  expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
  expect(requests.filter((u) => u.startsWith('file:')).map((u) => u.split('?')[0])).toEqual([pathToFileURL(SINGLE).href]);
  expect(errors).toEqual([]);
  // The simulation ran off the main thread, in the worker inlined as a blob.
  expect(page.workers().map((w) => w.url().slice(0, 5))).toContain('blob:');
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await context.cookies()).toEqual([]);
  // Still interactive: a switch recomputes.
  await page.keyboard.press('t');
  await expect(page.getByTestId('computing')).toBeHidden({ timeout: 40_000 });
  await expect.poll(() => page.evaluate(() => new URL(location.href).searchParams.get('tumour'))).toBe('1');
});

// Seeded random input: clicks, drags, wheel, keys, touch, switch flips and URL changes, for a while,
// then the page must have thrown nothing and still draw. The same seed replays the same actions:
// `npm run fuzz -- --seed 7 --seconds 300` (CI runs a short one: FUZZ_SECONDS, default 30).

import { expect, test, type Page } from '@playwright/test';
import { afterNextFrame, waitForDrawn } from './lobule-page';

const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 30);

test.use({ hasTouch: true });
test.setTimeout((SECONDS + 120) * 1000);

/** mulberry32: a small seeded generator, so a seed names one sequence of actions. */
function randomFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [' ', '[', ']', 'Home', 'c', 't', 'v', 'x', '0', '1', '2', '3', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'Shift+ArrowDown', '+', '-', 'Escape', 'Tab', 'Enter', 'f', 'l', '?'];
const URL_VALUES: Record<string, string[]> = {
  day: ['-3', '0', '5.5', '28', '99', 'abc', '', '1e400'],
  play: ['0', '1', 'yes'],
  speed: ['0.25', '4', '10', '-1'],
  seed: ['1', '42', '2147483647', '-5', '3.5'],
  clearance: ['0', '1', '2-6', '6-2', 'x'],
  tumour: ['0', '1', '3', '40'],
  view: ['cells', 'he', 'sabgal', 'neon'],
  cutaway: ['0', '1'],
  compare: ['0', '1'],
  constructor: ['1'],
  junk: ['<script>alert(1)</script>', 'x'.repeat(3000)],
};

function randomQuery(random: () => number): string {
  const params = new URLSearchParams({ aa: '0', profiler: '1' });
  for (const [name, values] of Object.entries(URL_VALUES)) {
    if (random() < 0.35) params.append(name, values[Math.floor(random() * values.length)]);
  }
  return `/?${params.toString()}`;
}

async function act(page: Page, random: () => number): Promise<string> {
  const { width, height } = page.viewportSize()!;
  const x = Math.floor(random() * width), y = Math.floor(random() * height);
  const choice = random();
  if (choice < 0.25) {
    await page.mouse.click(x, y);
    return `click ${x},${y}`;
  }
  if (choice < 0.4) {
    const button = random() < 0.8 ? 'left' : 'right';
    await page.mouse.move(x, y);
    await page.mouse.down({ button });
    await page.mouse.move(x + (random() - 0.5) * 300, y + (random() - 0.5) * 200, { steps: 4 });
    await page.mouse.up({ button });
    return `drag ${button} from ${x},${y}`;
  }
  if (choice < 0.5) {
    await page.mouse.move(x, y);
    await page.mouse.wheel(0, (random() - 0.5) * 1200);
    return `wheel at ${x},${y}`;
  }
  if (choice < 0.8) {
    const key = KEYS[Math.floor(random() * KEYS.length)];
    await page.keyboard.press(key);
    return `key ${key}`;
  }
  if (choice < 0.93) {
    await page.touchscreen.tap(x, y);
    return `tap ${x},${y}`;
  }
  if (choice < 0.97) {
    // A burst of switch flips.
    for (let k = 0; k < 6; k++) await page.keyboard.press(random() < 0.5 ? 'c' : 't');
    return 'flip burst';
  }
  const query = randomQuery(random);
  await page.goto(query);
  return `go ${query.slice(0, 80)}`;
}

test(`fuzz: seed ${SEED}, ${SECONDS} s of random input leaves no uncaught error and a drawing page`, async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const random = randomFrom(SEED);
  await page.goto('/?aa=0&profiler=1');
  await waitForDrawn(page);
  const log: string[] = [];
  const end = Date.now() + SECONDS * 1000;
  while (Date.now() < end) {
    log.push(await act(page, random));
    await page.waitForTimeout(20 + Math.floor(random() * 180));
    if (errors.length > 0) break;
  }
  console.log(`fuzz seed ${SEED}: ${log.length} actions`);
  expect(errors, `uncaught errors after: ${log.slice(-8).join(' | ')} (replay: npm run fuzz -- --seed ${SEED})`).toEqual([]);

  // Still drawing: a step of the clock is drawn.
  await page.keyboard.press('Escape');
  await expect(page.locator('.scene-failed')).toHaveCount(0);
  await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-version', /\d+/, { timeout: 60_000 });
  await expect.poll(() => page.evaluate(() => (window as unknown as { lobuleStore: { getState(): { runStatus: string } } }).lobuleStore.getState().runStatus), { timeout: 60_000 }).not.toBe('computing');
  await afterNextFrame(page, async () => {
    await page.evaluate(() => {
      const s = (window as unknown as { lobuleStore: { getState(): { pause(): void; setDay(d: number): void; day: number } } }).lobuleStore.getState();
      s.pause();
      s.setDay(s.day > 10 ? 3 : 12);
    });
  });
});

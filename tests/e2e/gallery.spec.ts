// The gallery: a screenshot of every phase in every colour mode (plus a tumour close-up per mode),
// written to test-results/gallery/ so a person can look at the whole look at once. Each shot must
// draw within budget and differ from the same phase in the other modes.

import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { afterNextFrame, differingShare, openLobule, waitForDrawn } from './lobule-page';

const GALLERY_DIR = 'test-results/gallery';
/** One day inside each phase. */
const PHASE_DAYS = { lactation: -1, 'involution-1': 1, 'involution-2': 5, repopulation: 10, resting: 21 } as const;
const MODES = ['cells', 'he', 'sabgal'] as const;

test.setTimeout(240_000);

async function shot(page: import('@playwright/test').Page, name: string): Promise<Buffer> {
  await page.addStyleTag({ content: '.hud { visibility: hidden !important; }' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return page.screenshot({ path: `${GALLERY_DIR}/${name}.png` });
}

test('writes a gallery of every phase in every colour mode', async ({ page }) => {
  mkdirSync(GALLERY_DIR, { recursive: true });
  // One page for the whole gallery: the day moves as the timeline moves it, and the colour mode is
  // changed as a user would (V cycles cells → H&E → SA-β-gal → cells), which also checks that a day
  // or mode change redraws without a reload.
  const days = Object.values(PHASE_DAYS);
  await openLobule(page, `day=${days[0]}&view=${MODES[0]}&tumour=1`);
  const goToDay = async (day: number): Promise<void> => {
    await page.evaluate((d) => (window as unknown as { lobuleStore: { getState(): { setDay(day: number): void } } }).lobuleStore.getState().setDay(d), day);
    await waitForDrawn(page, day);
  };
  const colourMode = (): Promise<string> => page.evaluate(() => (window as unknown as { lobuleStore: { getState(): { colourMode: string } } }).lobuleStore.getState().colourMode);
  for (const [phase, day] of Object.entries(PHASE_DAYS)) {
    const pictures: Buffer[] = [];
    await goToDay(day);
    for (const [k, mode] of MODES.entries()) {
      if (k > 0) await afterNextFrame(page, () => page.keyboard.press('v'));
      expect(await colourMode()).toBe(mode);
      expect(Number(await page.locator('[data-profiler]').getAttribute('data-calls'))).toBeLessThanOrEqual(40);
      pictures.push(await shot(page, `${phase}-${mode}`));
    }
    expect(await differingShare(page, pictures[0], pictures[1])).toBeGreaterThan(0.05);
    expect(await differingShare(page, pictures[0], pictures[2])).toBeGreaterThan(0.05);
    await afterNextFrame(page, () => page.keyboard.press('v'));
    expect(await colourMode()).toBe(MODES[0]);
  }
  await goToDay(7);
  await afterNextFrame(page, () => page.keyboard.press('3'));
  for (const [k, mode] of MODES.entries()) {
    if (k > 0) await afterNextFrame(page, () => page.keyboard.press('v'));
    await shot(page, `tumour-close-up-${mode}`);
  }
});

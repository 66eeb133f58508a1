// WCAG 2.1 AA by axe-core, in the views people meet: no serious or critical violation.

import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openControls, openLobule } from './lobule-page';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

test.describe('axe-core finds no serious or critical WCAG 2.1 AA violation', () => {
  for (const theme of ['default', 'projector', 'high-contrast']) {
    test(`in the main view, ${theme} theme`, async ({ page }) => {
      await openLobule(page, `day=5&theme=${theme}`);
      await openControls(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  test('in the compare view', async ({ page }) => {
    await openLobule(page, 'day=6&compare=1');
    await expect(page.locator('.scorecard').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in kiosk mode', async ({ page }) => {
    test.setTimeout(150_000); // two full axe passes on a 1280×720 page in software rendering
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?mode=kiosk&aa=0');
    // The attract screen, then the app a visitor explores.
    await expect(page.getByTestId('kiosk-explore')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('kiosk-explore').click({ force: true }); // it pulses, so is never "stable"
    await expect(page.getByTestId('kiosk-attract')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('with the tour open', async ({ page }) => {
    await openLobule(page, 'tour=senescence');
    await expect(page.getByTestId('tour')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('in French', async ({ page }) => {
    await openLobule(page, 'day=5&lang=fr');
    await openControls(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

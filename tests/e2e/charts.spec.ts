// The population chart as a student uses it: it is there by name, its table and its CSV carry the
// CLI's numbers for the same seed, dragging on it scrubs the clock, and compare overlays both runs.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openControls, openLobule } from './lobule-page';
import { backgroundBehind, chartAxisInk, contrastRatio } from './theme-pixels';

const cliCsv = (args: string[]): string =>
  execFileSync(process.execPath, ['--import', 'tsx', 'cli/sim.ts', '--format', 'csv', ...args], { encoding: 'utf8' }).trim();

async function downloadCsv(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  return readFileSync((await download.path())!, 'utf8');
}

test('the chart, its table and its CSV carry the same numbers as the CLI for the same seed', async ({ page }) => {
  const cli = cliCsv(['--seed', '3', '--tumour']);
  await openLobule(page, 'seed=3&tumour=1&day=7');
  await openControls(page);
  const chart = page.getByRole('figure', { name: 'Cell populations over time' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('canvas')).toHaveCount(1);
  expect(await downloadCsv(page)).toBe(cli);

  await page.getByRole('button', { name: 'Show as table' }).click();
  const table = page.getByRole('region', { name: 'The chart’s samples as a table' });
  await expect(table).toBeVisible();
  // Written for reading: the metrics' names, not the contract's; fractions in %.
  await expect(table.getByRole('columnheader', { name: 'Alveolar cells', exact: true })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Fat fill (%)', exact: true })).toBeVisible();
  const header = cli.split('\n')[0].split(',');
  const fractions = new Set(['adipocyteFill', 'basementMembrane']);
  const metrics = await table.getByRole('columnheader').evaluateAll((ths) => ths.slice(1).map((th) => th.getAttribute('data-metric')!));
  for (const day of ['7', '14', '21']) {
    const cliRow = cli.split('\n').find((line) => line.startsWith(`${day},`))!.split(',');
    const cells = await table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: day, exact: true }) }).getByRole('cell').allTextContents();
    metrics.forEach((metric, i) => {
      const expected = Number(cliRow[header.indexOf(metric)]);
      const shown = Number(cells[i].replace(/,/g, ''));
      if (fractions.has(metric)) expect(Math.abs(shown - expected * 100), `${metric} on day ${day}`).toBeLessThanOrEqual(0.05 + 1e-9);
      else expect(shown, `${metric} on day ${day}`).toBe(expected);
    });
  }
});

test('dragging across the chart scrubs the clock, and the cursor follows the day', async ({ page }) => {
  await openLobule(page, 'day=0');
  await openControls(page);
  const plot = page.getByRole('figure', { name: 'Cell populations over time' }).locator('.u-over');
  await plot.scrollIntoViewIfNeeded();
  const box = (await plot.boundingBox())!;
  const cursor = page.locator('.chart-day-cursor');
  const before = (await cursor.boundingBox())!.x;
  // The cursor stands where the day falls on the axis (day −3 at the plot's left edge, day 28 at its right).
  const dayAt = (x: number): number => -3 + ((x - box.x) / box.width) * 31;
  expect(Math.abs(dayAt(before) - 0)).toBeLessThan(0.2);
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  // 80% of the way from day −3 to day 28.
  const drawnDay = async () => Number(await page.getByTestId('scene').getAttribute('data-drawn-day'));
  await expect.poll(drawnDay).toBeGreaterThan(20);
  expect(await drawnDay()).toBeLessThan(23);
  expect((await cursor.boundingBox())!.x).toBeGreaterThan(before + box.width * 0.5);
  expect(Math.abs(dayAt((await cursor.boundingBox())!.x) - (await drawnDay()))).toBeLessThan(0.2);
});

test('compare overlays both runs with a legend and exports both in one CSV', async ({ page }) => {
  await openLobule(page, 'day=7&compare=1&seed=3');
  await openControls(page);
  const chart = page.getByRole('figure', { name: 'Cell populations over time' });
  await expect(chart.getByText('Senolytic')).toBeVisible();
  await expect(chart.getByText('Untreated')).toBeVisible();
  const csv = (await downloadCsv(page)).split('\n');
  expect(csv[0].startsWith('run,day,phase,alveolarCells')).toBe(true);
  const untreated = cliCsv(['--seed', '3']).split('\n').slice(1);
  const senolytic = cliCsv(['--seed', '3', '--clearance']).split('\n').slice(1);
  expect(csv.slice(1)).toEqual([...untreated.map((l) => `untreated,${l}`), ...senolytic.map((l) => `senolytic,${l}`)]);
});

test('the chart\'s axis values and legend are legible in every theme, redrawn when the theme changes', async ({ page }) => {
  test.setTimeout(120_000);
  // Wide enough that the side panel stands beside the picture, on the page's own colour.
  await page.setViewportSize({ width: 1280, height: 720 });
  await openLobule(page, 'day=5');
  await expect(page.locator('.population-chart canvas')).toHaveCount(1);
  for (const theme of ['default', 'high-contrast', 'projector']) {
    if (theme !== 'default') {
      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('dialog', { name: 'Settings' }).getByRole('combobox', { name: 'Theme' }).selectOption(theme);
      await page.keyboard.press('Escape');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    }
    const background = await backgroundBehind(page, '.population-chart');
    // Each axis band's most common opaque colour is its values' text (0 when nothing is drawn there);
    // polled, since the chart is drawn again after a theme change.
    const axisContrasts = async (): Promise<Record<string, number>> => Object.fromEntries(Object.entries(await chartAxisInk(page))
      .map(([band, colour]) => [band, colour ? Math.round(contrastRatio(colour, background) * 10) / 10 : 0]));
    await expect.poll(async () => Math.min(...Object.values(await axisContrasts())), { message: `axis values in the ${theme} theme` })
      .toBeGreaterThanOrEqual(4.5);
    const legend = await page.locator('.chart-legend li').first().evaluate((e) => getComputedStyle(e).color);
    const legendRgb = legend.match(/\d+/g)!.slice(0, 3).map(Number);
    expect(contrastRatio(legendRgb, await backgroundBehind(page, '.chart-legend')), `legend in the ${theme} theme`).toBeGreaterThanOrEqual(4.5);
  }
});

// Helpers for browser tests: open the app at a state and wait until that state is drawn; take
// screenshots of the 3D view alone; measure how much of a picture is in a palette colour.

import { expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';

export const SCREENSHOT_DIR = 'test-results/screens';

/** Opens the app with these URL parameters (antialiasing off, profiler on) and waits for the drawn day. */
export async function openLobule(page: Page, query: string): Promise<void> {
  const params = new URLSearchParams(query);
  params.set('aa', '0');
  params.set('profiler', '1');
  await page.goto(`/?${params.toString()}`);
  await waitForDrawn(page, params.has('day') ? Number(params.get('day')) : undefined);
}

/** Waits until the scene has drawn (this day, if given) and the profiler has seen a frame since. */
export async function waitForDrawn(page: Page, day?: number): Promise<void> {
  const scene = page.getByTestId('scene');
  await expect(scene).toHaveAttribute('data-drawn-version', /\d+/);
  if (day !== undefined) await expect(scene).toHaveAttribute('data-drawn-day', String(day));
  // The day can be drawn while the rest of the run is still streaming in: wait for the whole run,
  // so figures, charts and summaries read a finished timeline.
  await expect(page.getByTestId('computing')).toHaveCount(0, { timeout: 60_000 });
  await expect(page.locator('[data-profiler]')).not.toHaveAttribute('data-calls', '0');
  // Let the last drawn frame reach the screen.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/**
 * Where the picture's middle (the point the camera orbits) is drawn, in page px: the lens puts it in
 * the middle of the area the controls leave clear, not the canvas's middle.
 */
export async function viewCentre(page: Page): Promise<{ x: number; y: number }> {
  const scene = page.getByTestId('scene');
  await expect(scene).toHaveAttribute('data-view-centre', /^\d+,\d+$/);
  const box = (await scene.boundingBox())!;
  const [x, y] = (await scene.getAttribute('data-view-centre'))!.split(',').map(Number);
  return { x: box.x + x, y: box.y + y };
}

/** Opens the controls drawer where the screen is small enough to have one. */
export async function openControls(page: Page): Promise<void> {
  const toggle = page.getByTestId('panel-toggle');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** Runs `action` and waits until the scene has drawn at least one more frame. */
export async function afterNextFrame(page: Page, action: () => Promise<void>): Promise<void> {
  const profiler = page.locator('[data-profiler]');
  const before = Number(await profiler.getAttribute('data-frames'));
  await action();
  await expect.poll(async () => Number(await profiler.getAttribute('data-frames'))).toBeGreaterThan(before);
}

/** A PNG of the 3D view with the HUD hidden, also kept as a test artefact. */
export async function viewScreenshot(page: Page, name: string): Promise<Buffer> {
  await page.addStyleTag({ content: '.hud { visibility: hidden !important; }' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const png = await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
  await page.addStyleTag({ content: '.hud { visibility: visible !important; }' });
  return png;
}

export interface ColourShares {
  yellow: number;
  skyBlue: number;
  vermillion: number;
  orange: number;
}

/** Shares of the picture's pixels in the hues of fat, secreting epithelium, tumour and macrophages. */
export async function colourShares(page: Page, png: Buffer): Promise<ColourShares> {
  return (await analysePictures(page, [png])).shares[0];
}

/** A band of colours by hue (degrees, may wrap past 360), minimum saturation and value range (0–1). */
export interface HueBand {
  from: number;
  to: number;
  minSaturation: number;
  minValue?: number;
  maxValue?: number;
}

/** Share of the picture's pixels in each band. */
export async function bandShares<K extends string>(page: Page, png: Buffer, bandsByName: Record<K, HueBand>): Promise<Record<K, number>> {
  const shares = await page.evaluate(async ({ base64, bands }: { base64: string; bands: Record<string, HueBand> }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const names = Object.keys(bands);
    const counts: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
    for (let i = 0; i < data.length; i += 4) {
      const r = data[i] / 255, g = data[i + 1] / 255, b = data[i + 2] / 255;
      const max = Math.max(r, g, b), min = Math.min(r, g, b);
      const d = max - min;
      const saturation = max === 0 ? 0 : d / max;
      let hue = d === 0 ? 0 : max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
      hue = (hue * 60 + 360) % 360;
      for (const n of names) {
        const band = bands[n];
        const inHue = band.from <= band.to ? hue >= band.from && hue <= band.to : hue >= band.from || hue <= band.to;
        if (inHue && saturation >= band.minSaturation && max >= (band.minValue ?? 0) && max <= (band.maxValue ?? 1)) counts[n]++;
      }
    }
    const total = data.length / 4;
    for (const n of names) counts[n] /= total;
    return counts;
  }, { base64: png.toString('base64'), bands: bandsByName as Record<string, HueBand> });
  return shares as Record<K, number>;
}

/** Share of pixels that differ noticeably between two same-size PNGs. */
export async function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return (await analysePictures(page, [a, b])).differing;
}

/** Decodes PNGs in the page (no image library needed) and measures their colours and differences. */
async function analysePictures(page: Page, pngs: Buffer[]): Promise<{ shares: ColourShares[]; differing: number }> {
  return page.evaluate(async (images) => {
    const decoded = await Promise.all(images.map(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return context.getImageData(0, 0, canvas.width, canvas.height).data;
    }));
    const shares = decoded.map((data) => {
      const counts = { yellow: 0, skyBlue: 0, vermillion: 0, orange: 0 };
      for (let i = 0; i < data.length; i += 4) {
        const r = data[i] / 255, g = data[i + 1] / 255, b = data[i + 2] / 255;
        const max = Math.max(r, g, b), min = Math.min(r, g, b);
        const saturation = max === 0 ? 0 : (max - min) / max;
        const d = max - min;
        let hue = d === 0 ? 0 : max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
        hue = (hue * 60 + 360) % 360;
        // Living alveolar cells: sky blue, bright (pale when resting; the deep blue of senescent cells is not counted).
        if (hue >= 188 && hue <= 212 && saturation >= 0.2 && max >= 0.75) { counts.skyBlue++; continue; }
        if (saturation < 0.3 || max < 0.35) continue;
        if (hue >= 48 && hue <= 66) counts.yellow++;
        else if (hue >= 12 && hue < 30 && saturation > 0.75) counts.vermillion++;
        else if (hue >= 32 && hue < 46 && saturation > 0.7) counts.orange++;
      }
      const total = data.length / 4;
      return { yellow: counts.yellow / total, skyBlue: counts.skyBlue / total, vermillion: counts.vermillion / total, orange: counts.orange / total };
    });
    let differing = 0;
    if (decoded.length === 2) {
      const [pa, pb] = decoded;
      for (let i = 0; i < pa.length; i += 4) {
        if (Math.abs(pa[i] - pb[i]) + Math.abs(pa[i + 1] - pb[i + 1]) + Math.abs(pa[i + 2] - pb[i + 2]) > 30) differing++;
      }
      differing /= pa.length / 4;
    }
    return { shares, differing };
  }, pngs.map((png) => png.toString('base64')));
}

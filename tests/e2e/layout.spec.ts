// The layout on every screen Lobule is shown on: no control clipped (each lies inside the window or
// inside a panel that scrolls), none over the lobule's centre, the 3D view keeps at least half the
// screen, the switches' state is always on screen, and projector sizes get big type.

import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { SCREENSHOT_DIR, viewScreenshot } from './lobule-page';

const SIZES = [[1024, 768], [1280, 720], [1920, 1080], [1080, 1920], [640, 400], [390, 844]] as const;

interface LayoutReport {
  clipped: string[];
  sceneShare: number;
  /** What sits at the centre of each drawn lobule (the canvas, or a control over it). */
  centres: string[];
}

/** Opens the app and waits, patiently (large software-rendered windows are slow), for its picture. */
async function open(page: Page, query: string): Promise<void> {
  await page.goto(`/?${query}&aa=0&profiler=1`);
  const scene = page.getByTestId('scene');
  await expect(scene).toHaveAttribute('data-drawn-day', '7', { timeout: 90_000 });
  await expect(page.locator('[data-profiler]')).not.toHaveAttribute('data-calls', '0', { timeout: 30_000 });
}

async function measure(page: Page, compare: boolean): Promise<LayoutReport> {
  return page.evaluate((halves) => {
    const clipped: string[] = [];
    const scrolls = (e: Element | null): boolean => {
      for (let a = e?.parentElement; a; a = a.parentElement) {
        const overflow = getComputedStyle(a).overflowY;
        if ((overflow === 'auto' || overflow === 'scroll') && a.scrollHeight > a.clientHeight) return true;
      }
      return false;
    };
    for (const e of document.querySelectorAll('button, select, input, a[href], [role=switch]')) {
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden') continue;
      const inside = r.left >= -1 && r.top >= -1 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1;
      if (!inside && !scrolls(e)) clipped.push(`${e.tagName} "${(e.textContent ?? '').trim().slice(0, 30) || e.getAttribute('aria-label')}" at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
    }
    const scene = document.querySelector('[data-testid=scene]')!.getBoundingClientRect();
    const points = halves ? partsOf(scene).map((p) => [p.left + p.width / 2, p.top + p.height * 0.45]) : [[scene.left + scene.width / 2, scene.top + scene.height * 0.45]];
    const centres = points.map(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      return hit?.tagName === 'CANVAS' ? 'canvas' : `${hit?.tagName}.${hit?.className}`;
    });
    return { clipped, sceneShare: (scene.width * scene.height) / (innerWidth * innerHeight), centres };

    /** The compare view's two parts in page px: halves side by side, or stacked in the overlay's band. */
    function partsOf(canvas: DOMRect): { left: number; top: number; width: number; height: number }[] {
      const overlay = document.querySelector<HTMLElement>('[data-testid=compare-overlay]')!;
      if (overlay.dataset.arrangement !== 'stacked') {
        const half = Math.floor(canvas.width / 2);
        return [{ left: canvas.left, top: canvas.top, width: half, height: canvas.height }, { left: canvas.left + half, top: canvas.top, width: canvas.width - half, height: canvas.height }];
      }
      const band = overlay.getBoundingClientRect();
      const half = Math.floor(band.height / 2);
      return [{ left: canvas.left, top: band.top, width: canvas.width, height: half }, { left: canvas.left, top: band.top + half, width: canvas.width, height: band.height - half }];
    }
  }, compare);
}

/**
 * Share of each compare part's left and right edge pixels that are not background: a lobule cut at
 * its part's edges (two side-by-side strips on a phone) shows there.
 */
async function lobuleOnPartEdges(page: Page, png: Buffer): Promise<number[]> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const scene = document.querySelector('[data-testid=scene]')!.getBoundingClientRect();
    const overlay = document.querySelector<HTMLElement>('[data-testid=compare-overlay]')!;
    const band = overlay.getBoundingClientRect();
    const stacked = overlay.dataset.arrangement === 'stacked';
    const half = Math.floor((stacked ? band.height : scene.width) / 2);
    const parts = stacked
      ? [[scene.left, band.top, scene.width, half], [scene.left, band.top + half, scene.width, band.height - half]]
      : [[scene.left, scene.top, half, scene.height], [scene.left + half, scene.top, scene.width - half, scene.height]];
    return parts.map(([left, top, width, height]) => {
      const pixel = (x: number, y: number) => context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
      const background = pixel(left + 3, top + 3);
      let lobule = 0, total = 0;
      for (const x of [left + 3, left + width - 4]) {
        for (let y = top + 4; y < top + height - 4; y += 2) {
          const p = pixel(x, y);
          total++;
          if (Math.abs(p[0] - background[0]) + Math.abs(p[1] - background[1]) + Math.abs(p[2] - background[2]) > 30) lobule++;
        }
      }
      return lobule / total;
    });
  }, png.toString('base64'));
}

for (const [width, height] of SIZES) {
  for (const compare of [false, true]) {
    test(`fits ${width}×${height}${compare ? ' in compare' : ''}`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height });
      await open(page, `day=7&tumour=1${compare ? '&compare=1' : ''}`);
      if (compare) await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-comparison-version', /\d+/, { timeout: 90_000 });
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-${width}x${height}${compare ? '-compare' : ''}.png` });
      const report = await measure(page, compare);
      expect(report.clipped).toEqual([]);
      expect(report.sceneShare).toBeGreaterThanOrEqual(0.5);
      expect(report.centres).toEqual(compare ? ['canvas', 'canvas'] : ['canvas']);
      // Each lobule whole in its part: none cut at the sides (the phone stacks them to allow it).
      if (compare) {
        const edges = await lobuleOnPartEdges(page, await viewScreenshot(page, `layout-${width}x${height}-compare-view`));
        for (const share of edges) expect(share).toBeLessThan(0.03);
      }
      // The switches' state is on screen without opening anything.
      const chips = page.getByTestId('switch-chips');
      const tumourSwitch = page.getByRole('switch', { name: /Tumour seeding/ });
      expect((await chips.isVisible() && /Tumour from d0/.test(await chips.textContent() ?? '')) || (await tumourSwitch.isVisible() && await tumourSwitch.isChecked())).toBe(true);
    });
  }
}

test('at 1920×1080 readouts are at least 20 px and hints at least 16 px', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await open(page, 'day=7&tumour=1');
  const px = (selector: string) => page.locator(selector).first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  for (const readout of ['[data-testid=day]', '[data-testid=phase]', '[data-testid=tissue-badge]', '[data-metric=alveolarCells] td', '[data-metric=alveolarCells] th']) {
    expect(await px(readout), readout).toBeGreaterThanOrEqual(20);
  }
  for (const hint of ['.switch-text small', '.metrics .note', '.human-line', '.chart-legend li']) {
    expect(await px(hint), hint).toBeGreaterThanOrEqual(16);
  }
});

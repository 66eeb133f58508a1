// Helpers for browser tests of the themes: the colour actually behind an element (its own and its
// ancestors' backgrounds composited), colours in a picture, and the chart's axis text as drawn.

import type { Page } from '@playwright/test';
import { contrastRatio, over, parseColour, type Rgba } from '../../src/ui/themes/contrast-ratio';

export { contrastRatio };

/** The opaque colour an element's content is drawn on: its and its ancestors' backgrounds, composited. */
export async function backgroundBehind(page: Page, selector: string): Promise<Rgba> {
  const layers = await page.locator(selector).first().evaluate((element) => {
    const colours: string[] = [];
    for (let e: Element | null = element; e; e = e.parentElement) colours.push(getComputedStyle(e).backgroundColor);
    return colours;
  });
  let colour: Rgba = [255, 255, 255, 1];
  for (const layer of layers.reverse()) colour = over(parseColour(layer), colour);
  return colour;
}

/** Colour of the pixel at (x, y) of a PNG. */
export async function pixelsAt(page: Page, png: Buffer, points: readonly (readonly [number, number])[]): Promise<[number, number, number][]> {
  return page.evaluate(async ({ base64, at }) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return at.map(([x, y]) => {
      const d = context.getImageData(x, y, 1, 1).data;
      return [d[0], d[1], d[2]] as [number, number, number];
    });
  }, { base64: png.toString('base64'), at: points as [number, number][] });
}

export interface AxisInk {
  /** The most common opaque colour drawn in each axis band (the values' text), or null if none. */
  bottom: [number, number, number] | null;
  left: [number, number, number] | null;
  right: [number, number, number] | null;
}

/** Reads the population chart's canvas: the colour its axis values are drawn in, band by band. */
export async function chartAxisInk(page: Page): Promise<AxisInk> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('.population-chart canvas');
    const plotArea = document.querySelector('.population-chart .u-over');
    // Between a theme change and the chart's rebuild there is no chart: no ink yet (callers poll).
    if (!canvas || !plotArea) return { bottom: null, left: null, right: null };
    const plot = plotArea.getBoundingClientRect();
    const box = canvas.getBoundingClientRect();
    const k = canvas.width / box.width;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    const inkIn = (x0: number, y0: number, x1: number, y1: number): [number, number, number] | null => {
      const counts = new Map<string, number>();
      for (let y = Math.round((y0 - box.top) * k); y < Math.round((y1 - box.top) * k); y++) {
        for (let x = Math.round((x0 - box.left) * k); x < Math.round((x1 - box.left) * k); x++) {
          const i = (y * canvas.width + x) * 4;
          if (data[i + 3] < 250) continue;
          const key = `${data[i]},${data[i + 1]},${data[i + 2]}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
      }
      let best: string | null = null;
      for (const [key, n] of counts) if (best === null || n > counts.get(best)!) best = key;
      return best === null ? null : (best.split(',').map(Number) as [number, number, number]);
    };
    return {
      bottom: inkIn(plot.left, plot.bottom + 1, plot.right, box.bottom),
      left: inkIn(box.left, plot.top, plot.left - 1, plot.bottom),
      right: inkIn(plot.right + 1, plot.top, box.right, plot.bottom),
    };
  });
}

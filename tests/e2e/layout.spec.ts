// The layout on every screen Lobule is shown on: no control clipped (each lies inside the window or
// inside a panel that scrolls), none over the lobule's centre, the 3D view keeps at least half the
// screen, the switches' state is always on screen, and projector sizes get big type.

import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { openControls, SCREENSHOT_DIR, viewScreenshot } from './lobule-page';
import { pixelsAt } from './theme-pixels';

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
      // Not shown: no box, hidden, or inside a closed <details> (whose content Chromium still lays
      // out, below its summary: the 4:3 picture key's Full legend button sits off-screen, unseen).
      if (r.width === 0 || r.height === 0 || getComputedStyle(e).visibility === 'hidden' || !e.checkVisibility()) continue;
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

interface CoverReport {
  /** Share of the canvas under the title card, and under the timeline, that the lobule is drawn on. */
  underTitleCard: number;
  underTimeline: number;
  /** Width of what is drawn, as a share of the canvas's shorter side. */
  lobuleWidthShare: number;
}

interface Box { x: number; y: number; width: number; height: number }

/**
 * Samples each box (clipped to the canvas) every `step` px across and down, on a screenshot with
 * the HUD hidden (its layout kept): each point's x and whether the lobule is drawn there (it differs
 * from the canvas's top-right corner, which is background).
 */
async function lobuleDrawnIn(page: Page, boxes: { box: Box; stepX: number; stepY: number }[]): Promise<{ x: number; drawn: boolean }[][]> {
  const hide = await page.addStyleTag({ content: '.hud, .compare-overlay { visibility: hidden !important; }' });
  const png = await page.screenshot();
  await hide.evaluate((e) => (e as Element).remove());
  const scene = (await page.getByTestId('scene').boundingBox())!;
  const grids = boxes.map(({ box, stepX, stepY }) => {
    const points: [number, number][] = [];
    for (let x = Math.max(box.x, scene.x) + 2; x < Math.min(box.x + box.width, scene.x + scene.width) - 2; x += stepX) {
      for (let y = Math.max(box.y, scene.y) + 2; y < Math.min(box.y + box.height, scene.y + scene.height) - 2; y += stepY) points.push([Math.round(x), Math.round(y)]);
    }
    return points;
  });
  const [corner, ...colours] = await pixelsAt(page, png, [[Math.round(scene.x + scene.width - 3), Math.round(scene.y + 3)], ...grids.flat()]);
  const drawn = colours.map((p) => Math.abs(p[0] - corner[0]) + Math.abs(p[1] - corner[1]) + Math.abs(p[2] - corner[2]) > 30);
  let next = 0;
  return grids.map((grid) => grid.map(([x]) => ({ x, drawn: drawn[next++] })));
}

const drawnShare = (samples: { drawn: boolean }[]): number => (samples.length ? samples.filter((p) => p.drawn).length / samples.length : 0);

/**
 * Where the single view draws its lobule, with the controls hidden (their layout kept): the lobule
 * belongs in the clear area, not under the title card or the timeline, and not shrunk to a coin.
 */
async function lobuleUnderControls(page: Page): Promise<CoverReport> {
  const scene = (await page.getByTestId('scene').boundingBox())!;
  const titleCard = (await page.locator('.title-card').boundingBox())!;
  const timeline = (await page.locator('.bottom-bar').boundingBox())!;
  const [underCard, underTimeline, across] = await lobuleDrawnIn(page, [{ box: titleCard, stepX: 4, stepY: 4 }, { box: timeline, stepX: 4, stepY: 4 }, { box: scene, stepX: 4, stepY: 8 }]);
  const xs = across.filter((p) => p.drawn).map((p) => p.x);
  return {
    underTitleCard: drawnShare(underCard),
    underTimeline: drawnShare(underTimeline),
    lobuleWidthShare: (xs.reduce((m, x) => Math.max(m, x), -Infinity) - xs.reduce((m, x) => Math.min(m, x), Infinity)) / Math.min(scene.width, scene.height),
  };
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
      // The single view draws its lobule clear of the title card and the timeline, and large.
      if (!compare) {
        const cover = await lobuleUnderControls(page);
        expect(cover.underTitleCard).toBeLessThan(0.03);
        expect(cover.underTimeline).toBeLessThan(0.03);
        expect(cover.lobuleWidthShare).toBeGreaterThan(0.45);
      }
      // A 640×400 course-page frame in compare, with a tumour (its chips and markers at their
      // tallest): the two lobules are still framed clear of the title card and the timeline, not
      // drawn full size behind them.
      if (compare && width === 640) {
        const cover = await lobuleUnderControls(page);
        expect(cover.underTitleCard).toBeLessThan(0.03);
        expect(cover.underTimeline).toBeLessThan(0.03);
      }
      // Each lobule whole in its part: none cut at the sides (the phone stacks them to allow it).
      if (compare) {
        const edges = await lobuleOnPartEdges(page, await viewScreenshot(page, `layout-${width}x${height}-compare-view`));
        for (const share of edges) expect(share).toBeLessThan(0.03);
      }
      // The switches' state is on screen without opening anything.
      const chips = page.getByTestId('switch-chips');
      const tumourSwitch = page.getByRole('switch', { name: /Tumour seeding/ });
      expect((await chips.isVisible() && /Tumour from d0/.test(await chips.textContent() ?? '')) || (await tumourSwitch.isVisible() && await tumourSwitch.isChecked())).toBe(true);
      // Compare shows both arms: no "No senolytic" over a lobule labelled Senolytic, and no tissue
      // badge on the title card that would speak for one lobule only.
      if (compare) {
        if (await chips.isVisible()) await expect(chips.locator('[data-chip=clearance]')).toHaveText('Untreated vs senolytic d2–6');
        await expect(page.locator('.title-card .tissue-badge')).toBeHidden();
      }
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

interface TextSizeReport {
  rootPx: number;
  clipped: string[];
  outside: string[];
  covered: string[];
  overlapping: string[];
}

/**
 * Every visible control, at the current text size: its text whole (no scrolled-away overflow, a
 * select wide enough for its choice), inside the window or a panel that scrolls, not overlapping
 * another control, and, once its panel is scrolled to it, the topmost thing at its centre
 * (reachable). `overlay`: a drawer open over the page, whose controls alone are checked for
 * overlaps and reach (what it covers was checked with it closed).
 */
async function measureControls(page: Page, overlay?: string): Promise<TextSizeReport> {
  return page.evaluate((overlaySelector) => {
    const name = (e: Element): string => `${e.tagName.toLowerCase()} "${((e.textContent ?? '').trim() || e.getAttribute('aria-label') || '').slice(0, 30)}"`;
    const scroller = (e: Element): Element | null => {
      for (let a = e.parentElement; a; a = a.parentElement) {
        const overflow = getComputedStyle(a).overflowY;
        if ((overflow === 'auto' || overflow === 'scroll') && a.scrollHeight > a.clientHeight) return a;
      }
      return null;
    };
    const controls = [...document.querySelectorAll<HTMLElement>('button, select, input, a[href], summary, label')].filter((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[aria-hidden=true], .profiler');
    });
    const context = document.createElement('canvas').getContext('2d')!;
    const clipped: string[] = [];
    const outside: string[] = [];
    for (const e of controls) {
      const style = getComputedStyle(e);
      if (e instanceof HTMLSelectElement) {
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = e.selectedOptions[0]?.textContent ?? '';
        const room = e.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 0.9 * parseFloat(style.fontSize);
        if (context.measureText(text).width > room) clipped.push(`${name(e)}: "${text}" in ${Math.round(room)} px`);
      } else if (!(e instanceof HTMLInputElement) && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)) {
        clipped.push(`${name(e)}: ${e.scrollWidth}×${e.scrollHeight} in ${e.clientWidth}×${e.clientHeight}`);
      }
      const r = e.getBoundingClientRect();
      const inside = r.left >= -1 && r.top >= -1 && r.right <= innerWidth + 1 && r.bottom <= innerHeight + 1;
      if (!inside && !scroller(e)) outside.push(`${name(e)} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)}`);
      // Inside the card or bar it belongs to (a control spilling out of its card lies over something else).
      const card = e.closest('.title-card, .bottom-bar, .tour-card, .cell-card, .panel-section, .scorecard, .notice');
      const c = card?.getBoundingClientRect();
      if (c && (r.left < c.left - 1 || r.right > c.right + 1 || ((r.top < c.top - 1 || r.bottom > c.bottom + 1) && scroller(e) !== card))) {
        outside.push(`${name(e)} spills out of .${card!.className.split(' ')[0]}`);
      }
    }
    // Overlaps, as laid out now (controls scrolled out of their panel are clipped, not compared).
    const visibleBox = (e: Element): DOMRect | null => {
      let { left, top, right, bottom } = e.getBoundingClientRect();
      for (let a = e.parentElement; a; a = a.parentElement) {
        if (getComputedStyle(a).overflowY === 'visible') continue;
        const c = a.getBoundingClientRect();
        left = Math.max(left, c.left); top = Math.max(top, c.top); right = Math.min(right, c.right); bottom = Math.min(bottom, c.bottom);
      }
      return right - left > 1 && bottom - top > 1 ? new DOMRect(left, top, right - left, bottom - top) : null;
    };
    const drawer = overlaySelector ? document.querySelector(overlaySelector) : null;
    const onTop = drawer ? controls.filter((e) => drawer.contains(e)) : controls;
    const boxes = onTop.map((e) => ({ e, box: visibleBox(e) })).filter((b) => b.box !== null) as { e: HTMLElement; box: DOMRect }[];
    const overlapping: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i], b = boxes[j];
        if (a.e.contains(b.e) || b.e.contains(a.e) || (a.e as HTMLLabelElement).control === b.e || (b.e as HTMLLabelElement).control === a.e) continue;
        const w = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const h = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (w > 2 && h > 2) overlapping.push(`${name(a.e)} / ${name(b.e)}`);
      }
    }
    // Reachable: scrolled into view, the control (or what it labels) is what a click there hits.
    const covered: string[] = [];
    for (const e of onTop) {
      // Scroll only its own panel (scrollIntoView would also scroll the page's hidden overflow).
      const panel = scroller(e);
      const before = panel?.scrollTop ?? 0;
      if (panel) {
        const p = panel.getBoundingClientRect(), c = e.getBoundingClientRect();
        if (c.top < p.top || c.bottom > p.bottom) panel.scrollTop += c.top - p.top - (p.height - c.height) / 2;
      }
      const r = e.getBoundingClientRect();
      const hit = document.elementFromPoint(Math.min(innerWidth - 1, r.left + r.width / 2), Math.min(innerHeight - 1, r.top + r.height / 2));
      const owner = hit?.closest('label');
      if (!hit || !(e === hit || e.contains(hit) || (owner && (owner === e || owner.contains(e) || (owner as HTMLLabelElement).control === e)))) {
        covered.push(`${name(e)} under ${hit ? `${hit.tagName.toLowerCase()}.${hit.className}` : 'nothing'}`);
      }
      if (panel) panel.scrollTop = before;
    }
    return { rootPx: parseFloat(getComputedStyle(document.documentElement).fontSize), clipped, outside, covered, overlapping };
  }, overlay);
}

for (const [width, height] of [[1280, 720], [1024, 768]] as const) {
  test(`text at 200% (the browser's text size setting) loses nothing at ${width}×${height}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height });
    // What a reader does who needs large type: the browser's font size from 16 px to 32 px
    // (Chromium's setting, through the DevTools protocol). Root font sizes and breakpoints are
    // relative, so the whole page follows it, and large text moves to the compact layout.
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Page.enable');
    await devtools.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await open(page, 'day=7&tumour=1');
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/text-200-${width}x${height}.png` });
    const closed = await measureControls(page);
    // Twice the 16 px these windows show by default.
    expect(closed.rootPx).toBeGreaterThanOrEqual(32);
    expect(closed).toMatchObject({ clipped: [], outside: [], covered: [], overlapping: [] });
    await openControls(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/text-200-${width}x${height}-controls.png` });
    expect(await measureControls(page, '.side-panel')).toMatchObject({ clipped: [], outside: [], covered: [], overlapping: [] });
    // The guided tour at this size: its card, its buttons and everything else still whole and reachable.
    await page.getByTestId('panel-toggle').click();
    await page.getByTestId('tour-button').click();
    await expect(page.getByTestId('tour')).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/text-200-${width}x${height}-tour.png` });
    expect(await measureControls(page)).toMatchObject({ clipped: [], outside: [], covered: [], overlapping: [] });
  });
}

test('compare on a 1280×720 projector: the title card and both scorecards stand apart, clear of the lobules\' centres', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, 'day=7&compare=1&theme=projector');
  await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-comparison-version', /\d+/, { timeout: 90_000 });
  const boxes = await page.evaluate(() => ['.title-card', '[data-scorecard=untreated]', '[data-scorecard=senolytic]'].map((selector) => {
    const r = document.querySelector(selector)!.getBoundingClientRect();
    return { selector, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }));
  for (let a = 0; a < boxes.length; a++) {
    for (let b = a + 1; b < boxes.length; b++) {
      const A = boxes[a], B = boxes[b];
      expect(A.left < B.right && B.left < A.right && A.top < B.bottom && B.top < A.bottom, `${A.selector} overlaps ${B.selector}`).toBe(false);
    }
  }
  // Each scorecard names its lobule's tissue; the title card's own badge steps aside.
  await expect(page.locator('.title-card [data-testid=tissue-badge]')).toBeHidden();
  expect((await measure(page, true)).centres).toEqual(['canvas', 'canvas']);
});

// Side by side, each scorecard stands under its lobule (1024×768) or beside it (1280×720, Full HD),
// and the lobules are framed clear of them: on day 20 with a tumour (the cards at their tallest) no
// card hides the tumour or the lobule's edge, and each lobule still spans much of its half. The two
// cards line up, as tall as each other, whatever each says (in French at 1280×720 the untreated
// card's longer name and badge made it taller than the other, and it started higher).
for (const [width, height, placement, lang] of [[1280, 720, 'beside', 'fr'], [1024, 768, 'below', 'en'], [1920, 1080, 'beside', 'en']] as const) {
  test(`compare side by side at ${width}×${height} (${lang}): the scorecards (${placement}) cover neither lobule and line up`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width, height });
    await page.goto(`/?compare=1&day=20&tumour=1&aa=0&profiler=1&lang=${lang}`);
    await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-day', '20', { timeout: 90_000 });
    await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-comparison-version', /\d+/, { timeout: 90_000 });
    await expect(page.getByTestId('compare-overlay')).toHaveClass(new RegExp(`cards-${placement}`));
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const cards = await Promise.all(['untreated', 'senolytic'].map(async (side) => (await page.locator(`[data-scorecard=${side}]`).boundingBox())!));
    const scene = (await page.getByTestId('scene').boundingBox())!;
    const half = Math.floor(scene.width / 2);
    const halves = [{ x: scene.x, y: scene.y, width: half, height: scene.height }, { x: scene.x + half, y: scene.y, width: scene.width - half, height: scene.height }];
    const [underUntreated, underSenolytic, ...across] = await lobuleDrawnIn(page, [
      ...cards.map((box) => ({ box, stepX: 4, stepY: 4 })),
      ...halves.map((box) => ({ box, stepX: 4, stepY: 8 })),
    ]);
    expect(drawnShare(underUntreated)).toBeLessThan(0.03);
    expect(drawnShare(underSenolytic)).toBeLessThan(0.03);
    expect(Math.abs(cards[0].y - cards[1].y), 'the cards\' tops').toBeLessThanOrEqual(1);
    expect(Math.abs(cards[0].height - cards[1].height), 'the cards\' heights').toBeLessThanOrEqual(1);
    for (const [k, samples] of across.entries()) {
      const xs = samples.filter((p) => p.drawn).map((p) => p.x);
      const span = Math.max(...xs) - Math.min(...xs);
      expect(span / Math.min(halves[k].width, scene.height), `lobule ${k} spans ${span} px`).toBeGreaterThan(0.45);
      // Off its part's left edge: the canvas's edge, or the line between the lobules.
      expect(Math.min(...xs) - halves[k].x, `lobule ${k}'s left edge`).toBeGreaterThanOrEqual(16);
    }
    // The line between the lobules starts under the title card where the card reaches past it (1024×768).
    const line = await page.evaluate(() => {
      const overlay = document.querySelector('[data-testid=compare-overlay]')!;
      const card = document.querySelector('.title-card')!.getBoundingClientRect();
      const middle = overlay.getBoundingClientRect().left + overlay.getBoundingClientRect().width / 2;
      return { top: overlay.getBoundingClientRect().top + parseFloat(getComputedStyle(overlay, '::before').top), cardBottom: card.bottom, cardCrosses: card.right > middle };
    });
    expect(line.cardCrosses).toBe(width === 1024);
    if (line.cardCrosses) expect(line.top).toBeGreaterThan(line.cardBottom);
    else expect(line.top).toBeLessThan(line.cardBottom);
  });
}

// A tour chapter's new run takes about a second: where the title card steps aside for the tour (a
// phone) the tour's card says so, and the day and phase; where the title card stays it alone does
// (no second copy).
for (const [width, height] of [[390, 844], [1024, 768]] as const) {
  test(`while the tour runs, the day and a new run's progress show once, where they can be seen, at ${width}×${height}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width, height });
    await page.goto('/?tour=weaning&aa=0&profiler=1');
    await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-version', /\d+/, { timeout: 90_000 });
    await expect(page.getByTestId('computing')).toHaveCount(0, { timeout: 60_000 });
    // A new run, as a chapter with other switches starts one.
    await page.evaluate(() => (window as unknown as { lobuleStore: { getState(): { setSeed(seed: number): void } } }).lobuleStore.getState().setSeed(7));
    // The day and phase too: in the tour's card where the title card steps aside, else in the title card.
    await expect(page.getByTestId('tour-day')).toBeVisible({ visible: width < 900 });
    if (width < 900) await expect(page.getByTestId('tour-day')).toContainText(/^Day [\d.]+ · Involution I/);
    await expect(page.getByTestId('day')).toBeVisible({ visible: width >= 900 });
    const inTour = page.getByTestId('tour-computing'), inTitle = page.getByTestId('computing');
    await expect(width < 900 ? inTour : inTitle).toBeVisible({ timeout: 10_000 });
    await expect(width < 900 ? inTitle : inTour).toBeHidden();
    await expect(inTour).toHaveCount(0, { timeout: 60_000 });
  });
}

test('each phase band and the senolytic window on the timeline show a name that fits, at every size, in English and French', async ({ page }) => {
  test.setTimeout(120_000);
  for (const lang of ['en', 'fr']) {
    await page.setViewportSize({ width: 1280, height: 720 });
    await open(page, `day=7&lang=${lang}&clearance=2-6`);
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      // The names are fitted on resize, before the next paint.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const cut = await page.locator('.bands .band, .bands .window').evaluateAll((bands) => bands.flatMap((band) => {
        const shown = [...band.querySelectorAll<HTMLElement>('span')].filter((s) => getComputedStyle(s).display !== 'none');
        const style = getComputedStyle(band);
        const room = band.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        // A band the senolytic's window lies over shows its name beside the window, never under it,
        // or none when even its tiny name has no room there.
        const clearance = band.classList.contains('band') ? document.querySelector('.bands .window')?.getBoundingClientRect() : undefined;
        if (shown.length === 0 && band.hasAttribute('data-covered') && clearance) return [];
        const [name] = shown;
        if (shown.length !== 1 || !name.textContent) return [`${band.className}: ${shown.length} names shown`];
        const box = name.getBoundingClientRect();
        if (clearance && box.left < clearance.right - 0.5 && clearance.left < box.right - 0.5) return [`${band.className}: "${name.textContent}" under the senolytic's window`];
        // A name may be cut only if even the tiny one cannot fit (never happens at our sizes).
        return box.width > room + 0.5 ? [`${band.className}: "${name.textContent}" in ${Math.round(room)} px`] : [];
      }));
      expect(cut, `${lang} ${width}×${height}`).toEqual([]);
    }
  }
});

for (const [width, height] of [[1024, 768], [390, 844]] as const) {
  test(`the tour's card leaves both lobules of the senolytic chapter in view at ${width}×${height}`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize({ width, height });
    await page.goto('/?tour=senolytic&aa=0&profiler=1');
    await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-comparison-version', /\d+/, { timeout: 90_000 });
    await expect(page.locator('[data-profiler]')).not.toHaveAttribute('data-calls', '0', { timeout: 30_000 });
    const tour = (await page.getByTestId('tour').boundingBox())!;
    const scene = (await page.getByTestId('scene').boundingBox())!;
    // Each lobule's part, less what the tour's card covers of it.
    const parts = await page.evaluate(() => {
      const canvas = document.querySelector('[data-testid=scene]')!.getBoundingClientRect();
      const overlay = document.querySelector<HTMLElement>('[data-testid=compare-overlay]')!;
      const band = overlay.getBoundingClientRect();
      const stacked = overlay.dataset.arrangement === 'stacked';
      const half = Math.floor((stacked ? band.height : canvas.width) / 2);
      return stacked
        ? [{ x: canvas.left, y: band.top, width: canvas.width, height: half }, { x: canvas.left, y: band.top + half, width: canvas.width, height: band.height - half }]
        : [{ x: canvas.left, y: canvas.top, width: half, height: canvas.height }, { x: canvas.left + half, y: canvas.top, width: canvas.width - half, height: canvas.height }];
    });
    const clear = parts.map((p) => ({ ...p, height: Math.max(0, Math.min(p.y + p.height, tour.x < scene.x + scene.width ? tour.y : Infinity) - p.y) }));
    const [underTour, ...inParts] = (await lobuleDrawnIn(page, [tour, ...clear].map((box) => ({ box, stepX: 4, stepY: 4 })))).map(drawnShare);
    // On a large screen the card stands beside the picture; on a phone the lobules stand above it.
    expect(underTour).toBeLessThan(0.03);
    // (Each part is its whole half; side by side the lobules are framed above their scorecards, so a
    // lobule fills about a fifth of its half at 1024×768.)
    for (const share of inParts) expect(share).toBeGreaterThan(0.1);
    // The phone's title card steps aside while the tour runs; the tour's card says where we are.
    if (width < 900) await expect(page.locator('.title-card')).toBeHidden();
    else await expect(page.locator('.title-card')).toBeVisible();
  });
}

// The side panel holds more than a projector's height: while there is more below, its foot fades
// out, so a section cut by the timeline reads as "scroll for more"; at the end the fade is gone.
test('at 1280×720 the side panel fades at its foot while there is more to scroll to, and not at the end', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await open(page, 'day=7&tumour=1&lang=fr');
  const panel = page.locator('.side-panel');
  const fade = () => panel.evaluate((el) => parseFloat(getComputedStyle(el).getPropertyValue('--panel-fade')));
  expect(await panel.evaluate((el) => el.scrollHeight > el.clientHeight + 100)).toBe(true);
  await expect.poll(fade).toBeGreaterThan(30);
  await panel.evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await expect.poll(fade).toBe(0);
});

// A course page's 640×400 frame: the embed's compact title card keeps "Day 12.5" on one line, in
// both languages (it wrapped to "Day" over "5" beside the phase), with the human equivalent shown
// (it was hidden there, against the contract that it goes wherever the day is shown).
test('in a 640×400 embed the day reads on one line, its human equivalent beside it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 640, height: 400 });
  for (const lang of ['en', 'fr']) {
    await page.goto(`/?mode=embed&day=12.5&tumour=1&aa=0&lang=${lang}`);
    await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-day', '12.5', { timeout: 90_000 });
    const { height, lineHeight } = await page.locator('.day-line').first().evaluate((el) => ({ height: el.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(el).fontSize) * 1.6 }));
    expect(height, lang).toBeLessThan(lineHeight);
    await expect(page.locator('.human-line')).toBeVisible();
    await expect(page.locator('.human-line')).toContainText(lang === 'en' ? 'Human: ≈' : 'Chez la femme : ≈');
    await expect(page.locator('.human-line').getByRole('button', { name: '[INF]' })).toBeVisible();
  }
  // In compare too.
  await page.goto('/?mode=embed&compare=1&day=5&aa=0');
  await expect(page.getByTestId('scene')).toHaveAttribute('data-drawn-comparison-version', /\d+/, { timeout: 90_000 });
  await expect(page.locator('.human-line')).toBeVisible();
});

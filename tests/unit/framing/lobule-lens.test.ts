// The single view's framing: the lobule is drawn in the largest disc the title card and the timeline
// leave clear, by a lens shift that puts the camera's axis at that disc's centre.

import { PerspectiveCamera, Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { clearDisc, type ClearDisc } from '../../../src/framing/clear-disc';
import { lensShift, OVERVIEW_RADIUS_SHARE, type LensShift } from '../../../src/framing/lobule-lens';
import { CARD_BELOW_HEIGHT, CARD_BESIDE_WIDTH, scorecardsPlacement } from '../../../src/framing/scorecard-placement';
import type { PictureInsets } from '../../../src/state/view-slice';

/** Single-view canvases (CSS px) and the controls over them, as measured at the screens we are shown on. */
const SCREENS = {
  projector1024: { width: 696, height: 768, insets: { top: 259, bottom: 134, titleRight: 428 } },
  projector1280: { width: 952, height: 720, insets: { top: 259, bottom: 134, titleRight: 428 } },
  fullHd: { width: 1512, height: 1080, insets: { top: 320, bottom: 155, titleRight: 535 } },
  portraitKiosk: { width: 752, height: 1920, insets: { top: 258, bottom: 140, titleRight: 428 } },
  iframe: { width: 640, height: 400, insets: { top: 146, bottom: 98, titleRight: 304 } },
  phone: { width: 390, height: 844, insets: { top: 178, bottom: 132, titleRight: 284 } },
} as const;

const disc = (): ClearDisc => ({ x: 0, y: 0, radius: 0, clear: false });
const shift = (): LensShift => ({ fullWidth: 0, fullHeight: 0, offsetX: 0, offsetY: 0, scale: 0, clear: false });

/** Distance from (x, y) to the title card's rectangle, zero inside it. */
function toCard(x: number, y: number, insets: PictureInsets): number {
  return Math.hypot(Math.max(0, x - insets.titleRight), Math.max(0, y - insets.top));
}

/** The largest clear radius found by trying every centre on a 2 px grid (slow, plain, for checking). */
function bruteForceRadius(width: number, height: number, insets: PictureInsets): number {
  const bottom = height - insets.bottom;
  let best = 0;
  for (let x = 0; x <= width; x += 2) {
    for (let y = 0; y <= bottom; y += 2) {
      best = Math.max(best, Math.min(x, width - x, y, bottom - y, toCard(x, y, insets)));
    }
  }
  return best;
}

describe('the clear disc', () => {
  for (const [name, { width, height, insets }] of Object.entries(SCREENS)) {
    it(`on the ${name} stays off the title card, the timeline and the edges, and is the largest there is`, () => {
      const d = clearDisc(width, height, insets, disc());
      expect(toCard(d.x, d.y, insets)).toBeGreaterThanOrEqual(d.radius - 0.5);
      expect(d.y + d.radius).toBeLessThanOrEqual(height - insets.bottom + 0.5);
      expect(d.y - d.radius).toBeGreaterThanOrEqual(-0.5);
      expect(d.x - d.radius).toBeGreaterThanOrEqual(-0.5);
      expect(d.x + d.radius).toBeLessThanOrEqual(width + 0.5);
      expect(d.radius).toBeGreaterThanOrEqual(bruteForceRadius(width, height, insets) - 3);
    });
  }

  it('is the middle of the area above the timeline when nothing else is in the way', () => {
    const d = clearDisc(800, 600, { top: 0, bottom: 100, titleRight: 0 }, disc());
    expect(d.x).toBeCloseTo(400, 0);
    expect(d.y).toBeCloseTo(250, 0);
    expect(d.radius).toBeCloseTo(250, 0);
  });

  it('among equally large discs, takes the one nearest the middle', () => {
    // A wide band under a card as wide as the canvas: any centre along it gives the same disc.
    const d = clearDisc(1600, 600, { top: 100, bottom: 100, titleRight: 1600 }, disc());
    expect(d.radius).toBeCloseTo(200, 0);
    expect(Math.abs(d.x - 800)).toBeLessThan(20);
  });

  it('in a band taller than it is wide, sits halfway between the title card and the timeline', () => {
    // The phone: the card spans most of the width, so the disc's size is set by the screen's sides.
    const { width, height, insets } = SCREENS.phone;
    const d = clearDisc(width, height, insets, disc());
    expect(d.radius).toBeCloseTo(width / 2, 0);
    expect(d.y).toBeCloseTo((insets.top + height - insets.bottom) / 2, -1);
  });

  it('falls back to the whole canvas when the controls leave almost nothing clear', () => {
    const d = clearDisc(400, 300, { top: 250, bottom: 40, titleRight: 390 }, disc());
    expect(d).toEqual({ x: 200, y: 150, radius: 150, clear: false });
  });

  it('keeps clear of the compare scorecards beside the lobule (the right inset)', () => {
    // The untreated half of a 1280×720 projector's compare view, its card beside the lobule.
    const insets = { top: 241, bottom: 157, titleRight: 428, right: CARD_BESIDE_WIDTH };
    const d = clearDisc(476, 720, insets, disc());
    expect(d.clear).toBe(true);
    expect(d.x + d.radius).toBeLessThanOrEqual(476 - CARD_BESIDE_WIDTH + 0.5);
    expect(d.y - d.radius).toBeGreaterThanOrEqual(241 - 0.5);
    expect(d.radius).toBeGreaterThanOrEqual(bruteForceRadius(476 - CARD_BESIDE_WIDTH, 720, { ...insets, titleRight: 476 - CARD_BESIDE_WIDTH }) - 3);
  });

  it('keeps a margin clear along the left edge (side by side: off the canvas\'s edge and the line between the lobules)', () => {
    const beside = { top: 241, bottom: 157, titleRight: 428, right: CARD_BESIDE_WIDTH };
    const without = clearDisc(476, 720, beside, disc());
    const d = clearDisc(476, 720, { ...beside, left: 16 }, disc());
    // Without the margin the disc touches the edge; with it, it stands the margin off and is as large as the rest allows.
    expect(without.x - without.radius).toBeLessThan(1);
    expect(d.x - d.radius).toBeGreaterThanOrEqual(16 - 0.5);
    expect(d.x + d.radius).toBeLessThanOrEqual(476 - CARD_BESIDE_WIDTH + 0.5);
    expect(d.radius).toBeGreaterThanOrEqual((476 - CARD_BESIDE_WIDTH - 16) / 2 - 1);
    // A margin that leaves the band wider than tall changes nothing but the centre's room.
    const wide = clearDisc(900, 500, { top: 0, bottom: 100, titleRight: 0, left: 16 }, disc());
    expect(wide.radius).toBeCloseTo(200, 0);
    expect(wide.x - wide.radius).toBeGreaterThanOrEqual(16 - 0.5);
  });
});

describe('where the side-by-side scorecards stand', () => {
  it('beside the lobule in a wide, short part (1280×720), under it in a narrower one (1024×768)', () => {
    // Each half's width, and the band between the title card's bottom and the timeline's top.
    expect(scorecardsPlacement(476, 563 - 241)).toBe('beside');
    expect(scorecardsPlacement(348, 635 - 241)).toBe('below');
  });

  it('under the lobule when its part is too narrow for a card beside it', () => {
    expect(scorecardsPlacement(CARD_BESIDE_WIDTH + 50, 400)).toBe('below');
    expect(scorecardsPlacement(900, CARD_BELOW_HEIGHT + 50)).toBe('beside');
  });
});

describe('the lens shift', () => {
  for (const [name, { width, height, insets }] of Object.entries(SCREENS)) {
    it(`on the ${name} draws the camera's axis at the clear disc's centre`, () => {
      const s = lensShift(width, height, insets, shift());
      const d = clearDisc(width, height, insets, disc());
      const camera = new PerspectiveCamera(40, width / height, 2, 8000);
      camera.position.set(0, 0, 1000);
      camera.lookAt(0, 0, 0);
      camera.setViewOffset(s.fullWidth, s.fullHeight, s.offsetX, s.offsetY, width, height);
      camera.updateMatrixWorld();
      const onScreen = new Vector3(0, 0, 0).project(camera);
      expect((onScreen.x + 1) / 2 * width).toBeCloseTo(d.x, 3);
      expect((1 - onScreen.y) / 2 * height).toBeCloseTo(d.y, 3);
    });
  }

  it('never enlarges the picture, and leaves an unobstructed canvas as it was', () => {
    const s = lensShift(900, 600, { top: 0, bottom: 0, titleRight: 0 }, shift());
    expect(s).toEqual({ fullWidth: 900, fullHeight: 600, offsetX: 0, offsetY: 0, scale: 1, clear: true });
  });

  it('shrinks the lobule only as far as the clear disc needs', () => {
    // The 1024×768 projector: the card and the timeline leave a disc well under half the height.
    const { width, height, insets } = SCREENS.projector1024;
    const s = lensShift(width, height, insets, shift());
    const d = clearDisc(width, height, insets, disc());
    const lobuleRadius = s.scale * OVERVIEW_RADIUS_SHARE * Math.min(width, height) / 2;
    expect(s.scale).toBeLessThan(1);
    expect(lobuleRadius).toBeLessThanOrEqual(d.radius);
    expect(lobuleRadius).toBeGreaterThan(0.9 * d.radius);
  });
});

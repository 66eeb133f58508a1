// The compare view's two parts: side by side on landscape screens, stacked between the title card
// and the timeline on tall ones, and picking finds the main lobule's part in either.

import { describe, expect, it } from 'vitest';
import { compareViewports, type ViewRect } from '../../../src/scene/compare/compare-viewports';
import { mainViewRect } from '../../../src/scene/picking/main-view';

const rect = (): ViewRect => ({ left: 0, top: 0, width: 0, height: 0 });
/** The lobule is framed to fit its part's shorter side. */
const lobuleSize = (part: ViewRect): number => Math.min(part.width, part.height);

/** Canvas sizes (CSS px) and the controls over them, as measured at the screens we are shown on. */
const SCREENS = {
  phone: { width: 390, height: 844, insets: { top: 205, bottom: 132, titleRight: 290 } },
  portraitKiosk: { width: 752, height: 1920, insets: { top: 310, bottom: 140, titleRight: 430 } },
  projector1024: { width: 696, height: 768, insets: { top: 308, bottom: 134, titleRight: 428 } },
  projector1280: { width: 952, height: 720, insets: { top: 308, bottom: 134, titleRight: 428 } },
  iframe: { width: 640, height: 400, insets: { top: 120, bottom: 60, titleRight: 300 } },
} as const;

describe('the compare view\'s parts', () => {
  it('stack on a phone and a portrait kiosk, in the band the controls leave free, one above the other', () => {
    for (const screen of [SCREENS.phone, SCREENS.portraitKiosk]) {
      const untreated = rect(), senolytic = rect();
      expect(compareViewports(screen.width, screen.height, screen.insets, untreated, senolytic)).toBe('stacked');
      expect(untreated.top).toBe(screen.insets.top);
      expect(senolytic.top).toBe(untreated.top + untreated.height);
      expect(senolytic.top + senolytic.height).toBe(screen.height - screen.insets.bottom);
      expect(untreated.width).toBe(screen.width);
      expect(Math.abs(untreated.height - senolytic.height)).toBeLessThanOrEqual(1);
    }
  });

  it('stand side by side where that draws each lobule larger (projectors, a 640×400 frame)', () => {
    for (const screen of [SCREENS.projector1024, SCREENS.projector1280, SCREENS.iframe]) {
      const untreated = rect(), senolytic = rect();
      expect(compareViewports(screen.width, screen.height, screen.insets, untreated, senolytic)).toBe('side-by-side');
      expect(untreated).toEqual({ left: 0, top: 0, width: Math.floor(screen.width / 2), height: screen.height });
      expect(senolytic.left).toBe(untreated.width);
      expect(senolytic.left + senolytic.width).toBe(screen.width);
    }
  });

  it('always take the arrangement with the larger lobules', () => {
    for (const screen of Object.values(SCREENS)) {
      const chosen = rect(), other = rect();
      compareViewports(screen.width, screen.height, screen.insets, chosen, other);
      const sideBySide = Math.min(screen.width / 2, screen.height);
      const band = screen.height - screen.insets.top - screen.insets.bottom;
      const stacked = Math.min(screen.width, band / 2);
      expect(lobuleSize(chosen)).toBeGreaterThanOrEqual(Math.floor(Math.max(sideBySide, stacked)) - 1);
    }
  });

  it('use the whole height when the controls leave too thin a band', () => {
    const untreated = rect(), senolytic = rect();
    expect(compareViewports(390, 844, { top: 500, bottom: 200, titleRight: 300 }, untreated, senolytic)).toBe('stacked');
    expect(untreated.top).toBe(0);
    expect(senolytic.top + senolytic.height).toBe(844);
  });
});

describe('the main lobule\'s part (for picking and labels)', () => {
  const phone = SCREENS.phone;
  it('is the whole canvas outside compare', () => {
    expect(mainViewRect({ compare: false, settings: { clearance: true }, pictureInsets: phone.insets }, 390, 844, rect()))
      .toEqual({ left: 0, top: 0, width: 390, height: 844 });
  });
  it('is the upper part when untreated and the lower one with the senolytic, when stacked', () => {
    const untreated = mainViewRect({ compare: true, settings: { clearance: false }, pictureInsets: phone.insets }, 390, 844, rect());
    const senolytic = mainViewRect({ compare: true, settings: { clearance: true }, pictureInsets: phone.insets }, 390, 844, rect());
    expect(untreated.top).toBe(phone.insets.top);
    expect(senolytic.top).toBe(untreated.top + untreated.height);
  });
  it('is the left or right half when side by side', () => {
    const insets = SCREENS.projector1280.insets;
    expect(mainViewRect({ compare: true, settings: { clearance: false }, pictureInsets: insets }, 952, 720, rect()).left).toBe(0);
    expect(mainViewRect({ compare: true, settings: { clearance: true }, pictureInsets: insets }, 952, 720, rect()).left).toBe(476);
  });
});

// Every theme keeps text readable: WCAG 2.1 contrast of at least 4.5:1 for every text colour on
// every background it is drawn on (translucent panels judged over the worst scene behind them),
// and 3:1 for the focus ring, computed from the themes' own colours.

import { describe, expect, it } from 'vitest';
import { THEMES } from '../../../src/state/preferences-slice';
import { contrastRatio, parseColour, worstContrast } from '../../../src/ui/themes/contrast-ratio';
import { THEME_COLOURS, type ThemeColours } from '../../../src/ui/themes/theme-colours';

const parse = parseColour;
const contrast = contrastRatio;

const PHASES = ['phase-lactation', 'phase-involution-1', 'phase-involution-2', 'phase-repopulation', 'phase-resting'] as const;

type Pair = [what: string, text: keyof ThemeColours, background: keyof ThemeColours];

const TEXT_PAIRS: Pair[] = [
  ['body text on panels', 'ink', 'paper'],
  ['notes on panels', 'muted', 'paper'],
  ['[INF] marks on panels', 'warn', 'paper'],
  ['accent text on panels', 'accent', 'paper'],
  ['buttons', 'ink', 'surface'],
  ['notes on buttons and fields', 'muted', 'surface'],
  ['filled buttons (Play)', 'accent-ink', 'accent'],
  ['text on the page', 'ink', 'page'],
  ['notices', 'ink', 'notice-bg'],
  ...PHASES.map((p): Pair => [`the ${p} badge`, 'ink', p]),
];

describe('theme contrast (WCAG 2.1 AA)', () => {
  it('computes the known ratios (black on white is 21:1)', () => {
    expect(contrast(parse('#000000'), parse('#ffffff'))).toBeCloseTo(21, 5);
    expect(contrast(parse('#767676'), parse('#ffffff'))).toBeCloseTo(4.54, 2);
  });

  for (const theme of THEMES) {
    it(`${theme}: every text is at least 4.5:1 on its background`, () => {
      const colours = THEME_COLOURS[theme];
      const failing = TEXT_PAIRS
        .map(([what, fg, bg]) => ({ what, ratio: Math.round(worstContrast(colours[fg], colours[bg]) * 100) / 100 }))
        .filter(({ ratio }) => ratio < 4.5);
      expect(failing).toEqual([]);
    });

    it(`${theme}: the focus ring stands out at least 3:1 from panels and the page`, () => {
      const colours = THEME_COLOURS[theme];
      expect(worstContrast(colours.focus, colours.paper)).toBeGreaterThanOrEqual(3);
      expect(worstContrast(colours.focus, colours.page)).toBeGreaterThanOrEqual(3);
    });
  }

  it('projector and high contrast are stronger than the default for body text', () => {
    const ratio = (t: (typeof THEMES)[number]): number => worstContrast(THEME_COLOURS[t].ink, THEME_COLOURS[t].paper);
    expect(ratio('projector')).toBeGreaterThan(ratio('default'));
    expect(ratio('high-contrast')).toBeGreaterThan(ratio('default'));
  });
});

// Every theme keeps text readable: WCAG 2.1 contrast of at least 4.5:1 for every text colour on
// every background it is drawn on (translucent panels judged over the worst scene behind them),
// and 3:1 for the focus ring, computed from the themes' own colours.

import { describe, expect, it } from 'vitest';
import { THEMES } from '../../../src/state/preferences-slice';
import { THEME_COLOURS, type ThemeColours } from '../../../src/ui/themes/theme-colours';

type Rgba = [number, number, number, number];

function parse(colour: string): Rgba {
  const hex = /^#([0-9a-f]{6})$/i.exec(colour);
  if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)).concat(1) as Rgba;
  const rgba = /^rgba?\(([^)]+)\)$/.exec(colour);
  if (!rgba) throw new Error(`unreadable colour ${colour}`);
  const [r, g, b, a = 1] = rgba[1].split(',').map(Number);
  return [r, g, b, a];
}

const over = (top: Rgba, below: Rgba): Rgba =>
  [0, 1, 2].map((i) => top[i] * top[3] + below[i] * (1 - top[3])).concat(1) as Rgba;

function luminance([r, g, b]: Rgba): number {
  const channel = (v: number): number => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** A translucent background over anything from black to white: its worst contrast with `text`. */
function worstContrast(text: string, background: string): number {
  const bg = parse(background);
  return Math.min(contrast(parse(text), over(bg, [0, 0, 0, 1])), contrast(parse(text), over(bg, [255, 255, 255, 1])));
}

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

// The population chart stays readable in every theme: its axis text at least 4.5:1 and its lines at
// least 3:1 against the panel it is drawn on (WCAG 2.1 1.4.3 and 1.4.11).

import { describe, expect, it } from 'vitest';
import { CELL_TYPES } from '../../../src/palette/colour-modes';
import { THEMES } from '../../../src/state/preferences-slice';
import { chartColours } from '../../../src/ui/charts/chart-colours';
import { CHART_METRICS } from '../../../src/ui/charts/chart-series';
import { contrastRatio, over, parseColour, worstContrast } from '../../../src/ui/themes/contrast-ratio';
import { THEME_COLOURS } from '../../../src/ui/themes/theme-colours';

describe('the chart in each theme', () => {
  for (const theme of THEMES) {
    const colours = chartColours(theme);
    const { paper, page } = THEME_COLOURS[theme];

    it(`${theme}: axis values and ticks are at least 4.5:1 on the panel, whatever lies behind it`, () => {
      expect(worstContrast(colours.text, paper)).toBeGreaterThanOrEqual(4.5);
      expect(worstContrast(colours.ticks, paper)).toBeGreaterThanOrEqual(4.5);
    });

    it(`${theme}: every line is at least 3:1 on the panel over the page`, () => {
      const background = over(parseColour(paper), parseColour(page));
      const failing = CHART_METRICS
        .map((m) => ({ metric: m.key, ratio: Math.round(contrastRatio(parseColour(colours.series[m.key]), background) * 100) / 100 }))
        .filter(({ ratio }) => ratio < 3);
      expect(failing).toEqual([]);
    });
  }

  it('high contrast lightens the lines that would vanish on black, and keeps them apart', () => {
    const dark = chartColours('high-contrast').series;
    expect(dark.metastaticCells).not.toBe(chartColours('default').series.metastaticCells);
    expect(new Set(Object.values(dark)).size).toBe(CHART_METRICS.length);
  });

  it('draws each cell line in its cells\' colour family in the 3D view, never in another kind\'s colour', () => {
    const hue = (colour: string): number => {
      const [r, g, b] = parseColour(colour).slice(0, 3).map((c) => c / 255);
      const max = Math.max(r, g, b);
      const d = max - Math.min(r, g, b);
      const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
      return (h * 60 + 360) % 360;
    };
    for (const theme of THEMES) {
      const { series } = chartColours(theme);
      expect(series.senescentCells).toBe(CELL_TYPES.senescent);
      expect(series.macrophages).toBe(CELL_TYPES.macrophage);
      // Alveolar cells: the secreting cells' sky blue, perhaps darker for a line on white.
      expect(Math.abs(hue(series.alveolarCells) - hue(CELL_TYPES.secreting))).toBeLessThan(6);
      const otherKinds = [CELL_TYPES.senescent, CELL_TYPES.myoepithelial, CELL_TYPES.macrophage, CELL_TYPES.duct];
      expect(otherKinds).not.toContain(series.alveolarCells);
      expect([CELL_TYPES.myoepithelial, CELL_TYPES.secreting]).not.toContain(series.senescentCells);
    }
  });
});

describe('the chart\'s lines', () => {
  it('draws the senescent cells\' line bolder than every other, a cue beside its blue, which sits near the alveolar cells\' blue', () => {
    const width = (key: string) => CHART_METRICS.find((m) => m.key === key)!.widthPx;
    for (const m of CHART_METRICS) if (m.key !== 'senescentCells') expect(width('senescentCells')).toBeGreaterThanOrEqual(1.5 * m.widthPx);
    expect(width('alveolarCells')).toBeGreaterThanOrEqual(2);
  });
});

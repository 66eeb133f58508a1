// The population chart's colours in each theme. uPlot paints axes, grid and lines on a canvas from
// its options, where CSS cannot reach, so the chart is built again with these when the theme changes.

import type { NumericMetric } from '../../sim/metrics';
import type { Theme } from '../../state/preferences-slice';
import { THEME_COLOURS } from '../themes/theme-colours';
import { CHART_METRICS } from './chart-series';

export interface ChartColours {
  /** Axis values: the theme's body text (≥ 4.5:1 on its panels). */
  text: string;
  /** Tick marks and the axes' edges: the theme's secondary text (≥ 4.5:1 too, so ≥ 3:1 as lines). */
  ticks: string;
  /** Grid lines: a quiet guide, the theme's panel edge colour, see-through so the data lines lead. */
  grid: string;
  /** Each metric's line (and its legend swatch). */
  series: Record<NumericMetric, string>;
}

/**
 * Lines on black: the vessel red, the fat's dark yellow and the membrane slate fall under 3:1 there,
 * so high contrast draws their light counterparts (the scene's fat yellow); alveolar cells take the
 * scene's own sky blue, which white panels could not.
 */
const HIGH_CONTRAST_SERIES: Partial<Record<NumericMetric, string>> = {
  alveolarCells: '#56B4E9',
  metastaticCells: '#FF7F7F',
  adipocyteFill: '#F0E442',
  basementMembrane: '#B4C2D0',
};

export function chartColours(theme: Theme): ChartColours {
  const colours = THEME_COLOURS[theme] ?? THEME_COLOURS.default;
  const series = {} as Record<NumericMetric, string>;
  for (const m of CHART_METRICS) series[m.key] = (theme === 'high-contrast' ? HIGH_CONTRAST_SERIES[m.key] : undefined) ?? m.colour;
  return { text: colours.ink, ticks: colours.muted, grid: withAlpha(colours.line, GRID_ALPHA), series };
}

/** The projector's and high contrast's edges are black and white: at full strength a grid would shout. */
const GRID_ALPHA = 0.4;

function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

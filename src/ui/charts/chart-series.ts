// What the population chart plots: the counts (arcsinh scale, so 4,000 alveolar cells and a dozen
// cells in vessels both read) and the fat and membrane fractions (right axis, 0–100%), against
// day. Pure data: the chart, its table and its CSV all come from the same samples.

import { translate, type LanguageCode, type MessageKey } from '../../i18n/translate';
import type { MetricsSample, NumericMetric } from '../../sim/metrics';
import { CELL_TYPES, OKABE_ITO } from '../../palette/colour-modes';

export interface ChartMetric {
  key: NumericMetric;
  label: MessageKey;
  colour: string;
  scale: 'cells' | 'fraction';
  /** Line width (CSS px): senescent cells' line is drawn bold, a cue beside colour. */
  widthPx: number;
}

/** Lines' widths: counts, the senescent cells' count, fractions. */
const COUNT_WIDTH_PX = 2.5;
/**
 * The curve the paradox turns on, and a second cue beside its colour: its dark blue (the scene's
 * senescent cells) sits near the alveolar cells' lighter blue, which readers took for one hue.
 */
const SENESCENT_WIDTH_PX = 4.5;
const FRACTION_WIDTH_PX = 2;

/** The scene's secreting-cell sky blue (#56B4E9), darker: 3.4:1 on white. */
const ALVEOLAR_LINE = '#3392CC';

export const CHART_METRICS: readonly ChartMetric[] = [
  // Each line in its cells' colour in the scene, so a reader can look from a curve to its cells:
  // alveolar cells the scene's sky blue, darkened to stay ≥ 3:1 as a line on white (#56B4E9 is 2.3:1);
  // senescent cells the scene's darker blue (they are alveolar cells that stopped), macrophages its
  // bluish green.
  { key: 'alveolarCells', label: 'metrics.alveolarCells', colour: ALVEOLAR_LINE, scale: 'cells', widthPx: COUNT_WIDTH_PX },
  { key: 'senescentCells', label: 'metrics.senescentCells', colour: CELL_TYPES.senescent, scale: 'cells', widthPx: SENESCENT_WIDTH_PX },
  { key: 'macrophages', label: 'metrics.macrophages', colour: CELL_TYPES.macrophage, scale: 'cells', widthPx: COUNT_WIDTH_PX },
  { key: 'tumourCells', label: 'metrics.tumourCells', colour: OKABE_ITO.vermillion, scale: 'cells', widthPx: COUNT_WIDTH_PX },
  { key: 'metastaticCells', label: 'metrics.metastaticCells', colour: OKABE_ITO.vesselRed, scale: 'cells', widthPx: COUNT_WIDTH_PX },
  // Fat's yellow is darkened for a line on white (the scene's #F0E442 would vanish).
  { key: 'adipocyteFill', label: 'metrics.adipocyteFill', colour: '#A89000', scale: 'fraction', widthPx: FRACTION_WIDTH_PX },
  { key: 'basementMembrane', label: 'metrics.basementMembrane', colour: '#5A6B7D', scale: 'fraction', widthPx: FRACTION_WIDTH_PX },
];

export interface ChartRun {
  /** "untreated", "senolytic", or "run" for the single view. */
  name: string;
  samples: readonly MetricsSample[];
}

/** uPlot's aligned data: the days, then each run's metrics in CHART_METRICS order. */
export function chartData(runs: readonly ChartRun[]): number[][] {
  if (runs.length === 0) return [[]];
  const days = runs[0].samples.map((s) => s.day);
  const columns = [days];
  for (const run of runs) for (const m of CHART_METRICS) columns.push(run.samples.map((s) => s[m.key]));
  return columns;
}

/** The day axis's tick labels: the first names the unit (days since weaning), as the timeline does. */
export function dayTickLabels(ticks: readonly number[], lang?: LanguageCode): string[] {
  return ticks.map((t) => (t === 0 ? translate('charts.dayZero', undefined, lang) : String(t)));
}

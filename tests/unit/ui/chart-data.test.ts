// The chart plots exactly the run's samples (the CLI's numbers for the same seed), and the CSV has
// the contract's columns, with a `run` column first when two runs are exported together.

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { METRIC_FIELDS, type MetricsSample } from '../../../src/sim/metrics';
import { metricsCsv, runsCsv } from '../../../src/sim/metrics-csv';
import { setActiveLanguage } from '../../../src/i18n/translate';
import { CHART_METRICS, chartData, dayTickLabels } from '../../../src/ui/charts/chart-series';
import { tableValue } from '../../../src/ui/charts/SamplesTable';

const cliSamples = (args: string[]): MetricsSample[] =>
  JSON.parse(spawnSync(process.execPath, ['--import', 'tsx', 'cli/sim.ts', '--days', '4', ...args], { encoding: 'utf8' }).stdout).samples;
const cliCsv = (args: string[]): string =>
  spawnSync(process.execPath, ['--import', 'tsx', 'cli/sim.ts', '--days', '4', '--format', 'csv', ...args], { encoding: 'utf8' }).stdout.trim();

describe('the population chart and its CSV', () => {
  const untreated = cliSamples(['--seed', '3']);
  const senolytic = cliSamples(['--seed', '3', '--clearance']);

  it('plots every sample of every charted metric, both runs in compare', () => {
    const data = chartData([{ name: 'untreated', samples: untreated }, { name: 'senolytic', samples: senolytic }]);
    expect(data[0]).toEqual(untreated.map((s) => s.day));
    expect(data).toHaveLength(1 + 2 * CHART_METRICS.length);
    CHART_METRICS.forEach((m, i) => {
      expect(data[1 + i]).toEqual(untreated.map((s) => s[m.key]));
      expect(data[1 + CHART_METRICS.length + i]).toEqual(senolytic.map((s) => s[m.key]));
    });
    expect(data[1 + CHART_METRICS.findIndex((m) => m.key === 'senescentCells')].some((v) => v > 0)).toBe(true);
  });

  it('writes the same CSV as the CLI', () => {
    expect(metricsCsv(untreated)).toBe(cliCsv(['--seed', '3']));
  });

  it('puts both runs in one CSV with a run column before the contract columns', () => {
    const lines = runsCsv([{ name: 'untreated', samples: untreated }, { name: 'senolytic', samples: senolytic }]).split('\n');
    expect(lines[0]).toBe(['run', ...METRIC_FIELDS].join(','));
    expect(lines).toHaveLength(1 + untreated.length + senolytic.length);
    expect(lines[1].startsWith('untreated,-3,lactation,')).toBe(true);
    expect(lines[1 + untreated.length].startsWith('senolytic,-3,')).toBe(true);
  });
});

describe('the day axis', () => {
  it('names its unit at day 0, in the reader\'s language, and leaves the other ticks as numbers', () => {
    expect(dayTickLabels([0, 10, 20])).toEqual(['day 0', '10', '20']);
    setActiveLanguage('fr');
    try {
      expect(dayTickLabels([-5, 0, 10])).toEqual(['-5', 'jour 0', '10']);
    } finally {
      setActiveLanguage('en');
    }
  });
});

describe('the chart\'s table', () => {
  it('shows counts as they are and fractions in % to a tenth, written the page\'s language\'s way', () => {
    const sample = { alveolarCells: 2091, adipocyteFill: 0.1126 } as MetricsSample;
    const alveolar = CHART_METRICS.find((m) => m.key === 'alveolarCells')!;
    const fat = CHART_METRICS.find((m) => m.key === 'adipocyteFill')!;
    setActiveLanguage('en');
    expect([tableValue(sample, alveolar), tableValue(sample, fat)]).toEqual(['2091', '11.3']);
    setActiveLanguage('fr');
    expect([tableValue(sample, alveolar), tableValue(sample, fat)]).toEqual(['2091', '11,3']);
    setActiveLanguage('en');
  });
});

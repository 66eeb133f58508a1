// The model's numbers do not depend on how finely time is cut: the headline figures barely move when
// the internal step is halved, and the sampling interval (`--step-hours`) never changes a number.

import { describe, expect, it } from 'vitest';
import { at, ensembleMean, firstDayReaching, peakOf, runCli, type MeanSample } from './ensemble';

const headline = (samples: MeanSample[]) => ({
  alveolarShareDay7: at(samples, 7).alveolarCells / at(samples, 0).alveolarCells,
  fatHalfFullDay: firstDayReaching(samples, 'adipocyteFill', 0.5),
  senescentPeak: peakOf(samples, 'senescentCells').senescentCells,
  metastaticCellsDay21: at(samples, 21).metastaticCells,
});

describe('the internal time step (mean of 8 seeds, tumour seeded on day 0)', () => {
  const hourly = headline(ensembleMean(['--tumour', '--model-step-hours', '1']));
  const halfHourly = headline(ensembleMean(['--tumour', '--model-step-hours', '0.5']));

  it.each(Object.keys(hourly) as (keyof typeof hourly)[])('changes %s by at most 10% between steps of 1 h and 0.5 h', (figure) => {
    expect(Number.isFinite(hourly[figure])).toBe(true);
    expect(hourly[figure]).toBeGreaterThan(0);
    expect(Math.abs(halfHourly[figure] - hourly[figure]) / hourly[figure]).toBeLessThanOrEqual(0.1);
  });
});

describe('the sampling interval', () => {
  const args = ['--days', '8', '--tumour', '--clearance', '--seed', '5'];
  const coarse = runCli([...args, '--step-hours', '6']);
  const fine = runCli([...args, '--step-hours', '0.5']);

  it('only samples: every value on a common day is identical at 6-h and 0.5-h sampling', () => {
    expect(coarse.samples).toHaveLength(1 + 11 * 4);
    for (const sample of coarse.samples) {
      const same = fine.samples.find((s) => Math.abs(s.day - sample.day) < 1e-9);
      expect(same).toEqual(sample);
    }
  });

  it('runs the model at the same internal step whatever the sampling', () => {
    expect(coarse.settings).toMatchObject({ modelStepHours: 1, stepHours: 6 });
    expect(fine.settings).toMatchObject({ modelStepHours: 1, stepHours: 0.5 });
    expect((coarse.timing as { steps: number }).steps).toBe((fine.timing as { steps: number }).steps);
  });

  it('interpolates samples that fall between two internal steps', () => {
    const quarter = runCli(['--days', '0', '--seed', '5', '--step-hours', '0.25']);
    const days = quarter.samples.map((s) => s.day);
    expect(days[1] - days[0]).toBeCloseTo(0.25 / 24, 4);
    const between = quarter.samples[2]; // 0.5 h: halfway between the states at 0 h and 1 h
    const [before, after] = [quarter.samples[0], quarter.samples[4]];
    expect(between.macrophages).toBeCloseTo((before.macrophages + after.macrophages) / 2, 6);
  });
});

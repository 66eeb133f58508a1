// The scorecard reads the day's sample and the run's first half-full-of-fat day.

import { describe, expect, it } from 'vitest';
import type { MetricsSample } from '../../../src/sim/metrics';
import { scorecardFigures } from '../../../src/ui/compare/scorecard-figures';

const sample = (day: number, fill: number, alveolarCells: number): MetricsSample => ({
  day, phase: 'involution-2', alveolarCells, senescentCells: 0, apoptoticCells: 0, macrophages: 0, adipocyteFill: fill,
  basementMembrane: 1, sasp: 0, tumourCells: day, invasiveTumourCells: 0, metastaticCells: 2 * day,
});

describe('scorecard figures', () => {
  const run = { sampleHours: 12, samples: [sample(0, 0.1, 100), sample(0.5, 0.3, 90), sample(1, 0.5, 80), sample(1.5, 0.7, 70)] };

  it('take the nearest sample of the day and the first day the fat is half back', () => {
    expect(scorecardFigures(run, 0.6)).toEqual({ senescentCells: 0, macrophages: 0, adipocyteFill: 0.3, fatHalfFullDay: 1, alveolarCells: 90, tumourCells: 0.5, metastaticCells: 1 });
    expect(scorecardFigures(run, 99).alveolarCells).toBe(70);
  });

  it('say never when the fat never gets half back', () => {
    expect(scorecardFigures({ sampleHours: 12, samples: [sample(0, 0.2, 5)] }, 0).fatHalfFullDay).toBeNull();
  });
});

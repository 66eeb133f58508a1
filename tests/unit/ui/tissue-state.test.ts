// The tissue badge reads the run, not the clock: on day 7 the untreated lobule has collapsed while
// the senolytic one is still thinning (the CLI's seed-1 figures).

import { describe, expect, it } from 'vitest';
import type { MetricsSample } from '../../../src/sim/metrics';
import { tissueState } from '../../../src/ui/tissue/tissue-state';

const sample = (day: number, alveolarCells: number, adipocyteFill: number, basementMembrane = 0.2): MetricsSample => ({
  day, phase: 'repopulation', alveolarCells, senescentCells: 0, apoptoticCells: 0, macrophages: 0, adipocyteFill,
  basementMembrane, sasp: 0, tumourCells: 0, invasiveTumourCells: 0, metastaticCells: 0,
});
const weaning = sample(0, 3994, 0.11, 1);

describe('the tissue badge', () => {
  it('says two runs on the same day differ when their tissue does', () => {
    expect(tissueState(sample(7, 706, 0.49), weaning)).toBe('collapsing');
    expect(tissueState(sample(7, 1459, 0.21), weaning)).toBe('thinning');
  });

  it('on day 10 still says the senolytic lobule\'s fat is returning while the untreated one\'s has refilled (the CLI\'s seed-12 figures)', () => {
    const weaning12 = sample(0, 3728, 0.11, 1);
    expect(tissueState(sample(10, 288, 0.92, 0.42), weaning12)).toBe('refilled');
    expect(tissueState(sample(10, 687, 0.62, 0.44), weaning12)).toBe('collapsing');
    // Three days later the senolytic lobule has refilled too.
    expect(tissueState(sample(13, 510, 0.81, 0.53), weaning12)).toBe('refilled');
  });

  it('follows the tissue from milk to fat', () => {
    expect(tissueState(sample(-1, 3994, 0.1, 1), weaning)).toBe('secreting');
    expect(tissueState(sample(1, 3600, 0.1, 1), weaning)).toBe('lined');
    expect(tissueState(sample(12, 80, 0.93, 0.29), weaning)).toBe('refilled');
    expect(tissueState(sample(21, 77, 0.97, 0.91), weaning)).toBe('regressed');
  });

  it('never divides by zero', () => {
    expect(tissueState(sample(3, 0, 0.1), sample(0, 0, 0.1))).toBe('collapsing');
  });
});

// Clearing senescent cells with a senolytic (days 2–6): involution is delayed, not derailed. [2026]

import { describe, expect, it } from 'vitest';
import { at, ensembleMean, firstDayReaching, peakOf } from './ensemble';

const untreated = ensembleMean([]);
const cleared = ensembleMean(['--clearance']);
const halfFull = (samples: typeof untreated): number => firstDayReaching(samples, 'adipocyteFill', 0.5);

describe('a senolytic given on days 2–6 (mean of 8 seeds)', () => {
  it('removes at least 70% of the senescent cells by day 5', () => {
    expect(at(cleared, 5).senescentCells).toBeLessThanOrEqual(0.3 * at(untreated, 5).senescentCells);
  });

  it('delays fat refill: the fat reaches half-full 1.5 to 4 days later', () => {
    const lag = halfFull(cleared) - halfFull(untreated);
    expect(lag).toBeGreaterThanOrEqual(1.5);
    expect(lag).toBeLessThanOrEqual(4);
  });

  it('draws fewer macrophages: a peak at most 80% of the untreated one', () => {
    expect(peakOf(cleared, 'macrophages').macrophages).toBeLessThanOrEqual(0.8 * peakOf(untreated, 'macrophages').macrophages);
  });

  it('leaves more alveolar cells on day 7, because the membrane holds longer', () => {
    expect(at(cleared, 7).alveolarCells).toBeGreaterThan(at(untreated, 7).alveolarCells);
    expect(at(cleared, 5).basementMembrane).toBeGreaterThan(at(untreated, 5).basementMembrane);
  });

  it('is a delay, not a divergence: by day 21 the fat is at least 90% full and the epithelium left is within 1.5× of untreated', () => {
    expect(at(cleared, 21).adipocyteFill).toBeGreaterThanOrEqual(0.9);
    expect(at(cleared, 21).alveolarCells).toBeLessThanOrEqual(1.5 * at(untreated, 21).alveolarCells);
  });

  it('changes nothing before the dosing window opens', () => {
    expect(at(cleared, 1.75)).toEqual(at(untreated, 1.75));
  });
});

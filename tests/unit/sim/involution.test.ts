// The untreated gland, from lactation to a regressed lobule, as the science brief describes it.

import { describe, expect, it } from 'vitest';
import { withDefaults } from '../../../src/sim/settings';
import { simulate } from '../../../src/sim/simulate';
import { senescenceOnsetDay } from '../../../src/sim/summary';
import { at, ensembleMean, peakOf } from './ensemble';

const untreated = ensembleMean([]);
const lactation = at(untreated, -0.5);
const weaning = at(untreated, 0);

describe('an untreated lobule after weaning (mean of 8 seeds)', () => {
  it('loses most of its milk-making cells within a week: at most 25% left on day 7, 20% on day 10', () => {
    expect(at(untreated, 7).alveolarCells).toBeLessThanOrEqual(0.25 * weaning.alveolarCells);
    expect(at(untreated, 10).alveolarCells).toBeLessThanOrEqual(0.2 * weaning.alveolarCells);
  });

  it('keeps some epithelium as buds and ducts rather than losing it all', () => {
    expect(at(untreated, 28).alveolarCells).toBeGreaterThan(0.01 * weaning.alveolarCells);
  });

  it('has no senescent cells in lactation', () => {
    for (const sample of untreated.filter((s) => s.day < 0)) expect(sample.senescentCells).toBe(0);
  });

  it('has senescent cells peaking on days 3 to 6.5, at 3–15% of the living alveolar cells', () => {
    const peak = peakOf(untreated, 'senescentCells');
    expect(peak.day).toBeGreaterThanOrEqual(3);
    expect(peak.day).toBeLessThanOrEqual(6.5);
    const share = peak.senescentCells / peak.alveolarCells;
    expect(share).toBeGreaterThanOrEqual(0.03);
    expect(share).toBeLessThanOrEqual(0.15);
  });

  it('puts the timeline\'s "Senescence begins" on days 1.5–2.5, where the tour and About start the wave, not on the first lone cell', () => {
    const defaultRun = simulate(withDefaults({}));
    for (const run of [defaultRun, simulate(withDefaults({ clearance: true })), simulate(withDefaults({ tumour: true }))]) {
      const onset = senescenceOnsetDay(run.samples);
      expect(onset).toBeGreaterThanOrEqual(1.5);
      expect(onset).toBeLessThanOrEqual(2.5);
    }
    // The first senescent cell comes well before: the marker is not the first cell.
    const firstCell = defaultRun.samples.find((s) => s.senescentCells >= 1)!.day;
    expect(senescenceOnsetDay(defaultRun.samples)! - firstCell).toBeGreaterThanOrEqual(0.5);
    expect(senescenceOnsetDay(simulate(withDefaults({ knockouts: ['senescence'] }), { endDay: 10 }).samples)).toBeNull();
  });

  it('draws in 5–12 times more macrophages than in lactation, peaking on days 3–7', () => {
    const peak = peakOf(untreated, 'macrophages');
    expect(peak.macrophages / lactation.macrophages).toBeGreaterThanOrEqual(5);
    expect(peak.macrophages / lactation.macrophages).toBeLessThanOrEqual(12);
    expect(peak.day).toBeGreaterThanOrEqual(3);
    expect(peak.day).toBeLessThanOrEqual(7);
  });

  it('sends macrophages back to at most twice the lactation level by day 20', () => {
    expect(at(untreated, 20).macrophages).toBeLessThanOrEqual(2 * lactation.macrophages);
  });

  it('refills its fat: at most 25% in lactation and at least 80% by day 14', () => {
    expect(lactation.adipocyteFill).toBeLessThanOrEqual(0.25);
    expect(at(untreated, 14).adipocyteFill).toBeGreaterThanOrEqual(0.8);
  });

  it('keeps the basement membrane intact in lactation and has cut it to half or less by day 7', () => {
    expect(lactation.basementMembrane).toBeGreaterThanOrEqual(0.9);
    expect(at(untreated, 7).basementMembrane).toBeLessThanOrEqual(0.5);
  });

  it('lays the membrane down again once remodelling is over', () => {
    expect(at(untreated, 28).basementMembrane).toBeGreaterThan(at(untreated, 7).basementMembrane + 0.3);
  });

  it('piles up dead cells in the lumens during involution, and clears nearly all of them (≤ 1% of the peak left on day 20)', () => {
    const peak = peakOf(untreated, 'apoptoticCells').apoptoticCells;
    expect(peak).toBeGreaterThan(0.1 * weaning.alveolarCells);
    expect(at(untreated, 20).apoptoticCells).toBeLessThanOrEqual(0.01 * peak);
  });

  it('has SASP only while senescent cells are there', () => {
    expect(lactation.sasp).toBe(0);
    expect(peakOf(untreated, 'sasp').sasp).toBeGreaterThan(0.2);
    expect(at(untreated, 28).sasp).toBeLessThan(0.02);
  });

  it('has no tumour cells unless a tumour is seeded', () => {
    for (const s of untreated) expect(s.tumourCells + s.metastaticCells).toBe(0);
  });
});

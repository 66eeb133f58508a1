// Knock-out experiments: remove one link of the causal chain from day 0 and watch what stops.
// Senescence → SASP → macrophages → proteases → membrane → collapse → fat; and SASP → plasticity →
// metastasis. Each sentence is a mean of 8 seeds, run by the CLI.

import { describe, expect, it } from 'vitest';
import { at, ensembleMean, firstDayReaching } from './ensemble';

const untreated = ensembleMean([]);
const noSenescence = ensembleMean(['--knockout', 'senescence']);
const noMacrophages = ensembleMean(['--knockout', 'macrophages']);
const tumourNoSasp = ensembleMean(['--tumour', '--knockout', 'sasp']);
const tumourClearedNoSasp = ensembleMean(['--tumour', '--clearance', '--knockout', 'sasp']);
const halfFull = (samples: typeof untreated): number => firstDayReaching(samples, 'adipocyteFill', 0.5);

describe('knock-out experiments (mean of 8 seeds)', () => {
  it('without senescence (p16 null), no cell becomes senescent and there is no SASP', () => {
    for (const s of noSenescence) {
      expect(s.senescentCells).toBe(0);
      expect(s.sasp).toBe(0);
    }
  });

  it('without senescence, involution is delayed like clearance: the fat is half-full at least 1.5 days later', () => {
    expect(halfFull(noSenescence) - halfFull(untreated)).toBeGreaterThanOrEqual(1.5);
  });

  it('with macrophages depleted from day 0, none are in the lobule after weaning', () => {
    for (const s of noMacrophages.filter((x) => x.day >= 0.25)) expect(s.macrophages).toBe(0);
  });

  it('with macrophages depleted, the membrane holds longer, so fat is half-full at least 1.5 days later (O\'Brien 2012)', () => {
    expect(at(noMacrophages, 5).basementMembrane).toBeGreaterThan(at(untreated, 5).basementMembrane);
    expect(halfFull(noMacrophages) - halfFull(untreated)).toBeGreaterThanOrEqual(1.5);
  });

  it('with macrophages depleted, more epithelium is left on day 10 and dead cells are not cleared', () => {
    expect(at(noMacrophages, 10).alveolarCells).toBeGreaterThan(at(untreated, 10).alveolarCells);
    expect(at(noMacrophages, 20).apoptoticCells).toBeGreaterThan(10 * Math.max(1, at(untreated, 20).apoptoticCells));
  });

  it('without the SASP, senescent cells still appear but clearing them no longer cuts metastasis (difference under 15%)', () => {
    expect(at(tumourNoSasp, 5).senescentCells).toBeGreaterThan(0);
    expect(at(tumourNoSasp, 5).sasp).toBe(0);
    const spread = at(tumourNoSasp, 21).metastaticCells;
    const spreadCleared = at(tumourClearedNoSasp, 21).metastaticCells;
    expect(spread).toBeGreaterThan(5); // the oncogene alone still spreads, a little
    expect(Math.abs(spreadCleared - spread) / spread).toBeLessThan(0.15);
  });
});

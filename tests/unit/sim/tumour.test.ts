// A tumour seeded at weaning grows and spreads with the SASP; clearing senescent cells delays it
// and cuts metastasis. [2026]

import { describe, expect, it } from 'vitest';
import { TUMOUR_SEED_CELLS } from '../../../src/sim/constants';
import { at, ensembleMean, firstDayReaching } from './ensemble';

const tumour = ensembleMean(['--tumour']);
const tumourCleared = ensembleMean(['--tumour', '--clearance']);
const tenfold = TUMOUR_SEED_CELLS * 10;

describe('a tumour seeded on day 0 (mean of 8 seeds)', () => {
  it('grows at least tenfold by day 21', () => {
    expect(at(tumour, 21).tumourCells + at(tumour, 21).metastaticCells).toBeGreaterThanOrEqual(tenfold);
  });

  it('sends cells into the vessels (metastatic cells appear)', () => {
    expect(at(tumour, 21).metastaticCells).toBeGreaterThan(0);
  });

  it('has no invasive cells while the basement membrane is intact (before remodelling starts on day 2)', () => {
    for (const sample of tumour.filter((s) => s.day <= 2)) expect(sample.invasiveTumourCells).toBe(0);
  });

  it('takes at least 25% longer to reach ten times its size when senescent cells are cleared', () => {
    const grownBy = (samples: typeof tumour): number => firstDayReaching(
      samples.map((s) => ({ ...s, tumourCells: s.tumourCells + s.metastaticCells })), 'tumourCells', tenfold);
    expect(grownBy(tumourCleared)).toBeGreaterThanOrEqual(1.25 * grownBy(tumour));
  });

  it('has at least 35% fewer metastatic cells by day 21 when senescent cells are cleared', () => {
    expect(at(tumourCleared, 21).metastaticCells).toBeLessThanOrEqual(0.65 * at(tumour, 21).metastaticCells);
  });
});

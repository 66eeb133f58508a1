// The built lobule is anatomy a histologist would recognise: grape-like alveoli on a duct tree, one
// layer of luminal cells on each, a basket and a membrane around each, fat in the stroma between.

import { describe, expect, it } from 'vitest';
import { CellFate, CellKind } from '../../../src/sim/cell-kinds';
import { ALVEOLUS_GAP_UM } from '../../../src/sim/constants';
import { buildLobule } from '../../../src/sim/layout/build-lobule';

describe('a default lobule', () => {
  const { anatomy, tissue } = buildLobule(5, 1);
  const { alveoli } = anatomy;
  const countOf = (kind: CellKind): number => {
    let n = 0;
    for (let i = 0; i < tissue.count; i++) if (tissue.kind[i] === kind) n++;
    return n;
  };

  it('has about 20–30 alveoli and 5–8 thousand agents', () => {
    expect(alveoli.count).toBeGreaterThanOrEqual(19);
    expect(alveoli.count).toBeLessThanOrEqual(30);
    expect(tissue.count).toBeGreaterThanOrEqual(4500);
    expect(tissue.count).toBeLessThanOrEqual(8000);
  });

  it('is 400–600 µm across', () => {
    const across = 2 * Math.max(...anatomy.semiAxesUm);
    expect(across).toBeGreaterThanOrEqual(400);
    expect(across).toBeLessThanOrEqual(600);
  });

  it('keeps alveoli apart, with stroma between them', () => {
    for (let a = 0; a < alveoli.count; a++) {
      for (let b = a + 1; b < alveoli.count; b++) {
        const d = Math.hypot(alveoli.centerX[a] - alveoli.centerX[b], alveoli.centerY[a] - alveoli.centerY[b], alveoli.centerZ[a] - alveoli.centerZ[b]);
        expect(d).toBeGreaterThanOrEqual(alveoli.lactatingRadiusUm[a] + alveoli.lactatingRadiusUm[b] + ALVEOLUS_GAP_UM - 1e-3);
      }
    }
  });

  it('lines every alveolus with one layer of secreting luminal cells on its surface', () => {
    for (let i = 0; i < tissue.count; i++) {
      if (tissue.kind[i] !== CellKind.luminal) continue;
      expect(tissue.fate[i]).toBe(CellFate.secreting);
      const a = tissue.alveolus[i];
      const d = Math.hypot(tissue.x[i] - alveoli.centerX[a], tissue.y[i] - alveoli.centerY[a], tissue.z[i] - alveoli.centerZ[a]);
      expect(d).toBeCloseTo(alveoli.lactatingRadiusUm[a], 2);
    }
  });

  it('gives each alveolus a myoepithelial basket and a basement membrane of patches', () => {
    expect(countOf(CellKind.myoepithelial) / alveoli.count).toBeGreaterThanOrEqual(10);
    expect(countOf(CellKind.membranePatch) / alveoli.count).toBe(20);
  });

  it('has stroma: adipocytes, fibroblasts, collagen, capillaries and resident macrophages', () => {
    for (const kind of [CellKind.adipocyte, CellKind.fibroblast, CellKind.collagenFibre, CellKind.capillarySegment, CellKind.macrophage]) {
      expect(countOf(kind)).toBeGreaterThan(0);
    }
    expect(countOf(CellKind.tumour)).toBe(0);
  });

  it('scales the alveoli (and agents) by about K with --scale K', () => {
    const big = buildLobule(5, 4);
    expect(big.anatomy.alveoli.count / alveoli.count).toBeGreaterThan(2.6);
    expect(big.tissue.count / tissue.count).toBeGreaterThan(2.6);
  });
});

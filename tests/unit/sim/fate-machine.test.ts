// Cell fates are an explicit state machine: a rule that tries to skip a stage is a bug and throws.
// Senescent cells are alive; they leave only by being cleared.

import { describe, expect, it } from 'vitest';
import { CellFate, FateCause, FATE_TRANSITIONS, isGone, isLivingLuminal } from '../../../src/sim/cell-kinds';
import { createLobuleModel, step } from '../../../src/sim/model';
import { withDefaults } from '../../../src/sim/settings';
import { changeFate, createTissue, spawnAgent } from '../../../src/sim/tissue';

describe('the fate state machine', () => {
  it('refuses a transition it does not list', () => {
    const tissue = createTissue(4);
    const slot = spawnAgent(tissue, { kind: 0, fate: CellFate.secreting, alveolus: 0, x: 0, y: 0, z: 0, radiusUm: 6, axisX: 0, axisY: 1, axisZ: 0, signal: 1 }, 0, FateCause.born);
    expect(() => changeFate(tissue, slot, CellFate.cleared, 1, FateCause.digestion)).toThrow(/not allowed/);
    changeFate(tissue, slot, CellFate.senescent, 1, FateCause.senescence);
    expect(tissue.history.count).toBe(2);
  });

  it('counts senescent cells as living, and never lets them die except by a senolytic', () => {
    expect(isLivingLuminal(CellFate.senescent)).toBe(true);
    expect(isGone(CellFate.senescent)).toBe(false);
    expect(FATE_TRANSITIONS[CellFate.senescent]).toEqual([CellFate.dying, CellFate.engulfed]);
  });

  it('records why each untreated senescent cell left: only by being eaten', () => {
    const model = createLobuleModel(withDefaults({ seed: 4 }));
    step(model, (12 + 3) * 24);
    const h = model.tissue.history;
    const wasSenescent = new Set<number>();
    for (let e = 0; e < h.count; e++) {
      if (h.fate[e] === CellFate.senescent) wasSenescent.add(h.slot[e]);
      if (wasSenescent.has(h.slot[e]) && h.fate[e] === CellFate.dying) throw new Error('a senescent cell died without a senolytic');
    }
    expect(wasSenescent.size).toBeGreaterThan(0);
  });
});

// Fat cells are packed through the stroma like cells in tissue: full neighbours touch rather than
// pass through each other, none reaches into an alveolus at any time, and they grow as they refill.

import { describe, expect, it } from 'vitest';
import { ADIPOCYTE_RADIUS_MAX_UM, ADIPOCYTE_SPACING_UM } from '../../../src/sim/constants';
import { buildLobule } from '../../../src/sim/layout/build-lobule';
import { expectedBudRadiusUm } from '../../../src/sim/layout/stroma-layout';
import { createLobuleModel, step } from '../../../src/sim/model';
import { withDefaults } from '../../../src/sim/settings';

describe('adipocytes in the stroma', () => {
  const { anatomy, tissue } = buildLobule(7, 1);
  const { adipocyteSlots: slots, adipocyteMaxRadiusUm: full, alveoli } = anatomy;
  const { x, y, z } = tissue;
  const gap = (a: number, b: number): number => Math.hypot(x[slots[a]] - x[slots[b]], y[slots[a]] - y[slots[b]], z[slots[a]] - z[slots[b]]);

  it('are many, at least 50 µm apart, each 28–60 µm across when full', () => {
    expect(slots.length).toBeGreaterThan(200);
    let closest = Infinity;
    for (let a = 0; a < slots.length; a++) for (let b = a + 1; b < slots.length; b++) closest = Math.min(closest, gap(a, b));
    expect(closest).toBeGreaterThanOrEqual(ADIPOCYTE_SPACING_UM - 1e-3);
    expect(2 * Math.min(...full)).toBeGreaterThanOrEqual(28);
    expect(Math.max(...full)).toBeLessThanOrEqual(ADIPOCYTE_RADIUS_MAX_UM);
  });

  it('touch their nearest neighbour when full, overlapping by at most 20% of the smaller cell', () => {
    let touching = 0;
    let worstOverlap = 0; // share of the smaller cell's radius
    for (let a = 0; a < slots.length; a++) {
      let nearest = Infinity;
      for (let b = 0; b < slots.length; b++) {
        if (b === a) continue;
        worstOverlap = Math.max(worstOverlap, (full[a] + full[b] - gap(a, b)) / Math.min(full[a], full[b]));
        nearest = Math.min(nearest, gap(a, b) - full[a] - full[b]);
      }
      if (nearest < 4) touching++;
    }
    expect(worstOverlap).toBeLessThanOrEqual(0.2);
    expect(touching / slots.length).toBeGreaterThan(0.7); // packed, not scattered
  });

  it('leave room at full size for the buds the alveoli collapse to', () => {
    let worstIntrusion = -Infinity;
    for (let a = 0; a < slots.length; a++) {
      for (let k = 0; k < alveoli.count; k++) {
        const d = Math.hypot(x[slots[a]] - alveoli.centerX[k], y[slots[a]] - alveoli.centerY[k], z[slots[a]] - alveoli.centerZ[k]);
        const bud = expectedBudRadiusUm({ center: [0, 0, 0], radiusUm: alveoli.lactatingRadiusUm[k], stalk: [0, 1, 0] });
        worstIntrusion = Math.max(worstIntrusion, full[a] + bud - d);
      }
    }
    expect(worstIntrusion).toBeLessThanOrEqual(0);
  });

  it('never pass through an alveolus, and grow as they refill (lactation to day 14)', () => {
    // Sizes (radiusUm) are true radii in µm; the scene draws them at that size.
    const model = createLobuleModel(withDefaults({ seed: 7 }));
    const meanRadius = (): number => {
      let sum = 0;
      for (const slot of model.anatomy.adipocyteSlots) sum += model.tissue.radiusUm[slot];
      return sum / model.anatomy.adipocyteSlots.length;
    };
    step(model, 24);
    const lactation = meanRadius();
    let worstIntrusion = -Infinity;
    for (let day = -2; day <= 14; day += 2) {
      step(model, 48);
      const t = model.tissue, al = model.anatomy.alveoli;
      for (const slot of model.anatomy.adipocyteSlots) {
        // A cell whose spot is still inside a lactating alveolus has no room yet: radius 0, not drawn.
        if (t.radiusUm[slot] === 0) continue;
        for (let k = 0; k < al.count; k++) {
          const d = Math.hypot(t.x[slot] - al.centerX[k], t.y[slot] - al.centerY[k], t.z[slot] - al.centerZ[k]);
          worstIntrusion = Math.max(worstIntrusion, t.radiusUm[slot] + al.radiusUm[k] - d);
        }
      }
    }
    expect(worstIntrusion).toBeLessThanOrEqual(0);
    expect(lactation).toBeGreaterThan(8);
    expect(meanRadius()).toBeGreaterThan(1.5 * lactation);
  });
});

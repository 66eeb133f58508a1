// Rule 11: alveolar collapse. An alveolus shrinks toward the size its surviving cells can still line
// (area ∝ living cells), but only as fast as its basement membrane gives way: in proportion to the
// share of membrane patches already breached (an intact membrane holds the shape). As it collapses
// it crumples: its surface folds in and out in a pattern fixed per alveolus. Its epithelium,
// myoepithelial basket and membrane patches move with its surface, and so do the tumour cells
// growing in its lumen; a lumen filled by a tumour cannot shrink below the size that holds it.

import { CellFate, CellKind } from '../cell-kinds';
import { BUD_RADIUS_MIN_UM, COLLAPSE_PER_DAY, CRUMPLE_AMPLITUDE, LUMINAL_RADIUS_UM, TUMOUR_PACKING, TUMOUR_RADIUS_UM } from '../constants';
import type { LobuleModel } from '../model';

/** Each alveolus's radius before this step's change, to carry its lumen's tumour cells along. */
let radiusBefore = new Float32Array(0);

export function collapseAlveoli(model: LobuleModel, dtHours: number): void {
  const { alveoli } = model.anatomy;
  const { collapse, radiusUm, lactatingRadiusUm, initialCells, livingCells, breachedShare, tumourCellsInside } = alveoli;
  if (radiusBefore.length < alveoli.count) radiusBefore = new Float32Array(alveoli.count);
  radiusBefore.set(radiusUm);
  for (let a = 0; a < alveoli.count; a++) {
    const livingShare = initialCells[a] > 0 ? livingCells[a] / initialCells[a] : 0;
    // d(collapse)/dt = room · breached · rate, exact over the step (room shrinks as it collapses).
    const room = Math.max(0, 1 - livingShare - collapse[a]);
    collapse[a] += room * (1 - Math.exp(-breachedShare[a] * COLLAPSE_PER_DAY * (dtHours / 24)));
    const tumourHoldsUm = TUMOUR_RADIUS_UM * Math.cbrt(tumourCellsInside[a] / TUMOUR_PACKING);
    radiusUm[a] = Math.max(BUD_RADIUS_MIN_UM, tumourHoldsUm, lactatingRadiusUm[a] * Math.sqrt(1 - collapse[a]));
  }

  const { tissue } = model;
  const { kind, fate, alveolus, x, y, z, axisX, axisY, axisZ, signal, surfaceFold } = tissue;
  const { centerX, centerY, centerZ } = alveoli;
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    const a = alveolus[i];
    if (a < 0) continue;
    let distanceUm: number;
    switch (kind[i]) {
      case CellKind.luminal: {
        const f = fate[i];
        if (f === CellFate.engulfed || f === CellFate.cleared || f === CellFate.transformed) continue;
        distanceUm = radiusUm[a] * signal[i]; // signal = radial depth, 1 on the epithelium
        break;
      }
      case CellKind.myoepithelial:
        distanceUm = radiusUm[a] + LUMINAL_RADIUS_UM + 1;
        signal[i] = 1 - 0.6 * collapse[a]; // processes retract as the alveolus regresses
        break;
      case CellKind.membranePatch:
        distanceUm = radiusUm[a] + LUMINAL_RADIUS_UM + 3;
        tissue.radiusUm[i] = radiusUm[a];
        break;
      case CellKind.tumour: {
        // In its lumen, a tumour cell moves with the tissue: its offset scales with the radius.
        if (fate[i] !== CellFate.proliferating || radiusBefore[a] <= 0) continue;
        const scale = radiusUm[a] / radiusBefore[a];
        x[i] = centerX[a] + (x[i] - centerX[a]) * scale;
        y[i] = centerY[a] + (y[i] - centerY[a]) * scale;
        z[i] = centerZ[a] + (z[i] - centerZ[a]) * scale;
        continue;
      }
      default:
        continue;
    }
    distanceUm *= 1 + CRUMPLE_AMPLITUDE * collapse[a] * surfaceFold[i];
    x[i] = centerX[a] + axisX[i] * distanceUm;
    y[i] = centerY[a] + axisY[i] * distanceUm;
    z[i] = centerZ[a] + axisZ[i] * distanceUm;
  }
}

/** How far an alveolus has shrunk toward the size its surviving cells can line: 0 (open) to 1 (a settled bud). */
export function settledShare(collapse: number, livingShare: number): number {
  return Math.min(1, collapse / Math.max(1e-3, 1 - livingShare));
}

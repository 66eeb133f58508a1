// Rule 2: counts what the other rules respond to (living cells per alveolus, senescent and dying
// cells, macrophages at each alveolus and at each membrane patch, tumour cells in each lumen), in one
// pass over the agents.

import { CellFate, CellKind, isDebris, isLivingLuminal } from '../cell-kinds';
import { MACROPHAGE_PROTEASE_REACH_UM } from '../constants';
import { voxelAt } from '../layout/nearest-alveolus-map';
import type { LobuleModel } from '../model';
import { membraneRadiusUm, nearestMembranePatch } from './membrane-patches';

export function takeCensus(model: LobuleModel): void {
  const { tissue, anatomy, census } = model;
  const { kind, fate, alveolus, x, y, z } = tissue;
  const { livingCells, senescentCells, macrophagesNear, tumourCellsInside, centerX, centerY, centerZ } = anatomy.alveoli;
  const atPatch = model.macrophagesAtPatch;
  livingCells.fill(0);
  macrophagesNear.fill(0);
  tumourCellsInside.fill(0);
  senescentCells.fill(0);
  atPatch.fill(0);
  census.senescentCells = 0;
  census.debrisCells = 0;
  census.macrophages = 0;
  census.tumourCells = 0;
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    const f = fate[i] as CellFate;
    switch (kind[i]) {
      case CellKind.luminal:
        if (isLivingLuminal(f)) livingCells[alveolus[i]]++;
        if (f === CellFate.senescent) { census.senescentCells++; senescentCells[alveolus[i]]++; }
        else if (isDebris(f)) census.debrisCells++;
        break;
      case CellKind.macrophage:
        if (f === CellFate.patrolling) {
          census.macrophages++;
          const a = model.nearestAlveolus[voxelAt(model.sasp, x[i], y[i], z[i])];
          if (a < 0) break;
          macrophagesNear[a]++;
          // Its proteases act on the patch it sits against, fading over the reach.
          const fromMembrane = Math.abs(Math.hypot(x[i] - centerX[a], y[i] - centerY[a], z[i] - centerZ[a]) - membraneRadiusUm(model, a));
          if (fromMembrane < MACROPHAGE_PROTEASE_REACH_UM) {
            atPatch[nearestMembranePatch(model, a, x[i], y[i], z[i])] += 1 - fromMembrane / MACROPHAGE_PROTEASE_REACH_UM;
          }
        }
        break;
      case CellKind.tumour:
        if (f === CellFate.proliferating || f === CellFate.invasive) census.tumourCells++;
        if (f === CellFate.proliferating) tumourCellsInside[alveolus[i]]++;
        break;
    }
  }
}

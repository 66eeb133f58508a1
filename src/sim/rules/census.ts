// Rule 2: counts what the other rules respond to (living cells per alveolus, senescent and dying
// cells, macrophages at each alveolus), in one pass over the agents.

import { CellFate, CellKind, isDebris, isLivingLuminal } from '../cell-kinds';
import { voxelAt } from '../layout/nearest-alveolus-map';
import type { LobuleModel } from '../model';

export function takeCensus(model: LobuleModel): void {
  const { tissue, anatomy, census } = model;
  const { kind, fate, alveolus, x, y, z } = tissue;
  const { livingCells, macrophagesNear } = anatomy.alveoli;
  livingCells.fill(0);
  macrophagesNear.fill(0);
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
        if (f === CellFate.senescent) census.senescentCells++;
        else if (isDebris(f)) census.debrisCells++;
        break;
      case CellKind.macrophage:
        if (f === CellFate.patrolling) {
          census.macrophages++;
          const a = model.nearestAlveolus[voxelAt(model.sasp, x[i], y[i], z[i])];
          if (a >= 0) macrophagesNear[a]++;
        }
        break;
      case CellKind.tumour:
        if (f === CellFate.proliferating || f === CellFate.invasive) census.tumourCells++;
        break;
    }
  }
}

// Rule 18: invasion and intravasation. A tumour cell turns invasive where the basement-membrane patch
// beside it is broken (chance ∝ (baseline + plasticity) × that patch's loss), crawls to the nearest
// capillary, and enters it (chance ∝ baseline + plasticity): a metastatic cell, counted for good.
// The baseline is the oncogene's own motility; the SASP's plasticity adds to it.

import { CellFate, CellKind, FateCause } from '../cell-kinds';
import {
  CAPILLARY_RADIUS_UM, INTRAVASATION_FLASH_HOURS, INTRAVASATION_PER_DAY, INVASION_PER_DAY,
  INVASIVE_SPEED_UM_PER_HOUR, TUMOUR_BASELINE_MOTILITY,
} from '../constants';
import type { LobuleModel } from '../model';
import { happens } from '../hazard-clock';
import { RandomStream } from '../random';
import { changeFate } from '../tissue';
import { membraneIntegrityAt } from './membrane-patches';

/** Within this distance of its vessel's wall an invasive cell can enter it. */
const ENTRY_REACH_UM = CAPILLARY_RADIUS_UM + 8;

export function invadeAndIntravasate(model: LobuleModel, dtHours: number): void {
  const { tissue, hour, anatomy } = model;
  if (model.census.tumourCells === 0) return;
  const { kind, fate, signal, x, y, z, link, alveolus } = tissue;
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (kind[i] !== CellKind.tumour) continue;
    if (fate[i] === CellFate.proliferating) {
      const patchLoss = 1 - membraneIntegrityAt(model, alveolus[i], x[i], y[i], z[i]);
      if (happens(model, RandomStream.tumourInvade, i, INVASION_PER_DAY * (TUMOUR_BASELINE_MOTILITY + signal[i]) * patchLoss, dtHours)) {
        changeFate(tissue, i, CellFate.invasive, hour, FateCause.invasion);
        link[i] = nearestCapillary(model, x[i], y[i], z[i]);
      }
    } else if (fate[i] === CellFate.invasive) {
      const vessel = link[i];
      const dx = x[vessel] - x[i], dy = y[vessel] - y[i], dz = z[vessel] - z[i];
      const d = Math.hypot(dx, dy, dz);
      if (d > ENTRY_REACH_UM) {
        const stepUm = Math.min(d - ENTRY_REACH_UM * 0.5, INVASIVE_SPEED_UM_PER_HOUR * dtHours);
        x[i] += (dx / d) * stepUm;
        y[i] += (dy / d) * stepUm;
        z[i] += (dz / d) * stepUm;
        tissue.axisX[i] = dx / d;
        tissue.axisY[i] = dy / d;
        tissue.axisZ[i] = dz / d;
        continue;
      }
      if (happens(model, RandomStream.tumourIntravasate, i, INTRAVASATION_PER_DAY * (TUMOUR_BASELINE_MOTILITY + signal[i]), dtHours)) {
        changeFate(tissue, i, CellFate.intravasated, hour, FateCause.intravasation);
        tissue.radiusUm[i] = 0;
        signal[vessel] = 1; // the vessel flashes where the cell got in
        model.metastaticCells++;
      }
    }
  }
  // Vessel flashes fade.
  const fade = Math.exp(-dtHours / (INTRAVASATION_FLASH_HOURS / 3));
  for (const vessel of anatomy.capillarySlots) signal[vessel] *= fade;
}

function nearestCapillary(model: LobuleModel, px: number, py: number, pz: number): number {
  const { x, y, z } = model.tissue;
  let best = model.anatomy.capillarySlots[0];
  let bestD = Infinity;
  for (const s of model.anatomy.capillarySlots) {
    const d = (x[s] - px) ** 2 + (y[s] - py) ** 2 + (z[s] - pz) ** 2;
    if (d < bestD) { bestD = d; best = s; }
  }
  return best;
}

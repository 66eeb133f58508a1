// Rule 8: dying cells shrink and detach into the lumen over a few hours; shed cells drift inward and
// are eaten by their living neighbours (efferocytosis), faster where more neighbours survive.

import { CellFate, CellKind, FateCause } from '../cell-kinds';
import { DETACH_HOURS, LUMINAL_RADIUS_UM, NEIGHBOUR_CLEARANCE_PER_DAY, SHED_RADIUS_FACTOR } from '../constants';
import type { LobuleModel } from '../model';
import { happens } from '../hazard-clock';
import { eventUniform, RandomStream } from '../random';
import { changeFate } from '../tissue';

/** How deep shed cells settle, as a share of the lumen radius (1 = on the epithelium). */
const SHED_DEPTH_MIN = 0.2;
const SHED_DEPTH_MAX = 0.75;
/** Time constant of that drift inward. */
const SHED_DRIFT_HOURS = 12;

export function shedDeadCells(model: LobuleModel, dtHours: number): void {
  const { tissue, settings, hour } = model;
  const { initialCells, livingCells } = model.anatomy.alveoli;
  const { kind, fate, fateHours, radiusUm, signal, alveolus } = tissue;
  const drift = 1 - Math.exp(-dtHours / SHED_DRIFT_HOURS);
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (kind[i] !== CellKind.luminal) continue;
    const f = fate[i];
    if (f === CellFate.dying) {
      fateHours[i] += dtHours;
      const progress = Math.min(1, fateHours[i] / DETACH_HOURS);
      radiusUm[i] = LUMINAL_RADIUS_UM * (1 - (1 - SHED_RADIUS_FACTOR) * progress);
      signal[i] = 1 - 0.15 * progress; // radial depth: lifting off the epithelium
      if (progress >= 1) changeFate(tissue, i, CellFate.shed, hour, FateCause.detachment);
    } else if (f === CellFate.shed) {
      fateHours[i] += dtHours;
      const goal = SHED_DEPTH_MIN + (SHED_DEPTH_MAX - SHED_DEPTH_MIN) * eventUniform(settings.seed, RandomStream.shedDrift, i, 0);
      signal[i] += (goal - signal[i]) * drift;
      const a = alveolus[i];
      const livingShare = initialCells[a] > 0 ? livingCells[a] / initialCells[a] : 0;
      if (happens(model, RandomStream.neighbourClearance, i, NEIGHBOUR_CLEARANCE_PER_DAY * livingShare, dtHours)) {
        changeFate(tissue, i, CellFate.engulfed, hour, FateCause.neighbourEating);
        tissue.link[i] = -1;
      }
    }
  }
}

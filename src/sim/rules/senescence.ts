// Rule 5: p16-dependent senescence, induced by the cell's state. A luminal cell that has survived
// STAT3-driven stress for a few days, or whose alveolus's membrane is breaching under it, may arrest
// for good instead of dying: it enlarges and flattens, stays alive, never divides, never dies on its
// own, and secretes the SASP. It leaves only when something clears it. No date sets the peak: it
// emerges from STAT3 fading, the membrane being cut, cells dying and macrophages eating. [2026]

import { CellFate, CellKind, FateCause } from '../cell-kinds';
import {
  SENESCENCE_BREACH_PER_DAY, SENESCENCE_STRESS_HOURS, SENESCENCE_STRESS_PER_DAY, SENESCENT_RADIUS_FACTOR,
} from '../constants';
import type { LobuleModel } from '../model';
import { happens } from '../hazard-clock';
import { RandomStream } from '../random';
import { isKnockedOut } from '../settings';
import { changeFate } from '../tissue';

export function induceSenescence(model: LobuleModel, dtHours: number): void {
  const { tissue, settings, hour, signals } = model;
  if (signals.milkStasis === 0 || isKnockedOut(settings, 'senescence')) return; // p16 null: nobody arrests
  const breached = model.anatomy.alveoli.breachedShare;
  const { kind, fate, fateHours, alveolus } = tissue;
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (kind[i] !== CellKind.luminal || fate[i] !== CellFate.resting) continue;
    // Stress survived: hours since the cell stopped secreting under STAT3, saturating.
    const survived = Math.min(1, fateHours[i] / SENESCENCE_STRESS_HOURS);
    const ratePerDay = SENESCENCE_STRESS_PER_DAY * signals.stat3 * survived + SENESCENCE_BREACH_PER_DAY * breached[alveolus[i]];
    if (happens(model, RandomStream.senescence, i, ratePerDay, dtHours)) {
      changeFate(tissue, i, CellFate.senescent, hour, FateCause.senescence);
      tissue.radiusUm[i] *= SENESCENT_RADIUS_FACTOR;
    }
  }
}

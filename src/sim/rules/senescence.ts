// Rule 5: p16-dependent senescence. During the remodelling window, surviving alveolar cells may
// arrest for good instead of dying: they enlarge and flatten, stay alive, never divide, never die
// on their own, and secrete the SASP. They leave only when something clears them. [2026]

import { CellFate, CellKind, FateCause } from '../cell-kinds';
import { SENESCENCE_END_DAY, SENESCENCE_PER_DAY, SENESCENCE_START_DAY, SENESCENT_RADIUS_FACTOR } from '../constants';
import type { LobuleModel } from '../model';
import { happens } from '../hazard-clock';
import { RandomStream } from '../random';
import { changeFate } from '../tissue';

export function induceSenescence(model: LobuleModel, dtHours: number): void {
  const day = model.hour / 24;
  if (day < SENESCENCE_START_DAY || day > SENESCENCE_END_DAY) return;
  const { tissue, hour } = model;
  // Induction is strongest as remodelling starts and wanes toward the end of the window. [INF]
  const waning = 1 - (0.9 * (day - SENESCENCE_START_DAY)) / (SENESCENCE_END_DAY - SENESCENCE_START_DAY);
  const ratePerDay = SENESCENCE_PER_DAY * waning * model.signals.stat3;
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (tissue.kind[i] !== CellKind.luminal) continue;
    const f = tissue.fate[i];
    if (f !== CellFate.resting && f !== CellFate.secreting) continue;
    if (happens(model, RandomStream.senescence, i, ratePerDay, dtHours)) {
      changeFate(tissue, i, CellFate.senescent, hour, FateCause.senescence);
      tissue.radiusUm[i] *= SENESCENT_RADIUS_FACTOR;
    }
  }
}

// Rule 3: milk stasis. Once milk is no longer removed, luminal cells stop secreting (driven by
// STAT3) and the milk left in each lumen is resorbed. Resting cells count the hours they have
// survived since (the stress that can tip them into senescence, rule 5).

import { MILK_RESORPTION_DAYS, SECRETION_STOP_PER_DAY } from '../constants';
import { CellFate, CellKind, FateCause } from '../cell-kinds';
import type { LobuleModel } from '../model';
import { happens } from '../hazard-clock';
import { RandomStream } from '../random';
import { changeFate } from '../tissue';

export function applyMilkStasis(model: LobuleModel, dtHours: number): void {
  const { milkStasis, stat3 } = model.signals;
  if (milkStasis === 0) return;
  const { milkFill } = model.anatomy.alveoli;
  const kept = Math.exp(-dtHours / (MILK_RESORPTION_DAYS * 24));
  for (let a = 0; a < milkFill.length; a++) milkFill[a] *= kept;

  const { tissue, hour } = model;
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (tissue.kind[i] !== CellKind.luminal) continue;
    if (tissue.fate[i] === CellFate.resting) tissue.fateHours[i] += dtHours;
    if (tissue.fate[i] !== CellFate.secreting) continue;
    if (happens(model, RandomStream.secretionStop, i, SECRETION_STOP_PER_DAY * stat3, dtHours)) {
      changeFate(tissue, i, CellFate.resting, hour, FateCause.weaning);
    }
  }
}

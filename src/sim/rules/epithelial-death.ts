// Rule 7: alveolar cell death. In phase 1, STAT3 drives lysosomal death; from day 2, cells also die
// when they lose their anchorage where the basement membrane is breached (anoikis). Senescent cells are
// exempt. The surviving epithelium settles into buds and ducts by about day 12.

import { CellFate, CellKind, FateCause } from '../cell-kinds';
import {
  DEATH_ANOIKIS_PER_DAY, DEATH_ENDS_DAY, DEATH_PHASE1_PER_DAY, DEATH_PHASE2_BASE_PER_DAY,
} from '../constants';
import type { LobuleModel } from '../model';
import { happens } from '../hazard-clock';
import { RandomStream } from '../random';
import { changeFate } from '../tissue';

export function killEpithelium(model: LobuleModel, dtHours: number): void {
  const { tissue, hour, signals } = model;
  const day = hour / 24;
  if (day < 0 || day > DEATH_ENDS_DAY) return;
  const breached = model.anatomy.alveoli.breachedShare;
  // The hazard tapers over the last two days so the count settles rather than stops.
  const taper = Math.min(1, (DEATH_ENDS_DAY - day) / 2);
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (tissue.kind[i] !== CellKind.luminal) continue;
    const f = tissue.fate[i];
    if (f !== CellFate.secreting && f !== CellFate.resting) continue;
    const anoikis = signals.remodellingCommitted ? DEATH_ANOIKIS_PER_DAY * breached[tissue.alveolus[i]] : 0;
    const hazard = signals.remodellingCommitted
      ? (DEATH_PHASE2_BASE_PER_DAY + anoikis) * taper
      : DEATH_PHASE1_PER_DAY * signals.stat3;
    if (happens(model, RandomStream.death, i, hazard, dtHours)) {
      changeFate(tissue, i, CellFate.dying, hour, anoikis > DEATH_PHASE2_BASE_PER_DAY ? FateCause.anoikis : FateCause.stat3Death);
    }
  }
}

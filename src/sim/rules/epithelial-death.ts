// Rule 7: alveolar cell death. STAT3 drives lysosomal death from weaning, fading as the milk is
// resorbed; from day 2, cells also die when they lose their anchorage as the basement membrane is
// cut (anoikis, × the share of the alveolus's membrane breached). Senescent cells are exempt. Death
// ends because the tissue settles, not on a date: STAT3 has faded, and an alveolus down to the cells
// a bud keeps (BUD_CELLS) loses no more.

import { CellFate, CellKind, FateCause } from '../cell-kinds';
import { BUD_CELLS, DEATH_ANOIKIS_PER_DAY, DEATH_STAT3_PER_DAY } from '../constants';
import type { LobuleModel } from '../model';
import { happens } from '../hazard-clock';
import { RandomStream } from '../random';
import { changeFate } from '../tissue';

export function killEpithelium(model: LobuleModel, dtHours: number): void {
  const { tissue, hour, signals } = model;
  if (signals.milkStasis === 0) return;
  const { breachedShare, livingCells, senescentCells } = model.anatomy.alveoli;
  const stat3Hazard = DEATH_STAT3_PER_DAY * signals.stat3;
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (tissue.kind[i] !== CellKind.luminal) continue;
    const f = tissue.fate[i];
    if (f !== CellFate.secreting && f !== CellFate.resting) continue;
    const a = tissue.alveolus[i];
    // Fades to nothing as the alveolus comes down to the cells a bud keeps (senescent cells, which
    // will be cleared, are not part of the bud).
    const unsettled = Math.min(1, Math.max(0, (livingCells[a] - senescentCells[a] - BUD_CELLS) / BUD_CELLS));
    const anoikis = signals.remodellingCommitted ? DEATH_ANOIKIS_PER_DAY * breachedShare[a] * unsettled : 0;
    if (happens(model, RandomStream.death, i, stat3Hazard + anoikis, dtHours)) {
      changeFate(tissue, i, CellFate.dying, hour, anoikis > stat3Hazard ? FateCause.anoikis : FateCause.stat3Death);
    }
  }
}

// Rule 6: the senolytic switch. While dosed, senescent cells (which depend on BCL-2 family survival
// proteins) die by apoptosis. Nothing else looks at the switch: every downstream effect comes from
// there being fewer senescent cells.

import { CellFate, CellKind, FateCause } from '../cell-kinds';
import { SENOLYTIC_KILL_PER_DAY } from '../constants';
import type { LobuleModel } from '../model';
import { happens } from '../hazard-clock';
import { RandomStream } from '../random';
import { changeFate } from '../tissue';

export function applySenolytic(model: LobuleModel, dtHours: number): void {
  const { settings, tissue, hour } = model;
  const day = hour / 24;
  const [startDay, endDay] = settings.clearanceWindowDays;
  if (!settings.clearance || day < startDay || day > endDay) return;
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (tissue.kind[i] !== CellKind.luminal || tissue.fate[i] !== CellFate.senescent) continue;
    if (happens(model, RandomStream.senolytic, i, SENOLYTIC_KILL_PER_DAY, dtHours)) {
      changeFate(tissue, i, CellFate.dying, hour, FateCause.senolytic);
    }
  }
}

// Rule 9: engulfed cells are pulled into their eater (a macrophage, or a neighbour in place) and
// vanish over a few hours; macrophages' "just ate" signal fades.

import { CellFate, CellKind, FateCause } from '../cell-kinds';
import { ENGULF_HOURS } from '../constants';
import type { LobuleModel } from '../model';
import { changeFate } from '../tissue';

export function digestEngulfed(model: LobuleModel, dtHours: number): void {
  const { tissue, hour } = model;
  const { kind, fate, fateHours, radiusUm, link, x, y, z, signal } = tissue;
  const pull = Math.min(1, dtHours / ENGULF_HOURS) * 0.8;
  for (let i = 0; i < tissue.count; i++) {
    if (kind[i] === CellKind.macrophage) {
      signal[i] *= Math.exp(-dtHours / 8);
      continue;
    }
    if (fate[i] !== CellFate.engulfed) continue;
    fateHours[i] += dtHours;
    const eater = link[i];
    if (eater >= 0) {
      x[i] += (x[eater] - x[i]) * pull;
      y[i] += (y[eater] - y[i]) * pull;
      z[i] += (z[eater] - z[i]) * pull;
    }
    radiusUm[i] *= 1 - pull * 0.5;
    if (fateHours[i] >= ENGULF_HOURS) {
      changeFate(tissue, i, CellFate.cleared, hour, FateCause.digestion);
      radiusUm[i] = 0;
    }
  }
}

// Rule 9: engulfed cells are pulled into their eater (a macrophage, or a neighbour in place) and
// vanish over a few hours; macrophages' "just ate" signal fades.

import { CellFate, CellKind, FateCause } from '../cell-kinds';
import { ENGULF_HOURS } from '../constants';
import type { LobuleModel } from '../model';
import { changeFate } from '../tissue';

/** Engulfed material is drawn into its eater and shrinks with these time constants. */
const PULL_HOURS = ENGULF_HOURS * 1.2;
const SHRINK_HOURS = ENGULF_HOURS * 2.4;

export function digestEngulfed(model: LobuleModel, dtHours: number): void {
  const { tissue, hour } = model;
  const { kind, fate, fateHours, radiusUm, link, x, y, z, signal } = tissue;
  // Exact relaxations (1 − e^(−dt/τ)), not dt/τ per step: the same path at any step.
  const pull = 1 - Math.exp(-dtHours / PULL_HOURS);
  const shrink = Math.exp(-dtHours / SHRINK_HOURS);
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
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
    radiusUm[i] *= shrink;
    if (fateHours[i] >= ENGULF_HOURS) {
      changeFate(tissue, i, CellFate.cleared, hour, FateCause.digestion);
      radiusUm[i] = 0;
    }
  }
}

// Rule 19: collagen remodelling. Fibres near active MMPs (the remodelling programme and the SASP) are
// being cut and re-laid: their activity (0–1) is what the scene tints bluish green.

import { CellKind } from '../cell-kinds';
import type { LobuleModel } from '../model';
import { saspSignalAt } from './sasp-field';

export function remodelCollagen(model: LobuleModel, dtHours: number): void {
  const { tissue, signals } = model;
  const { kind, signal, x, y, z } = tissue;
  const relax = 1 - Math.exp(-dtHours / 12); // exact relaxation over 12 h, at any step
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (kind[i] !== CellKind.collagenFibre && kind[i] !== CellKind.fibroblast) continue;
    const target = signals.remodellingCommitted ? Math.min(1, 0.25 + 1.5 * saspSignalAt(model, x[i], y[i], z[i])) : 0;
    const settling = model.hour / 24 > 10 ? 0.2 : 1; // matrix restored late in involution
    signal[i] += (target * settling - signal[i]) * relax;
  }
}

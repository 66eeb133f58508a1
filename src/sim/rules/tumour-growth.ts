// Rule 17: tumour growth and plasticity. Each tumour cell's plasticity rises with the SASP around it
// and relaxes without it; plastic, stem-like cells divide faster. Growth is logistic. Invasive cells
// have stopped dividing ("go or grow").

import { CellFate, CellKind, FateCause } from '../cell-kinds';
import {
  PLASTICITY_GAIN_PER_DAY, PLASTICITY_LOSS_PER_DAY, TUMOUR_CAPACITY_CELLS, TUMOUR_DIVISION_BASE_PER_DAY,
  TUMOUR_DIVISION_PLASTIC_PER_DAY, TUMOUR_RADIUS_UM,
} from '../constants';
import type { LobuleModel } from '../model';
import { chanceWithin, eventUniform, RandomStream } from '../random';
import { spawnAgent } from '../tissue';
import { saspSignalAt } from './sasp-field';

/** Daughters are placed this far from the mother, in a direction fixed by the dice. */
const DAUGHTER_OFFSET_UM = TUMOUR_RADIUS_UM * 1.6;

export function growTumour(model: LobuleModel, dtHours: number): void {
  const { tissue, settings, stepIndex, hour, census } = model;
  if (census.tumourCells === 0) return;
  const days = dtHours / 24;
  const room = Math.max(0, 1 - census.tumourCells / (TUMOUR_CAPACITY_CELLS * settings.scale));
  const existing = tissue.count; // daughters born this step wait for the next
  for (let i = 0; i < existing; i++) {
    if (tissue.kind[i] !== CellKind.tumour) continue;
    const f = tissue.fate[i];
    if (f !== CellFate.proliferating && f !== CellFate.invasive) continue;
    const sasp = saspSignalAt(model, tissue.x[i], tissue.y[i], tissue.z[i]);
    const p = tissue.signal[i];
    tissue.signal[i] = Math.min(1, Math.max(0, p + (PLASTICITY_GAIN_PER_DAY * sasp * (1 - p) - PLASTICITY_LOSS_PER_DAY * p) * days));
    if (f !== CellFate.proliferating) continue;
    const rate = (TUMOUR_DIVISION_BASE_PER_DAY + TUMOUR_DIVISION_PLASTIC_PER_DAY * tissue.signal[i]) * room;
    if (eventUniform(settings.seed, RandomStream.tumourDivide, i, stepIndex) >= chanceWithin(rate, dtHours)) continue;
    const u = eventUniform(settings.seed, RandomStream.tumourDivide, i + 1_000_003, stepIndex) * Math.PI * 2;
    const v = eventUniform(settings.seed, RandomStream.tumourDivide, i + 2_000_003, stepIndex) * 2 - 1;
    const r = Math.sqrt(1 - v * v);
    spawnAgent(tissue, {
      kind: CellKind.tumour, fate: CellFate.proliferating, alveolus: tissue.alveolus[i], radiusUm: TUMOUR_RADIUS_UM,
      signal: tissue.signal[i],
      x: tissue.x[i] + r * Math.cos(u) * DAUGHTER_OFFSET_UM,
      y: tissue.y[i] + r * Math.sin(u) * DAUGHTER_OFFSET_UM,
      z: tissue.z[i] + v * DAUGHTER_OFFSET_UM,
      axisX: tissue.axisX[i], axisY: tissue.axisY[i], axisZ: tissue.axisZ[i],
    }, hour, FateCause.born);
  }
}

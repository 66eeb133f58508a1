// Rule 17: tumour growth and plasticity. Each tumour cell's plasticity rises with the SASP around it
// and relaxes without it. The oncogene alone doubles the focus in about four days; plastic,
// stem-like cells divide faster. Growth is logistic, with one capacity for the focus at any lobule
// size. Daughters stay inside the membrane (in the lumen) until a cell turns invasive; invasive
// cells have stopped dividing ("go or grow").

import { CellFate, CellKind, FateCause } from '../cell-kinds';
import {
  PLASTICITY_GAIN_PER_DAY, PLASTICITY_LOSS_PER_DAY, TUMOUR_CAPACITY_CELLS, TUMOUR_DIVISION_BASE_PER_DAY,
  TUMOUR_DIVISION_PLASTIC_PER_DAY, TUMOUR_RADIUS_UM,
} from '../constants';
import type { LobuleModel } from '../model';
import { creditHazard, eventCount, happens } from '../hazard-clock';
import { eventUniform, RandomStream } from '../random';
import { spawnAgent } from '../tissue';
import { saspSignalAt } from './sasp-field';

/** Daughters are placed this far from the mother, in a direction fixed by the dice. */
const DAUGHTER_OFFSET_UM = TUMOUR_RADIUS_UM * 1.6;

export function growTumour(model: LobuleModel, dtHours: number): void {
  const { tissue, settings, hour, census } = model;
  if (census.tumourCells === 0) return;
  const days = dtHours / 24;
  const room = Math.max(0, 1 - census.tumourCells / TUMOUR_CAPACITY_CELLS);
  const { centerX, centerY, centerZ, radiusUm } = model.anatomy.alveoli;
  const existing = tissue.livingCount; // daughters born this step wait for the next
  for (let k = 0; k < existing; k++) {
    const i = tissue.living[k];
    if (tissue.kind[i] !== CellKind.tumour) continue;
    const f = tissue.fate[i];
    if (f !== CellFate.proliferating && f !== CellFate.invasive) continue;
    const sasp = saspSignalAt(model, tissue.x[i], tissue.y[i], tissue.z[i]);
    // dp/dt = gain·sasp·(1 − p) − loss·p, solved exactly over the step (relaxes toward its balance).
    const gain = PLASTICITY_GAIN_PER_DAY * sasp;
    const rate = gain + PLASTICITY_LOSS_PER_DAY;
    const balance = rate > 0 ? gain / rate : 0;
    tissue.signal[i] = balance + (tissue.signal[i] - balance) * Math.exp(-rate * days);
    if (f !== CellFate.proliferating) continue;
    const divisions = (TUMOUR_DIVISION_BASE_PER_DAY + TUMOUR_DIVISION_PLASTIC_PER_DAY * tissue.signal[i]) * room;
    if (!happens(model, RandomStream.tumourDivide, i, divisions, dtHours)) continue;
    // The daughter's direction is tied to the division (its count), not to the step.
    const division = eventCount(model.hazards, RandomStream.tumourDivide, i);
    const u = eventUniform(settings.seed, RandomStream.tumourDaughter, i * 2, division) * Math.PI * 2;
    const v = eventUniform(settings.seed, RandomStream.tumourDaughter, i * 2 + 1, division) * 2 - 1;
    const r = Math.sqrt(1 - v * v);
    // The daughter lands beside its mother but inside the epithelial surface: the membrane holds it.
    const a = tissue.alveolus[i];
    let dx = tissue.x[i] + r * Math.cos(u) * DAUGHTER_OFFSET_UM - centerX[a];
    let dy = tissue.y[i] + r * Math.sin(u) * DAUGHTER_OFFSET_UM - centerY[a];
    let dz = tissue.z[i] + v * DAUGHTER_OFFSET_UM - centerZ[a];
    const d = Math.hypot(dx, dy, dz);
    if (d > radiusUm[a]) {
      const pull = radiusUm[a] / d;
      dx *= pull; dy *= pull; dz *= pull;
    }
    const daughter = spawnAgent(tissue, {
      kind: CellKind.tumour, fate: CellFate.proliferating, alveolus: a, radiusUm: TUMOUR_RADIUS_UM,
      signal: tissue.signal[i],
      x: centerX[a] + dx, y: centerY[a] + dy, z: centerZ[a] + dz,
      axisX: tissue.axisX[i], axisY: tissue.axisY[i], axisZ: tissue.axisZ[i],
    }, hour, FateCause.born);
    // Born on average half-way through the step: it has lived that long toward its own division.
    creditHazard(model.hazards, settings.seed, RandomStream.tumourDivide, daughter, divisions, dtHours / 2);
  }
}

// Rule 16: tumour seeding. On the seeding day an oncogene switches on in a small cluster of luminal
// cells of one alveolus (as in an inducible model, timed with involution): each becomes a tumour cell.
// The seed is always TUMOUR_SEED_CELLS cells: where the alveolus has fewer cells left (after
// involution), the founder's clone makes up the number beside it.

import { CellFate, CellKind, FateCause, isLivingLuminal } from '../cell-kinds';
import { TUMOUR_RADIUS_UM, TUMOUR_SEED_CELLS } from '../constants';
import type { LobuleModel } from '../model';
import { eventUniform, RandomStream } from '../random';
import { changeFate, spawnAgent } from '../tissue';

export function seedTumour(model: LobuleModel): void {
  const { settings, tissue, hour } = model;
  if (!settings.tumour || model.tumourSeeded || hour / 24 < settings.tumourSeedDay) return;
  model.tumourSeeded = true;
  const { kind, fate, x, y, z } = tissue;
  const candidates: number[] = [];
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (kind[i] === CellKind.luminal && fate[i] !== CellFate.senescent && isLivingLuminal(fate[i] as CellFate)) candidates.push(i);
  }
  if (candidates.length === 0) return; // nothing left to transform
  // The seed (not the day or the switches) picks the founder, so compared runs share it when they can.
  const founder = candidates[Math.floor(eventUniform(settings.seed, RandomStream.tumourSeed, 0, 0) * candidates.length)];
  const alveolus = tissue.alveolus[founder];
  const sameAlveolus = candidates.filter((i) => tissue.alveolus[i] === alveolus);
  const distance2 = (i: number): number => (x[i] - x[founder]) ** 2 + (y[i] - y[founder]) ** 2 + (z[i] - z[founder]) ** 2;
  const cluster = sameAlveolus.sort((a, b) => distance2(a) - distance2(b)).slice(0, TUMOUR_SEED_CELLS);
  for (const i of cluster) {
    changeFate(tissue, i, CellFate.transformed, hour, FateCause.tumourSeeding);
    spawnAgent(tissue, {
      kind: CellKind.tumour, fate: CellFate.proliferating, alveolus, radiusUm: TUMOUR_RADIUS_UM, signal: 0,
      x: x[i], y: y[i], z: z[i], axisX: tissue.axisX[i], axisY: tissue.axisY[i], axisZ: tissue.axisZ[i],
    }, hour, FateCause.tumourSeeding);
    tissue.radiusUm[i] = 0;
  }
  // Too few cells left here: the rest of the seed lies just inside the founder, toward the lumen.
  const { centerX, centerY, centerZ } = model.anatomy.alveoli;
  for (let k = cluster.length; k < TUMOUR_SEED_CELLS; k++) {
    const inward = Math.min(0.9, 0.12 * (k - cluster.length + 1)); // a share of the way to the centre
    spawnAgent(tissue, {
      kind: CellKind.tumour, fate: CellFate.proliferating, alveolus, radiusUm: TUMOUR_RADIUS_UM, signal: 0,
      x: x[founder] + (centerX[alveolus] - x[founder]) * inward,
      y: y[founder] + (centerY[alveolus] - y[founder]) * inward,
      z: z[founder] + (centerZ[alveolus] - z[founder]) * inward,
      axisX: tissue.axisX[founder], axisY: tissue.axisY[founder], axisZ: tissue.axisZ[founder],
    }, hour, FateCause.tumourSeeding);
  }
}

// Rule 14: efferocytosis. A macrophage that touches a dying or shed cell eats it readily; one that
// touches a senescent cell clears it more slowly (immune clearance of senescent cells). One meal
// per macrophage per step.

import { CellFate, CellKind, FateCause, isDebris } from '../cell-kinds';
import { ENGULF_CONTACT_UM, ENGULF_DEBRIS_PER_HOUR, ENGULF_SENESCENT_PER_HOUR } from '../constants';
import type { LobuleModel } from '../model';
import { eventUniform, RandomStream } from '../random';
import { rebuildSpatialHash, visitNear } from '../spatial-hash';
import { changeFate } from '../tissue';

export function engulfByMacrophages(model: LobuleModel, dtHours: number): void {
  const { tissue, contacts, settings, stepIndex, hour } = model;
  const { kind, fate, x, y, z } = tissue;
  // List the edible cells (senescent, dying, shed) and hash them by position.
  if (model.ediblePrey.length < tissue.count) model.ediblePrey = new Int32Array(tissue.capacity);
  const prey = model.ediblePrey;
  let preyCount = 0;
  for (let i = 0; i < tissue.count; i++) {
    if (kind[i] !== CellKind.luminal) continue;
    const f = fate[i];
    if (f === CellFate.senescent || isDebris(f as CellFate)) prey[preyCount++] = i;
  }
  if (preyCount === 0) return;
  rebuildSpatialHash(contacts, prey, preyCount, x, y, z);

  const reach2 = ENGULF_CONTACT_UM * ENGULF_CONTACT_UM;
  const debrisChance = 1 - (1 - ENGULF_DEBRIS_PER_HOUR) ** dtHours;
  const senescentChance = 1 - (1 - ENGULF_SENESCENT_PER_HOUR) ** dtHours;
  let eater = -1;
  let touched = 0;
  const tryToEat = (target: number): boolean => {
    if (fate[target] === CellFate.engulfed) return false; // another macrophage got it this step
    const dx = x[target] - x[eater], dy = y[target] - y[eater], dz = z[target] - z[eater];
    if (dx * dx + dy * dy + dz * dz > reach2) return false;
    const chance = fate[target] === CellFate.senescent ? senescentChance : debrisChance;
    if (eventUniform(settings.seed, RandomStream.macrophageEngulf, target, stepIndex * 8 + (touched++ & 7)) >= chance) return false;
    changeFate(tissue, target, CellFate.engulfed, hour, FateCause.macrophageEating);
    tissue.link[target] = eater;
    tissue.signal[eater] = 1;
    return true;
  };
  for (let i = 0; i < tissue.count; i++) {
    if (kind[i] !== CellKind.macrophage || fate[i] !== CellFate.patrolling) continue;
    eater = i;
    touched = 0;
    visitNear(contacts, x[i], y[i], z[i], ENGULF_CONTACT_UM, tryToEat);
  }
}

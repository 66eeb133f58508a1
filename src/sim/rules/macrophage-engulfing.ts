// Rule 14: efferocytosis. A macrophage that touches a dying or shed cell eats it readily; one that
// touches a senescent cell clears it more slowly (immune clearance of senescent cells). Meals are
// rates, not one per step: each touched cell is eaten with its own hazard, all slowed by the time a
// macrophage spends handling each meal (a saturating, Holling type II rate), so several meals fit in
// a long step and none is lost in a short one.

import { CellFate, CellKind, FateCause, isDebris } from '../cell-kinds';
import { ENGULF_CONTACT_UM, ENGULF_DEBRIS_PER_HOUR, ENGULF_SENESCENT_PER_HOUR, MACROPHAGE_HANDLING_HOURS } from '../constants';
import type { LobuleModel } from '../model';
import { happens } from '../hazard-clock';
import { RandomStream } from '../random';
import { rebuildSpatialHash, visitNear } from '../spatial-hash';
import { changeFate } from '../tissue';
import { canReachThroughMembrane } from './membrane-patches';

export function engulfByMacrophages(model: LobuleModel, dtHours: number): void {
  const { tissue, contacts, hour } = model;
  const { kind, fate, x, y, z } = tissue;
  // List the edible cells (senescent, dying, shed) and hash them by position.
  if (model.ediblePrey.length < tissue.count) model.ediblePrey = new Int32Array(tissue.capacity);
  const prey = model.ediblePrey;
  let preyCount = 0;
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (kind[i] !== CellKind.luminal) continue;
    const f = fate[i];
    if (f === CellFate.senescent || isDebris(f as CellFate)) prey[preyCount++] = i;
  }
  if (preyCount === 0) return;
  rebuildSpatialHash(contacts, prey, preyCount, x, y, z);

  const reach2 = ENGULF_CONTACT_UM * ENGULF_CONTACT_UM;
  // The constants are chances per contact-hour; as hazards (per hour) they compose over any step.
  const debrisHazard = -Math.log(1 - ENGULF_DEBRIS_PER_HOUR);
  const senescentHazard = -Math.log(1 - ENGULF_SENESCENT_PER_HOUR);
  let eater = -1;
  let hazardSum = 0;
  let saturation = 1;
  const edible = (target: number): boolean => {
    if (fate[target] === CellFate.engulfed) return false; // another macrophage got it this step
    const dx = x[target] - x[eater], dy = y[target] - y[eater], dz = z[target] - z[eater];
    if (dx * dx + dy * dy + dz * dz > reach2) return false;
    return canReachThroughMembrane(model, tissue.alveolus[target], eater); // biology: not through an intact membrane
  };
  const hazardOf = (target: number): number => (fate[target] === CellFate.senescent ? senescentHazard : debrisHazard);
  const addHazard = (target: number): boolean => {
    if (edible(target)) hazardSum += hazardOf(target);
    return false;
  };
  const tryToEat = (target: number): boolean => {
    if (!edible(target)) return false;
    // The prey's clock sums the hazard from every macrophage touching it (per day for the clock).
    if (!happens(model, RandomStream.macrophageEngulf, target, hazardOf(target) * saturation * 24, dtHours)) return false;
    changeFate(tissue, target, CellFate.engulfed, hour, FateCause.macrophageEating);
    tissue.link[target] = eater;
    tissue.signal[eater] = 1;
    return false;
  };
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (kind[i] !== CellKind.macrophage || fate[i] !== CellFate.patrolling) continue;
    eater = i;
    hazardSum = 0;
    visitNear(contacts, x[i], y[i], z[i], ENGULF_CONTACT_UM, addHazard);
    if (hazardSum === 0) continue;
    // Time spent handling meals is time not spent catching the next: rate k / (1 + h·Σk).
    saturation = 1 / (1 + MACROPHAGE_HANDLING_HOURS * hazardSum);
    visitNear(contacts, x[i], y[i], z[i], ENGULF_CONTACT_UM, tryToEat);
  }
}

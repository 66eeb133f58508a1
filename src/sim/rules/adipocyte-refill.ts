// Rule 15: adipocytes. Emptied during lactation (their lipid goes into milk), they refill after
// weaning mainly by swelling with lipid, in step with the volume the alveoli around them give up as
// they collapse, and only as far as those alveoli leave them room.

import { ADIPOCYTE_LACTATION_FILL, ADIPOCYTE_REFILL_DAYS } from '../constants';
import type { LobuleModel } from '../model';

/** Gap kept between a droplet and an alveolar surface. */
const SURFACE_GAP_UM = 3;

export function refillAdipocytes(model: LobuleModel, dtHours: number): void {
  const { tissue, anatomy, signals } = model;
  const { adipocyteSlots, adipocyteMaxRadiusUm, adipocyteNeighbourStart, adipocyteNeighbours, alveoli } = anatomy;
  const { x, y, z, signal, radiusUm } = tissue;
  const uptake = 1 - Math.exp(-dtHours / (ADIPOCYTE_REFILL_DAYS * 24));
  let collapseSum = 0;
  for (let a = 0; a < alveoli.count; a++) collapseSum += alveoli.collapse[a];
  const meanCollapse = alveoli.count > 0 ? collapseSum / alveoli.count : 1;
  for (let j = 0; j < adipocyteSlots.length; j++) {
    const i = adipocyteSlots[j];
    const maxRadius = adipocyteMaxRadiusUm[j];
    let room = maxRadius;
    let localCollapse = 0;
    const first = adipocyteNeighbourStart[j], end = adipocyteNeighbourStart[j + 1];
    for (let k = first; k < end; k++) {
      const a = adipocyteNeighbours[k];
      const gap = Math.hypot(x[i] - alveoli.centerX[a], y[i] - alveoli.centerY[a], z[i] - alveoli.centerZ[a]) - alveoli.radiusUm[a] - SURFACE_GAP_UM;
      if (gap < room) room = gap;
      localCollapse += alveoli.collapse[a];
    }
    localCollapse = end > first ? localCollapse / (end - first) : meanCollapse;
    const capacity = room <= 0 ? 0 : Math.min(1, (room / maxRadius) ** 3);
    // The volume the alveoli give up: a radius shrunk by √(1 − collapse) frees 1 − (1 − collapse)^1.5.
    const regression = signals.milkStasis > 0 ? 1 - (1 - localCollapse) ** 1.5 : 0;
    const target = Math.min(capacity, ADIPOCYTE_LACTATION_FILL + (1 - ADIPOCYTE_LACTATION_FILL) * regression);
    const fill = signal[i];
    signal[i] = target > fill ? fill + (target - fill) * uptake : target;
    // For drawing: radiusUm is the cell's true radius in µm (volume ∝ lipid fill), never past the room
    // its alveoli leave, and 0 while its spot is still inside a lactating alveolus. Full neighbours
    // overlap by ≤ ~15% of a radius (packed, see stroma-layout): draw them flattened, polyhedral.
    radiusUm[i] = maxRadius * Math.cbrt(signal[i]);
  }
}

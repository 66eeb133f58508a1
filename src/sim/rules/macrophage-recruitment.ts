// Rule 12: macrophage traffic, local. Monocytes leave each capillary segment and become macrophages
// at a rate set by the signals around that segment: the SASP (CCL2 and other chemokines) and the
// debris cues of dying cells. So they arrive where the signals are high, not by a lobule-wide count.
// Macrophages leave again, faster where the tissue around them has gone quiet. Baseline arrivals,
// spread over every segment, balance baseline departures in lactation.
// Knock-out `macrophages`: depleted from day 0 (as with clodronate liposomes): the ones there leave
// and none arrive.

import { CellFate, CellKind, FateCause } from '../cell-kinds';
import {
  MACROPHAGE_LEAVE_PER_DAY, MACROPHAGE_QUIET_LEAVE_PER_DAY, MACROPHAGE_RADIUS_UM, RECRUIT_DEBRIS_PER_SEGMENT_PER_DAY,
  RECRUIT_SASP_PER_SEGMENT_PER_DAY, RESIDENT_MACROPHAGES_PER_ALVEOLUS,
} from '../constants';
import type { LobuleModel } from '../model';
import { happens } from '../hazard-clock';
import { RandomStream } from '../random';
import { sampleField } from '../scalar-field';
import { isKnockedOut } from '../settings';
import { changeFate, spawnAgent } from '../tissue';
import { debrisSignalAt, saspSignalAt } from './sasp-field';

/** Attractant level at which a macrophage no longer counts the tissue as quiet. */
const QUIET_BELOW = 0.6;

export function trafficMacrophages(model: LobuleModel, dtHours: number): void {
  const { tissue, anatomy, settings, hour } = model;
  if (isKnockedOut(settings, 'macrophages') && hour >= 0) {
    depleteMacrophages(model);
    return;
  }
  const vessels = anatomy.capillarySlots;
  const residents = RESIDENT_MACROPHAGES_PER_ALVEOLUS * anatomy.alveoli.count;
  // In quiet tissue residents turn over at the full (quiet) leaving rate; arrivals replace them.
  const baselinePerSegment = vessels.length > 0 ? ((MACROPHAGE_LEAVE_PER_DAY + MACROPHAGE_QUIET_LEAVE_PER_DAY) * residents) / vessels.length : 0;
  for (let k = 0; k < vessels.length; k++) {
    const slot = vessels[k];
    const px = tissue.x[slot], py = tissue.y[slot], pz = tissue.z[slot];
    const perDay = baselinePerSegment
      + RECRUIT_SASP_PER_SEGMENT_PER_DAY * saspSignalAt(model, px, py, pz)
      + RECRUIT_DEBRIS_PER_SEGMENT_PER_DAY * debrisSignalAt(model, px, py, pz);
    // One arrival at most per segment per step: fine while perDay × step ≪ 1 day.
    if (!happens(model, RandomStream.macrophageRecruit, slot, perDay, dtHours)) continue;
    spawnAgent(tissue, {
      kind: CellKind.macrophage, fate: CellFate.patrolling, alveolus: -1, radiusUm: MACROPHAGE_RADIUS_UM, signal: 0,
      x: px, y: py, z: pz, axisX: tissue.axisX[slot], axisY: tissue.axisY[slot], axisZ: tissue.axisZ[slot],
    }, hour, FateCause.born);
  }

  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (tissue.kind[i] !== CellKind.macrophage || tissue.fate[i] !== CellFate.patrolling) continue;
    const quiet = attractantAt(model, tissue.x[i], tissue.y[i], tissue.z[i]) < QUIET_BELOW ? 1 : 0;
    if (happens(model, RandomStream.macrophageLeave, i, MACROPHAGE_LEAVE_PER_DAY + MACROPHAGE_QUIET_LEAVE_PER_DAY * quiet, dtHours)) {
      changeFate(tissue, i, CellFate.departed, hour, FateCause.macrophageEgress);
      tissue.radiusUm[i] = 0;
    }
  }
}

/** Every macrophage in the lobule is removed (the knock-out from day 0). */
function depleteMacrophages(model: LobuleModel): void {
  const { tissue, hour } = model;
  if (model.census.macrophages === 0) return;
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (tissue.kind[i] !== CellKind.macrophage || tissue.fate[i] !== CellFate.patrolling) continue;
    changeFate(tissue, i, CellFate.departed, hour, FateCause.macrophageDepletion);
    tissue.radiusUm[i] = 0;
  }
}

/** What draws macrophages: the SASP and the debris cues together (raw field units). */
export function attractantAt(model: LobuleModel, x: number, y: number, z: number): number {
  return sampleField(model.sasp, x, y, z) + sampleField(model.debris, x, y, z);
}

// Rule 12: macrophage traffic. Monocytes leave the capillaries and become macrophages at a rate set
// by the SASP (CCL2 and friends) and by debris; macrophages leave again, faster when the tissue
// around them has gone quiet. Baseline arrivals balance baseline departures in lactation.

import { CellFate, CellKind, FateCause } from '../cell-kinds';
import {
  MACROPHAGE_LEAVE_PER_DAY, MACROPHAGE_QUIET_LEAVE_PER_DAY, MACROPHAGE_RADIUS_UM, RECRUIT_PER_DEBRIS_PER_DAY,
  RECRUIT_PER_SENESCENT_PER_DAY, RESIDENT_MACROPHAGES_PER_ALVEOLUS,
} from '../constants';
import type { LobuleModel } from '../model';
import { happens } from '../hazard-clock';
import { eventUniform, RandomStream } from '../random';
import { sampleField } from '../scalar-field';
import { changeFate, spawnAgent } from '../tissue';

/** Attractant level at which a macrophage no longer counts the tissue as quiet. */
const QUIET_BELOW = 0.6;
/** Capillary segments tried per arrival; the one in the strongest signal wins. */
const ENTRY_CANDIDATES = 4;

export function trafficMacrophages(model: LobuleModel, dtHours: number): void {
  const { tissue, anatomy, census, settings, stepIndex, hour } = model;
  const residents = RESIDENT_MACROPHAGES_PER_ALVEOLUS * anatomy.alveoli.count;
  // In quiet tissue residents turn over at the full (quiet) leaving rate; arrivals replace them.
  const arrivalsPerDay = (MACROPHAGE_LEAVE_PER_DAY + MACROPHAGE_QUIET_LEAVE_PER_DAY) * residents
    + RECRUIT_PER_SENESCENT_PER_DAY * census.senescentCells
    + RECRUIT_PER_DEBRIS_PER_DAY * census.debrisCells;
  model.recruitmentCarry += arrivalsPerDay * (dtHours / 24);

  const vessels = anatomy.capillarySlots;
  for (let n = 0; model.recruitmentCarry >= 1; n++, model.recruitmentCarry -= 1) {
    let entry = vessels[0];
    let best = -1;
    for (let k = 0; k < ENTRY_CANDIDATES; k++) {
      const slot = vessels[Math.floor(eventUniform(settings.seed, RandomStream.macrophageRecruit, n * ENTRY_CANDIDATES + k, stepIndex) * vessels.length)];
      const level = attractantAt(model, tissue.x[slot], tissue.y[slot], tissue.z[slot]);
      if (level > best) { best = level; entry = slot; }
    }
    spawnAgent(tissue, {
      kind: CellKind.macrophage, fate: CellFate.patrolling, alveolus: -1, radiusUm: MACROPHAGE_RADIUS_UM, signal: 0,
      x: tissue.x[entry], y: tissue.y[entry], z: tissue.z[entry], axisX: tissue.axisX[entry], axisY: tissue.axisY[entry], axisZ: tissue.axisZ[entry],
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

/** What draws macrophages: the SASP and the debris cues together. */
export function attractantAt(model: LobuleModel, x: number, y: number, z: number): number {
  return sampleField(model.sasp, x, y, z) + sampleField(model.debris, x, y, z);
}

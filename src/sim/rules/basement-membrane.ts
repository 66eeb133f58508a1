// Rule 10: the basement membrane, patch by patch. From the commitment on day 2, proteases cut it:
// the involution programme's own MMPs and plasmin, peaking in phase II; the SASP's MMPs where
// senescent cells are near; and the proteases and plasmin of the macrophages gathered at each patch.
// Around an alveolus that has shrunk to the bud its surviving cells can line, it is laid down again.

import {
  BUD_CELLS, MEMBRANE_BREACHED_BELOW, MEMBRANE_PATCHES_PER_ALVEOLUS, MEMBRANE_REPAIR_PER_DAY, MMP_PER_MACROPHAGE_PER_DAY,
  MMP_PROGRAMME_PEAK_PER_DAY, MMP_PROGRAMME_RISE_DAYS, MMP_SASP_PER_DAY, REMODELLING_COMMIT_DAY,
} from '../constants';
import type { LobuleModel } from '../model';
import { settledShare } from './alveolar-collapse';
import { saspSignalAt } from './sasp-field';

export function remodelBasementMembrane(model: LobuleModel, dtHours: number): void {
  const { tissue, anatomy } = model;
  const { collapse, membraneIntegrity, breachedShare, initialCells, livingCells, senescentCells } = anatomy.alveoli;
  const { signal, x, y, z } = tissue;
  const days = dtHours / 24;
  const committed = model.signals.remodellingCommitted;
  const programmePerDay = involutionProgrammeMmpPerDay(model.hour / 24);
  const slots = model.membranePatchSlots;
  const atPatch = model.macrophagesAtPatch;
  membraneIntegrity.fill(0);
  breachedShare.fill(0);
  for (let p = 0; p < slots.length; p++) {
    const i = slots[p];
    const a = (p / MEMBRANE_PATCHES_PER_ALVEOLUS) | 0;
    let integrity = signal[i];
    if (committed) {
      const mmpPerDay = programmePerDay + MMP_SASP_PER_DAY * saspSignalAt(model, x[i], y[i], z[i]) + MMP_PER_MACROPHAGE_PER_DAY * atPatch[p];
      // Laid down again only round a bud: no more cells than a bud keeps, and shrunk to fit them.
      const settled = livingCells[a] - senescentCells[a] <= BUD_CELLS
        ? settledShare(collapse[a], initialCells[a] > 0 ? livingCells[a] / initialCells[a] : 0) : 0;
      // d(integrity)/dt = −mmp·integrity + repair·(1 − integrity), solved exactly over the step.
      const repairPerDay = MEMBRANE_REPAIR_PER_DAY * settled ** 2;
      const rate = mmpPerDay + repairPerDay;
      if (rate > 0) {
        const balance = repairPerDay / rate;
        integrity = balance + (integrity - balance) * Math.exp(-rate * days);
      }
    }
    signal[i] = integrity;
    membraneIntegrity[a] += integrity;
    if (integrity < MEMBRANE_BREACHED_BELOW) breachedShare[a]++;
  }
  for (let a = 0; a < membraneIntegrity.length; a++) {
    membraneIntegrity[a] /= MEMBRANE_PATCHES_PER_ALVEOLUS;
    breachedShare[a] /= MEMBRANE_PATCHES_PER_ALVEOLUS;
  }
}

/** The programme's own protease activity (per day): off until the commitment, peaking in phase II, then fading. */
export function involutionProgrammeMmpPerDay(day: number): number {
  if (day <= REMODELLING_COMMIT_DAY) return 0;
  const x = (day - REMODELLING_COMMIT_DAY) / MMP_PROGRAMME_RISE_DAYS;
  return MMP_PROGRAMME_PEAK_PER_DAY * x * Math.exp(1 - x);
}

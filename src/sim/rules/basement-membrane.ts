// Rule 10: the basement membrane, patch by patch. From day 2, MMPs and plasmin cut it: the involution
// programme itself, slowly at first and building up; much more where the SASP is high; and where
// macrophages gather.
// Around an alveolus that has finished collapsing, the membrane is laid down again.

import { CellKind } from '../cell-kinds';
import {
  MEMBRANE_BREACHED_BELOW, MEMBRANE_PATCHES_PER_ALVEOLUS, MEMBRANE_REPAIR_PER_DAY, MMP_PER_MACROPHAGE_PER_DAY, MMP_PROGRAMME_END_DAY, MMP_PROGRAMME_PEAK_DAY, MMP_PROGRAMME_RAMP_PER_DAY2,
  MMP_SASP_PER_DAY, REMODELLING_COMMIT_DAY,
} from '../constants';
import type { LobuleModel } from '../model';
import { saspSignalAt } from './sasp-field';

export function remodelBasementMembrane(model: LobuleModel, dtHours: number): void {
  const { tissue, anatomy } = model;
  const { collapse, macrophagesNear, membraneIntegrity, breachedShare } = anatomy.alveoli;
  const { kind, alveolus, signal, x, y, z } = tissue;
  const days = dtHours / 24;
  const committed = model.signals.remodellingCommitted;
  const programmePerDay = involutionProgrammeMmpPerDay(model.hour / 24);
  membraneIntegrity.fill(0);
  breachedShare.fill(0);
  for (let k = 0; k < tissue.livingCount; k++) {
    const i = tissue.living[k];
    if (kind[i] !== CellKind.membranePatch) continue;
    const a = alveolus[i];
    let integrity = signal[i];
    if (committed) {
      const mmpPerDay = programmePerDay + MMP_SASP_PER_DAY * saspSignalAt(model, x[i], y[i], z[i]) + MMP_PER_MACROPHAGE_PER_DAY * macrophagesNear[a];
      // d(integrity)/dt = −mmp·integrity + repair·(1 − integrity), solved exactly over the step.
      const repairPerDay = MEMBRANE_REPAIR_PER_DAY * collapse[a] ** 2;
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

/** The programme's own MMP activity: rising from the commitment, peaking, then gone. */
export function involutionProgrammeMmpPerDay(day: number): number {
  if (day <= REMODELLING_COMMIT_DAY || day >= MMP_PROGRAMME_END_DAY) return 0;
  const peak = MMP_PROGRAMME_RAMP_PER_DAY2 * (MMP_PROGRAMME_PEAK_DAY - REMODELLING_COMMIT_DAY);
  if (day <= MMP_PROGRAMME_PEAK_DAY) return MMP_PROGRAMME_RAMP_PER_DAY2 * (day - REMODELLING_COMMIT_DAY);
  return (peak * (MMP_PROGRAMME_END_DAY - day)) / (MMP_PROGRAMME_END_DAY - MMP_PROGRAMME_PEAK_DAY);
}

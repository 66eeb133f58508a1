// Rule 1: the clock. Advances time, sets the phase, and drives the weaning signals: milk stasis
// from day 0, STAT3 following the milk left in the lumens (on within hours, fading as the milk is
// resorbed), and the irreversible commitment to remodelling at day 2 (before it, re-suckling could
// still restore lactation).

import { REMODELLING_COMMIT_DAY, STAT3_HALF_TIME_HOURS, STAT3_MILK_HALF_SATURATION, TIMELINE_START_DAY } from '../constants';
import type { LobuleModel } from '../model';
import { phaseForDay } from '../phases';

export function advancePhaseClock(model: LobuleModel, dtHours: number): void {
  model.stepIndex++;
  // From the step count, not by summing dt, so a step such as 0.1 h does not drift off the grid.
  model.hour = TIMELINE_START_DAY * 24 + model.stepIndex * dtHours;
  const day = model.hour / 24;
  model.phase = phaseForDay(day);
  const weaned = model.hour >= 0;
  model.signals.milkStasis = weaned ? 1 : 0;
  // STAT3 relaxes (exactly, for any step) toward the stasis signal of the milk still in the lumens.
  const stat3Target = weaned ? stasisSignal(meanMilkFill(model)) : 0;
  model.signals.stat3 += (stat3Target - model.signals.stat3) * (1 - 0.5 ** (dtHours / STAT3_HALF_TIME_HOURS));
  if (day >= REMODELLING_COMMIT_DAY) model.signals.remodellingCommitted = true;
}

/** LIF/STAT3 drive from distended alveoli: 1 when full of milk, falling as it is resorbed. */
export function stasisSignal(milkFill: number): number {
  const k = STAT3_MILK_HALF_SATURATION;
  return ((1 + k) * milkFill) / (milkFill + k);
}

function meanMilkFill(model: LobuleModel): number {
  const { milkFill, count } = model.anatomy.alveoli;
  let sum = 0;
  for (let a = 0; a < count; a++) sum += milkFill[a];
  return count > 0 ? sum / count : 0;
}

// Rule 1: the clock. Advances time, sets the phase, and drives the weaning signals: milk stasis
// from day 0, STAT3 rising with a half-time of hours, and the irreversible commitment to
// remodelling at day 2 (before it, re-suckling could still restore lactation).

import { REMODELLING_COMMIT_DAY, STAT3_HALF_TIME_HOURS, TIMELINE_START_DAY } from '../constants';
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
  model.signals.stat3 = weaned ? 1 - 0.5 ** (model.hour / STAT3_HALF_TIME_HOURS) : 0;
  if (day >= REMODELLING_COMMIT_DAY) model.signals.remodellingCommitted = true;
}

// Which run of a pair is the untreated one and which the senolytic one, and the settings of the
// other side of a comparison: the same seed, scale and tumour, with the senolytic flipped.

import type { SimulationSettings } from './settings';

/** The settings of the comparison's other side. */
export function comparisonSettings(settings: SimulationSettings): SimulationSettings {
  return { ...settings, clearanceWindowDays: [...settings.clearanceWindowDays], clearance: !settings.clearance };
}

/** The pair as untreated and senolytic, whichever of the two the switch currently shows. */
export function untreatedAndSenolytic<T extends { settings: SimulationSettings }>(main: T | null, other: T | null): { untreated: T | null; senolytic: T | null } {
  const mainIsTreated = main?.settings.clearance ?? (other ? !other.settings.clearance : false);
  return mainIsTreated ? { untreated: other, senolytic: main } : { untreated: main, senolytic: other };
}

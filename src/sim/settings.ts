// What a run depends on besides time: the seed, the lobule's size and the two switches.

import {
  SENOLYTIC_DEFAULT_END_DAY, SENOLYTIC_DEFAULT_START_DAY, TIMELINE_END_DAY, TIMELINE_START_DAY,
} from './constants';

export interface SimulationSettings {
  /** Any integer from 0 to 2^31 − 1; the same seed and settings always give the same run. */
  seed: number;
  /** Multiplies the number of alveoli (and so of agents) by about this factor. */
  scale: number;
  /** Senolytic clearance of senescent cells during the dosing window. */
  clearance: boolean;
  clearanceWindowDays: [number, number];
  /** Oncogene activation in a small cluster of luminal cells on the seeding day. */
  tumour: boolean;
  tumourSeedDay: number;
}

export const DEFAULT_SETTINGS: Readonly<SimulationSettings> = {
  seed: 1,
  scale: 1,
  clearance: false,
  clearanceWindowDays: [SENOLYTIC_DEFAULT_START_DAY, SENOLYTIC_DEFAULT_END_DAY],
  tumour: false,
  tumourSeedDay: 0,
};

export const SEED_MAX = 2 ** 31 - 1;
export const SCALE_MAX = 8;
export const DAY_MIN = TIMELINE_START_DAY;
export const DAY_MAX = TIMELINE_END_DAY;

export function withDefaults(partial: Partial<SimulationSettings>): SimulationSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...partial,
    clearanceWindowDays: [...(partial.clearanceWindowDays ?? DEFAULT_SETTINGS.clearanceWindowDays)] as [number, number],
  };
}

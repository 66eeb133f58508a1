// What a run depends on besides time: the seed, the lobule's size, the two switches and the
// knock-out experiments.

import {
  SENOLYTIC_DEFAULT_END_DAY, SENOLYTIC_DEFAULT_START_DAY, TIMELINE_END_DAY, TIMELINE_START_DAY,
} from './constants';

/**
 * Knock-out experiments: each removes one link of the causal chain from day 0, so a run shows what
 * that link does. `senescence`: no cell becomes senescent (p16 null); `macrophages`: macrophages
 * depleted from day 0 (none recruited, residents gone); `sasp`: senescent cells secrete nothing.
 */
export const KNOCKOUTS = ['senescence', 'macrophages', 'sasp'] as const;
export type Knockout = (typeof KNOCKOUTS)[number];

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
  /** Knock-outs in force for the whole run, in the order of KNOCKOUTS, none repeated. */
  knockouts: Knockout[];
}

/**
 * The lobule everyone sees first. Seeds differ a good deal (one lobule, a few hundred tumour cells),
 * so the default is a typical one, not the first: seed 12 sits near the median of seeds 1–30 on the
 * paradox's figures, tumour seeded at weaning with the senolytic against without: 38% longer to
 * reach 10× (median 42%), 70% / 55% / 46% fewer cells in vessels on days 14 / 21 / 28 (medians 69% /
 * 53% / 44%), fat half-full 2 days later (median 1.5). Seed 1 was among the weakest: 5% fewer on
 * day 21. `npm run sim -- --seed N` for any other.
 */
export const DEFAULT_SEED = 12;

export const DEFAULT_SETTINGS: Readonly<SimulationSettings> = {
  seed: DEFAULT_SEED,
  scale: 1,
  clearance: false,
  clearanceWindowDays: [SENOLYTIC_DEFAULT_START_DAY, SENOLYTIC_DEFAULT_END_DAY],
  tumour: false,
  tumourSeedDay: 0,
  knockouts: [],
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
    knockouts: normaliseKnockouts(partial.knockouts ?? []),
  };
}

/** Knock-outs in their canonical order, each once (so equal settings compare equal). */
export function normaliseKnockouts(knockouts: readonly Knockout[]): Knockout[] {
  return KNOCKOUTS.filter((k) => knockouts.includes(k));
}

/** Whether a knock-out is in force for this run. */
export function isKnockedOut(settings: SimulationSettings, knockout: Knockout): boolean {
  return settings.knockouts.includes(knockout);
}

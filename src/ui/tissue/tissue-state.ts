// What the tissue is doing, read from a run's numbers rather than from the clock: two runs on the
// same day (untreated, senolytic) can be at different stages, and this says so.

import type { MetricsSample } from '../../sim/metrics';

export const TISSUE_STATES = ['secreting', 'lined', 'thinning', 'collapsing', 'refilled', 'regressed'] as const;
export type TissueState = (typeof TISSUE_STATES)[number];

/** Share of the weaning-day alveolar cells above which the alveoli still read as lined. */
const LINED_SHARE = 0.7;
/** …and above which they are thinning rather than collapsed. */
const THINNING_SHARE = 0.3;
/**
 * Fat fill from which the stroma reads as refilled: mostly fat. (At 0.6 both lobules of the compare
 * view read "refilled" on day 10, 92% and 62% fat, and the badges hid the senolytic's delay.)
 */
const REFILLED_FAT = 0.8;
/** Membrane integrity from which a refilled lobule has finished remodelling. */
const REBUILT_MEMBRANE = 0.8;

export function tissueState(now: MetricsSample, weaning: MetricsSample): TissueState {
  if (now.day < 0) return 'secreting';
  const share = weaning.alveolarCells > 0 ? now.alveolarCells / weaning.alveolarCells : 0;
  if (share >= LINED_SHARE) return 'lined';
  if (share >= THINNING_SHARE) return 'thinning';
  if (now.adipocyteFill < REFILLED_FAT) return 'collapsing';
  return now.basementMembrane >= REBUILT_MEMBRANE ? 'regressed' : 'refilled';
}

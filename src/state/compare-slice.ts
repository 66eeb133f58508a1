// The second run of the compare view: the same seed and tumour with the other senolytic setting.
// Kept apart from `run` so the single view and everything that reads `run` stay unchanged.

import type { StateCreator } from 'zustand';
import type { SimulationRun } from '../sim/simulate';
import type { LobuleState } from './store';

export interface CompareSlice {
  /** The run with the senolytic flipped relative to `settings`, while `compare` is on. */
  comparisonRun: SimulationRun | null;
  setComparisonRun: (run: SimulationRun | null) => void;
}

export const createCompareSlice: StateCreator<LobuleState, [], [], CompareSlice> = (set) => ({
  comparisonRun: null,
  setComparisonRun: (comparisonRun) => set({ comparisonRun }),
});

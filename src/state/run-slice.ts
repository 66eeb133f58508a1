// The computed run the scene and the charts read, and whether a newer one is on its way. The
// previous run stays on screen while the next is computed, so the picture never goes blank.

import type { StateCreator } from 'zustand';
import type { SimulationRun } from '../sim/simulate';
import type { LobuleState } from './store';

export type RunStatus = 'computing' | 'ready' | 'failed';

export interface RunSlice {
  run: SimulationRun | null;
  runStatus: RunStatus;
  runError: string | null;
  setRun: (run: SimulationRun) => void;
  setRunComputing: () => void;
  setRunFailed: (message: string) => void;
}

export const createRunSlice: StateCreator<LobuleState, [], [], RunSlice> = (set) => ({
  run: null,
  runStatus: 'computing',
  runError: null,
  setRun: (run) => set({ run, runStatus: 'ready', runError: null }),
  setRunComputing: () => set({ runStatus: 'computing' }),
  setRunFailed: (runError) => set({ runStatus: 'failed', runError }),
});

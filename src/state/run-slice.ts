// The computed run the scene and the charts read, and whether a newer one is on its way. The
// previous run stays on screen while the next is computed, so the picture never goes blank; a run
// still being computed is shown up to `runReadyUntilDay` (the clock waits there while playing).

import type { StateCreator } from 'zustand';
import { DAY_MAX } from '../sim/settings';
import type { SimulationRun } from '../sim/simulate';
import type { LobuleState } from './store';

export type RunStatus = 'computing' | 'ready' | 'failed';

export interface RunSlice {
  run: SimulationRun | null;
  runStatus: RunStatus;
  runError: string | null;
  /** Last day the run on screen has frames for (DAY_MAX once it is finished). */
  runReadyUntilDay: number;
  /** Share of the newest requested run computed so far, 0–1. */
  runProgress: number;
  /** Runs computed to the end since the page opened (a burst of changes adds one, not one each). */
  runsCompleted: number;
  /** The 3D view has drawn the tissue at least once (the poster and notices wait for it). */
  pictureShown: boolean;
  setPictureShown: () => void;
  setRun: (run: SimulationRun, readyUntilDay?: number, done?: boolean) => void;
  setRunComputing: () => void;
  setRunProgress: (fraction: number) => void;
  setRunFailed: (message: string) => void;
}

export const createRunSlice: StateCreator<LobuleState, [], [], RunSlice> = (set) => ({
  run: null,
  runStatus: 'computing',
  runError: null,
  runReadyUntilDay: DAY_MAX,
  runProgress: 0,
  runsCompleted: 0,
  pictureShown: false,
  setPictureShown: () => set({ pictureShown: true }),
  setRun: (run, readyUntilDay = DAY_MAX, done = true) => set((s) => ({
    run,
    runReadyUntilDay: done ? DAY_MAX : readyUntilDay,
    runStatus: done ? 'ready' : 'computing',
    runError: null,
    runProgress: done ? 1 : s.runProgress,
    runsCompleted: s.runsCompleted + (done ? 1 : 0),
  })),
  setRunComputing: () => set({ runStatus: 'computing', runProgress: 0 }),
  setRunProgress: (runProgress) => set({ runProgress }),
  setRunFailed: (runError) => set({ runStatus: 'failed', runError }),
});

// Computes one run in short slices, handing over parts as it goes, and stops at once when cancelled.
// Shared by the worker and the main-thread fallback: between slices the host can hear of a newer
// request, so a burst of switch flips computes only the last one.

import { startSimulation } from '../sim/simulate';
import type { SimulationSettings } from '../sim/settings';
import { takeRunPart, type PartCursor, type RunPart } from './run-parts';

/** Longest stretch of computing before the host may answer a newer request. */
const SLICE_MS = 30;
/** Parts are handed over at most this often (the first frame at once). */
const PART_EVERY_MS = 120;

export interface RunComputation {
  cancel(): void;
  /** Ends a hold after the first part now (see `holdAfterFirstPartMs`). */
  resume(): void;
}

export interface SliceOptions {
  /**
   * After the first part, wait this long (or until `resume()`) before computing on. The page's
   * first run holds while the 3D view starts: on a two-core machine the simulation and the GPU
   * process setting up WebGL otherwise share the cores, and the first picture waits for both.
   */
  holdAfterFirstPartMs?: number;
}

/**
 * Starts computing `settings`. `onPart` gets every part (the first holds day −3 at once); `later`
 * schedules the next slice after the host has had a chance to handle messages.
 */
export function computeRunInSlices(
  settings: SimulationSettings,
  onPart: (part: RunPart) => void,
  onError: (message: string) => void,
  later: (next: () => void) => void,
  options: SliceOptions = {},
): RunComputation {
  let cancelled = false;
  let held: { timer: ReturnType<typeof setTimeout> } | null = null;
  const resume = (): void => {
    if (!held) return;
    clearTimeout(held.timer);
    held = null;
    later(slice);
  };
  const now = (): number => performance.now();
  const cursor: PartCursor = { frames: 0, samples: 0 };
  let stepper: ReturnType<typeof startSimulation>;
  let lastPart = 0;
  const slice = (): void => {
    if (cancelled) return;
    try {
      const started = now();
      while (!stepper.done && now() - started < SLICE_MS) stepper.advance();
      if (stepper.done || now() - lastPart >= PART_EVERY_MS) {
        lastPart = now();
        onPart(takeRunPart(stepper, cursor));
      }
      if (!stepper.done) later(slice);
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  };
  later(() => {
    if (cancelled) return;
    try {
      stepper = startSimulation(settings, { recordFrames: true });
      lastPart = now();
      onPart(takeRunPart(stepper, cursor));
      if (options.holdAfterFirstPartMs) held = { timer: setTimeout(resume, options.holdAfterFirstPartMs) };
      else later(slice);
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  });
  return {
    cancel() {
      cancelled = true;
      if (held) clearTimeout(held.timer);
      held = null;
    },
    resume,
  };
}

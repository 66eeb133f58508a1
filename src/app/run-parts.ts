// A run travels from the worker in parts: each part carries the frames and samples computed since
// the last one, so the lobule can be drawn while the rest of its timeline is still being computed.

import { DAY_MAX } from '../sim/settings';
import type { MetricsSample } from '../sim/metrics';
import type { SimulationSettings } from '../sim/settings';
import type { RunStepper, RunStructure, SimulationRun } from '../sim/simulate';
import type { FateHistory } from '../sim/tissue';
import type { TissueFrame } from '../sim/tissue-frame';

export interface RunPart {
  settings: SimulationSettings;
  sampleHours: number;
  /** New since the previous part. */
  frames: TissueFrame[];
  samples: MetricsSample[];
  /** The slots that exist so far (the whole run's once done). */
  structure: RunStructure;
  /** Share of the timeline computed, 0–1. */
  progress: number;
  done: boolean;
  history?: FateHistory;
  timing?: SimulationRun['timing'];
}

/** How much of a stepper has already been handed over. */
export interface PartCursor {
  frames: number;
  samples: number;
}

/** The frames and samples of `stepper` not yet handed over, and moves the cursor past them. */
export function takeRunPart(stepper: RunStepper, cursor: PartCursor): RunPart {
  const part: RunPart = {
    settings: stepper.settings,
    sampleHours: stepper.sampleHours,
    frames: stepper.frames.slice(cursor.frames),
    samples: stepper.samples.slice(cursor.samples),
    structure: stepper.structure(),
    progress: stepper.sampleCount > 0 ? stepper.samplesDone / stepper.sampleCount : 1,
    done: stepper.done,
  };
  if (stepper.done) {
    const run = stepper.result();
    part.history = run.history;
    part.timing = run.timing;
  }
  cursor.frames = stepper.frames.length;
  cursor.samples = stepper.samples.length;
  return part;
}

/** Every typed-array buffer of a part, to hand over without copying. */
export function partBuffers(part: RunPart): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (a: ArrayBufferView): void => void buffers.add(a.buffer as ArrayBuffer);
  for (const f of part.frames) [f.x, f.y, f.z, f.radiusUm, f.fate, f.signal, f.alveolusRadiusUm, f.milkFill].forEach(add);
  const s = part.structure;
  [s.alveolusCenterUm, s.alveolusLactatingRadiusUm, s.kind, s.alveolus, s.axisX, s.axisY, s.axisZ].forEach(add);
  if (part.history) [part.history.slot, part.history.hour, part.history.fate, part.history.cause].forEach(add);
  return [...buffers];
}

const NO_HISTORY: FateHistory = { count: 0, slot: new Int32Array(0), hour: new Float32Array(0), fate: new Uint8Array(0), cause: new Uint8Array(0) };

/** The run so far: the previous parts' run with this part added (a new object; parts are not mutated). */
export function addRunPart(previous: SimulationRun | null, part: RunPart): SimulationRun {
  return {
    settings: part.settings,
    sampleHours: part.sampleHours,
    samples: previous ? previous.samples.concat(part.samples) : part.samples,
    frames: previous ? previous.frames.concat(part.frames) : part.frames,
    // The ducts never change within a run: keep the first part's, so the scene keeps its tubes.
    structure: previous ? { ...part.structure, ducts: previous.structure.ducts } : part.structure,
    history: part.history ?? NO_HISTORY,
    timing: part.timing ?? { agents: 0, steps: 0, msPerStep: 0 },
  };
}

/** The last day a (possibly unfinished) run can show: the day of its last frame, or the end. */
export function readyUntilDay(run: SimulationRun, done: boolean): number {
  if (done || run.frames.length === 0) return done ? DAY_MAX : -Infinity;
  return run.frames[run.frames.length - 1].hour / 24;
}

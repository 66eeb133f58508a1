// Runs the simulation off the main thread: settings in, a run with all its frames out (their
// buffers transferred, not copied).

import { simulate, type SimulationRun } from '../sim/simulate';
import type { SimulationSettings } from '../sim/settings';

export interface RunRequest {
  id: number;
  settings: SimulationSettings;
}

export type RunReply = { id: number; run: SimulationRun } | { id: number; error: string };

/** Every typed-array buffer of a run, to hand over without copying. */
export function runBuffers(run: SimulationRun): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  const add = (a: ArrayBufferView): void => void buffers.add(a.buffer as ArrayBuffer);
  for (const f of run.frames) [f.x, f.y, f.z, f.radiusUm, f.fate, f.signal, f.alveolusRadiusUm, f.milkFill].forEach(add);
  const s = run.structure;
  [s.alveolusCenterUm, s.alveolusLactatingRadiusUm, s.kind, s.alveolus, s.axisX, s.axisY, s.axisZ].forEach(add);
  const h = run.history;
  [h.slot, h.hour, h.fate, h.cause].forEach(add);
  return [...buffers];
}

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<RunRequest>) => void) | null; postMessage(m: RunReply, t: Transferable[]): void };

scope.onmessage = (event) => {
  const { id, settings } = event.data;
  try {
    const run = simulate(settings, { recordFrames: true });
    scope.postMessage({ id, run }, runBuffers(run));
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }, []);
  }
};

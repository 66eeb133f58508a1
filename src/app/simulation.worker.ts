// Runs the simulation off the main thread: settings in, the run out in parts as it is computed
// (their buffers transferred, not copied). A newer request stops the one in progress, so only the
// newest settings are ever computed to the end.

import type { SimulationSettings } from '../sim/settings';
import { computeRunInSlices, type RunComputation } from './run-computation';
import { partBuffers, type RunPart } from './run-parts';

export type RunRequest = {
  id: number;
  /** null: stop computing (nobody needs the run any more). */
  settings: SimulationSettings | null;
  /** Pause after the first part, at most this long, until `resume` (the page's first run). */
  holdAfterFirstPartMs?: number;
} | {
  /** The first picture is up: go on computing request `id` if it is holding. */
  id: number;
  resume: true;
};

export type RunReply = { id: number; part: RunPart } | { id: number; error: string };

const scope = globalThis as unknown as { onmessage: ((e: MessageEvent<RunRequest>) => void) | null; postMessage(m: RunReply, t: Transferable[]): void };

// A message channel yields to the event loop without timer clamping, so new requests are heard
// between slices.
const channel = new MessageChannel();
const queued: (() => void)[] = [];
channel.port1.onmessage = () => queued.shift()?.();
const later = (next: () => void): void => {
  queued.push(next);
  channel.port2.postMessage(0);
};

let current: RunComputation | null = null;

let currentId = 0;

scope.onmessage = (event) => {
  const request = event.data;
  if ('resume' in request) {
    if (request.id === currentId) current?.resume();
    return;
  }
  const { id, settings, holdAfterFirstPartMs } = request;
  currentId = id;
  current?.cancel();
  current = null;
  if (!settings) return;
  current = computeRunInSlices(
    settings,
    (part) => scope.postMessage({ id, part }, partBuffers(part)),
    (error) => scope.postMessage({ id, error }, []),
    later,
    { holdAfterFirstPartMs },
  );
};

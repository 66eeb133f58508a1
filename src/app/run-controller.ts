// Computes runs for settings as they change: in a Web Worker when the page can start one, on the
// main thread (in short slices, loaded only then) when it cannot. A newer request stops the one in
// progress, so a burst of changes computes only the last; parts arrive as they are computed.
//
// `createRunController` is the plain engine (any number of them: the app's run, a comparison run);
// `startRunController` binds one to the store's settings and run.

import type { SimulationSettings } from '../sim/settings';
import type { SimulationRun } from '../sim/simulate';
import type { LobuleStore } from '../state/store';
import type { RunComputation } from './run-computation';
import { addRunPart, readyUntilDay, type RunPart } from './run-parts';
import type { RunReply, RunRequest } from './simulation.worker';

export interface RunControllerListener {
  /** The newest request's run so far; `readyUntil` is its last computed day (the end once done). */
  onRun(run: SimulationRun, readyUntil: number, done: boolean): void;
  /** Share of the newest request's timeline computed, 0–1. */
  onProgress?(fraction: number): void;
  onError?(message: string): void;
}

export interface RunController {
  /** Computes these settings, abandoning whatever was being computed. */
  request(settings: SimulationSettings): void;
  /** The first picture is drawn: the page's first run may stop holding (see SliceOptions). */
  firstPictureShown(): void;
  /** Stops computing and lets the worker go. */
  dispose(): void;
}

/** The page's first run holds after its first part until the first picture, at most this long. */
const FIRST_RUN_HOLD_MS = 1000;

export function createRunController(listener: RunControllerListener, { holdFirstRun = false } = {}): RunController {
  let latest = 0;
  /** The newest request's run as assembled so far; dropped once handed over finished. */
  let assembling: SimulationRun | null = null;
  let settingsOfLatest: SimulationSettings | null = null;
  let fallback: RunComputation | null = null;
  let worker: Worker | null = null;
  let disposed = false;
  try {
    worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<RunReply>) => accept(event.data);
    worker.onerror = (event) => {
      // A worker that cannot load (file://, strict sandboxes) hands over to the main thread.
      event.preventDefault?.();
      worker?.terminate();
      worker = null;
      if (settingsOfLatest) request(settingsOfLatest);
    };
  } catch {
    worker = null;
  }

  function accept(reply: RunReply): void {
    if (reply.id !== latest || disposed) return; // an answer to settings that have since changed
    if ('error' in reply) {
      assembling = null;
      listener.onError?.(reply.error);
      return;
    }
    const part: RunPart = reply.part;
    const run = addRunPart(assembling, part);
    assembling = part.done ? null : run;
    listener.onProgress?.(part.progress);
    if (reply.id === 1 && run.frames.length === part.frames.length) globalThis.performance?.mark?.('lobule:first-part');
    listener.onRun(run, readyUntilDay(run, part.done), part.done);
  }

  function request(settings: SimulationSettings): void {
    if (disposed) return;
    const id = ++latest;
    assembling = null;
    settingsOfLatest = settings;
    listener.onProgress?.(0);
    // For the benchmark: when the page's first run was asked for (the "run starts" of its goal).
    if (id === 1) globalThis.performance?.mark?.('lobule:first-run-requested');
    if (worker) {
      worker.postMessage({ id, settings, holdAfterFirstPartMs: id === 1 && holdFirstRun ? FIRST_RUN_HOLD_MS : undefined } satisfies RunRequest);
      return;
    }
    fallback?.cancel();
    fallback = null;
    // The main-thread fallback is a separate chunk: pages whose worker works never load it.
    void import('./run-computation').then(({ computeRunInSlices }) => {
      if (id !== latest || disposed) return;
      fallback = computeRunInSlices(
        settings,
        (part) => accept({ id, part }),
        (error) => accept({ id, error }),
        (next) => setTimeout(next, 0),
      );
    });
  }

  return {
    request,
    firstPictureShown() {
      if (worker && latest === 1) worker.postMessage({ id: 1, resume: true } satisfies RunRequest);
    },
    dispose() {
      disposed = true;
      fallback?.cancel();
      worker?.terminate();
      worker = null;
      assembling = null;
    },
  };
}

/** Keeps the store's run in step with its settings. Returns a function that stops it. */
export function startRunController(store: LobuleStore): () => void {
  /** Whether the run on screen is already the newest request's (then every part replaces it). */
  let showingLatest = false;
  const controller = createRunController({
    onRun(run, readyUntil, done) {
      const s = store.getState();
      // After a change the old picture stays until the new run reaches the day on screen, so a
      // switch flip never shows an earlier day; the very first run is shown from its first frame.
      if (done || showingLatest || s.run === null || readyUntil >= s.day) {
        showingLatest = true;
        s.setRun(run, readyUntil, done);
      }
    },
    onProgress: (fraction) => store.getState().setRunProgress(fraction),
    onError(message) {
      store.getState().setRunFailed(message);
      store.getState().addNotice({ key: 'run.failed', values: { error: message } });
    },
  }, { holdFirstRun: !store.getState().pictureShown });
  const request = (settings: SimulationSettings): void => {
    showingLatest = false;
    store.getState().setRunComputing();
    controller.request(settings);
  };
  request(store.getState().settings);
  const unsubscribe = store.subscribe((s, previous) => {
    if (s.settings !== previous.settings) request(s.settings);
    if (s.pictureShown && !previous.pictureShown) controller.firstPictureShown();
  });
  return () => {
    unsubscribe();
    controller.dispose();
  };
}

// Computes a run whenever the settings change: in a Web Worker when the page can start one, on the
// main thread (after a paint) when it cannot. Only the newest request's answer is kept, and the old
// run stays on screen until the new one arrives.

import { simulate } from '../sim/simulate';
import type { SimulationSettings } from '../sim/settings';
import type { LobuleStore } from '../state/store';
import type { RunReply, RunRequest } from './simulation.worker';

export function startRunController(store: LobuleStore): () => void {
  let latest = 0;
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./simulation.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<RunReply>) => accept(event.data);
    worker.onerror = () => {
      // A worker that cannot load (file://, strict sandboxes) hands over to the main thread.
      worker?.terminate();
      worker = null;
      request(store.getState().settings);
    };
  } catch {
    worker = null;
  }

  function accept(reply: RunReply): void {
    if (reply.id !== latest) return; // an answer to settings that have since changed
    if ('run' in reply) store.getState().setRun(reply.run);
    else {
      store.getState().setRunFailed(reply.error);
      store.getState().addNotice(`The simulation could not run (${reply.error}); showing the last result.`);
    }
  }

  function request(settings: SimulationSettings): void {
    const id = ++latest;
    store.getState().setRunComputing();
    if (worker) {
      worker.postMessage({ id, settings } satisfies RunRequest);
      return;
    }
    setTimeout(() => {
      if (id !== latest) return;
      try {
        accept({ id, run: simulate(settings, { recordFrames: true }) });
      } catch (error) {
        accept({ id, error: error instanceof Error ? error.message : String(error) });
      }
    }, 30);
  }

  request(store.getState().settings);
  const unsubscribe = store.subscribe((s, previous) => {
    if (s.settings !== previous.settings) request(s.settings);
  });
  return () => {
    unsubscribe();
    worker?.terminate();
  };
}

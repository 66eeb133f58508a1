// Moves the clock while playing, on animation frames. The scene only listens to `day`; it never
// drives time itself, so the charts and readouts play on even without WebGL.

import { DAY_MAX, DAY_MIN } from '../sim/settings';
import { addFrameWork } from '../state/frame-work-meter';
import type { LobuleStore } from '../state/store';

/** Longest frame gap honoured; a hidden tab or a stall does not jump the clock. */
const MAX_FRAME_SECONDS = 0.1;

export function startPlaybackLoop(store: LobuleStore, frames: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'> = window): () => void {
  let handle = 0;
  /** Time of the previous frame, or null before the first frame after (re)starting. */
  let last: number | null = null;
  let tickStarted = 0;
  const recordTickWork = (): void => addFrameWork(performance.now() - tickStarted);
  const tick = (now: number): void => {
    tickStarted = performance.now();
    handle = 0;
    const state = store.getState();
    if (!state.playing) return;
    const seconds = last === null ? 0 : Math.min(MAX_FRAME_SECONDS, (now - last) / 1000);
    last = now;
    let day = state.day + seconds * state.speedDaysPerSecond;
    if (day >= DAY_MAX) {
      if (state.loop) day = DAY_MIN;
      else {
        state.setDay(DAY_MAX);
        state.pause();
        return;
      }
    }
    state.setDay(day);
    handle = frames.requestAnimationFrame(tick);
    // React renders store changes in a microtask queued by setDay; this one runs after it, so the
    // profiler's per-frame JavaScript includes the tick and the React work it caused.
    queueMicrotask(recordTickWork);
  };
  const start = (): void => {
    if (handle === 0 && store.getState().playing) {
      last = null;
      handle = frames.requestAnimationFrame(tick);
    }
  };
  const unsubscribe = store.subscribe((s, previous) => {
    if (s.playing && !previous.playing) start();
  });
  start();
  return () => {
    unsubscribe();
    if (handle !== 0) frames.cancelAnimationFrame(handle);
  };
}

// Moves the clock while playing, on animation frames. The scene only listens to `day`; it never
// drives time itself, so the charts and readouts play on even without WebGL.

import { DAY_MAX, DAY_MIN } from '../sim/settings';
import { addFrameWork } from '../state/frame-work-meter';
import type { LobuleStore } from '../state/store';

/**
 * Frame gaps up to this long count in full, so a slow machine (1 frame a second) still plays at the
 * chosen days per second. A longer gap is a stall or a hidden tab: it counts as one typical frame,
 * so the clock never jumps.
 */
const LONGEST_FRAME_SECONDS = 1;
/** Typical frame gap before any has been measured. */
const FIRST_FRAME_SECONDS = 1 / 60;

export function startPlaybackLoop(store: LobuleStore, frames: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'> = window): () => void {
  let handle = 0;
  /** Time of the previous frame, or null before the first frame after (re)starting. */
  let last: number | null = null;
  /** Smoothed gap between frames, what a stall counts as. */
  let typicalSeconds = FIRST_FRAME_SECONDS;
  let tickStarted = 0;
  const recordTickWork = (): void => addFrameWork(performance.now() - tickStarted);
  const tick = (now: number): void => {
    tickStarted = performance.now();
    handle = 0;
    const state = store.getState();
    if (!state.playing) return;
    const gap = last === null ? 0 : Math.max(0, (now - last) / 1000);
    let seconds = gap;
    if (gap > LONGEST_FRAME_SECONDS) seconds = typicalSeconds;
    else if (gap > 0) typicalSeconds += (gap - typicalSeconds) * 0.2;
    last = now;
    let day = state.day + seconds * state.speedDaysPerSecond;
    // A run still being computed: the clock waits at its last computed day (never goes back).
    if (day > state.runReadyUntilDay) day = Math.max(state.day, state.runReadyUntilDay);
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
    // React renders store changes in a microtask queued by setDay (when it is a store update, each
    // quarter day); this one runs after it, so the profiler's per-frame JavaScript includes the tick
    // and the React work it caused.
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
  // Coming back to a hidden tab starts counting afresh (browsers stop frames while hidden).
  const onVisibility = (): void => {
    last = null;
  };
  globalThis.document?.addEventListener('visibilitychange', onVisibility);
  start();
  return () => {
    unsubscribe();
    globalThis.document?.removeEventListener('visibilitychange', onVisibility);
    if (handle !== 0) frames.cancelAnimationFrame(handle);
  };
}

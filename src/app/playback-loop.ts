// Moves the clock while playing, on animation frames. The scene only listens to `day`; it never
// drives time itself, so the charts and readouts play on even without WebGL.

import { DAY_MAX, DAY_MIN } from '../sim/settings';
import { tickWatch } from '../state/tick-watch';
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
  // The clock's numbers live in a typed array: a closure's number variable is boxed anew on each
  // write, every frame, until V8's top tier.
  const clock = new Float64Array(2);
  /** Time of the previous frame, or NaN before the first frame after (re)starting. */
  const LAST = 0;
  /** Smoothed gap between frames, what a stall counts as. */
  const TYPICAL_SECONDS = 1;
  clock[LAST] = Number.NaN;
  clock[TYPICAL_SECONDS] = FIRST_FRAME_SECONDS;
  const tick = (now: number): void => {
    tickWatch.watcher?.tickStarted();
    handle = 0;
    const state = store.getState();
    if (!state.playing) return;
    const gap = Number.isNaN(clock[LAST]) ? 0 : Math.max(0, (now - clock[LAST]) / 1000);
    let seconds = gap;
    if (gap > LONGEST_FRAME_SECONDS) seconds = clock[TYPICAL_SECONDS];
    else if (gap > 0) clock[TYPICAL_SECONDS] += (gap - clock[TYPICAL_SECONDS]) * 0.2;
    clock[LAST] = now;
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
    tickWatch.watcher?.tickEnded();
  };
  const start = (): void => {
    if (handle === 0 && store.getState().playing) {
      clock[LAST] = Number.NaN;
      handle = frames.requestAnimationFrame(tick);
    }
  };
  const unsubscribe = store.subscribe((s, previous) => {
    if (s.playing && !previous.playing) start();
  });
  // Coming back to a hidden tab starts counting afresh (browsers stop frames while hidden).
  const onVisibility = (): void => {
    clock[LAST] = Number.NaN;
  };
  globalThis.document?.addEventListener('visibilitychange', onVisibility);
  start();
  return () => {
    unsubscribe();
    globalThis.document?.removeEventListener('visibilitychange', onVisibility);
    if (handle !== 0) frames.cancelAnimationFrame(handle);
  };
}

// Keeps a piece of text in step with the store without React: `write` is called when the value a
// readout shows changes, straight into the DOM. While playing, at most four times a second (text a
// person reads gains nothing from 60 changes a second, and each write costs style and layout work);
// at once when paused, so scrubbing and stepping answer immediately, and with the last value as soon
// as playing stops.

import { subscribeLightDayMoves } from '../../state/day-listeners';
import type { LobuleState, LobuleStore } from '../../state/store';

/** Shortest gap between two writes of a readout while playing: 4 Hz. */
export const READOUT_EVERY_MS = 250;

/**
 * Calls `write(select(state))` now and whenever that value changes (by `Object.is`), throttled while
 * playing. `select` runs on every store change and every move of the day, so every frame while
 * playing: it must be cheap and return a primitive (a rounded number, an index), never a new object.
 * Returns the unsubscribe.
 */
export function subscribeReadout<T>(store: LobuleStore, select: (state: LobuleState) => T, write: (value: T) => void, everyMs = READOUT_EVERY_MS): () => void {
  let shown = select(store.getState());
  let lastWriteMs = performance.now();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = (): void => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const value = select(store.getState());
    if (Object.is(value, shown)) return;
    shown = value;
    lastWriteMs = performance.now();
    write(value);
  };
  write(shown);
  const changed = (s: LobuleState): void => {
    if (Object.is(select(s), shown)) {
      // Back to what is shown before a pending write: nothing to do, but a pause still settles it.
      if (!s.playing && timer !== null) flush();
      return;
    }
    if (!s.playing) {
      flush();
      return;
    }
    const waitMs = lastWriteMs + everyMs - performance.now();
    if (waitMs <= 0) flush();
    else if (timer === null) timer = setTimeout(flush, waitMs);
  };
  // Store updates, and the day's light moves while playing (which are not store updates).
  const unsubscribe = store.subscribe(changed);
  const unsubscribeDay = subscribeLightDayMoves(store, () => changed(store.getState()));
  return () => {
    unsubscribe();
    unsubscribeDay();
    if (timer !== null) clearTimeout(timer);
  };
}

// Keeps a piece of text in step with the store without React: `write` is called when the value a
// readout shows changes, straight into the DOM. While playing, on the readouts' beat, four times a
// second (state/readout-beat.ts: text a person reads gains nothing from 60 changes a second, and each
// write costs style and layout work); at once when paused, so scrubbing and stepping answer
// immediately, and with the last value as soon as playing stops.

import { subscribeLightDayMoves, subscribeLightTickMoves } from '../../state/day-listeners';
import type { LobuleState, LobuleStore } from '../../state/store';
import { joinBeat } from '../../state/readout-beat';

/**
 * Calls `write(select(state))` now and whenever that value changes (by `Object.is`), on the
 * readouts' beat while playing. `select` runs on every store change and, while playing, on every
 * move of the day (every frame), or, with `follows` 'quarterDay', only on each new quarter day (a
 * readout of `dayTick`, or one that changes less often than a quarter day). It must be cheap and
 * return a primitive (a rounded number, an index) or a kept object, never a new one. Returns the
 * unsubscribe.
 */
export function subscribeReadout<T>(store: LobuleStore, select: (state: LobuleState) => T, write: (value: T) => void, follows: 'day' | 'quarterDay' = 'day'): () => void {
  let shown = select(store.getState());
  const flush = (): void => {
    beat.cancel();
    const value = select(store.getState());
    if (Object.is(value, shown)) return;
    shown = value;
    write(value);
  };
  const beat = joinBeat(flush);
  write(shown);
  // Paused, at once (and a write waiting for the beat is settled); playing, on the next beat.
  const changed = (s: LobuleState): void => {
    if (!s.playing) flush();
    else if (!Object.is(select(s), shown)) beat.writeOnNextBeat();
  };
  // Store updates, and the day's (or the quarter day's) light moves while playing, which are not
  // store updates. Pausing is one, so a readout following quarter days still settles on the exact day.
  const unsubscribe = store.subscribe(changed);
  const moved = (): void => changed(store.getState());
  const unsubscribeDay = follows === 'day' ? subscribeLightDayMoves(store, moved) : subscribeLightTickMoves(store, moved);
  return () => {
    unsubscribe();
    unsubscribeDay();
    beat.leave();
  };
}

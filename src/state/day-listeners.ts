// The day as it moves every frame while playing. Most of the app follows the day coarsely (the
// quarter day, the whole day, the phase), so the playing clock moves `day` without a store update:
// a light move (playback-slice.ts). What must follow every frame (the picture, the
// timeline's thumb, the chart's cursor, the day readout) listens here. What follows the quarter day
// (`dayTick`) hears its light moves here too: `useLobule` re-reads its selectors then, and a few
// subscribers (labels, the live description) listen; a store update would copy the whole state.

import type { StoreApi } from 'zustand/vanilla';

type DayListener = (day: number) => void;

const lightMoveListenersOf = new WeakMap<object, Set<DayListener>>();

/** Adds `listener` to the store's set in `setsOf`; returns the removal. */
function listen<L>(setsOf: WeakMap<object, Set<L>>, store: object, listener: L): () => void {
  let listeners = setsOf.get(store);
  if (!listeners) setsOf.set(store, (listeners = new Set()));
  const own = listeners;
  own.add(listener);
  return () => {
    own.delete(listener);
  };
}

/** Calls `listener(day)` on each light move of the store's day only. Returns the unsubscribe. */
export function subscribeLightDayMoves(store: object, listener: DayListener): () => void {
  return listen(lightMoveListenersOf, store, listener);
}

const tickMoveListenersOf = new WeakMap<object, Set<() => void>>();

/**
 * Calls `listener()` on each light move that changed the quarter day (`dayTick`, changed in place):
 * a few times a second while playing. Returns the unsubscribe.
 */
export function subscribeLightTickMoves(store: object, listener: () => void): () => void {
  return listen(tickMoveListenersOf, store, listener);
}

/** Calls `listener(day)` whenever the store's day changes, by a store update or a light move. Returns the unsubscribe. */
export function subscribeDay<S extends { day: number }>(store: StoreApi<S>, listener: DayListener): () => void {
  const unsubscribeMoves = subscribeLightDayMoves(store, listener);
  const unsubscribe = store.subscribe((s, p) => {
    if (s.day !== p.day) listener(s.day);
  });
  return () => {
    unsubscribeMoves();
    unsubscribe();
  };
}

/** The day being announced: `tellListener` reads it, so an announcement makes no closure (one a frame while playing). */
let announcedDay = 0;
const tellListener = (listener: DayListener): void => listener(announcedDay);

/** Tells the listeners of a light move (the store's `day` already holds it). */
export function announceLightDayMove(store: object, day: number): void {
  announcedDay = day;
  // A Set's forEach allocates nothing per call (for…of would make an iterator until optimised).
  lightMoveListenersOf.get(store)?.forEach(tellListener);
}

const call = (listener: () => void): void => listener();

/** Tells the listeners of a light move of the quarter day (the store's `dayTick` already holds it). */
export function announceLightTickMove(store: object): void {
  tickMoveListenersOf.get(store)?.forEach(call);
}

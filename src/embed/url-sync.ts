// Keeps the address bar in step with the state (settings, day, view), so copying it shares exactly
// what is on screen. Writes at most twice a second, and while playing (when only the day moves) every
// two seconds; never throws (sandboxed frames may refuse).

import { subscribeLightDayMoves } from '../state/day-listeners';
import type { LobuleState, LobuleStore } from '../state/store';
import { TOUR_CHAPTER_IDS } from '../ui/tour/tour-chapters';
import { isLobuleParameter, writeUrlParameters } from './url-params';

const WRITE_EVERY_MS = 500;
/**
 * While playing, a change of the day alone is written this often: each write costs the main thread
 * 1–3 ms on a slow machine (the browser updates its session history), and the address of a playing
 * lobule is out of date a frame later anyway. Pausing or any other change is written within 0.5 s.
 */
const WRITE_WHILE_PLAYING_EVERY_MS = 2000;

/** Parameters this module writes; Lobule's others (mode, profiler…) are kept as they were. */
const WRITTEN = new Set(['day', 'play', 'speed', 'seed', 'clearance', 'tumour', 'view', 'cutaway', 'compare', 'tour', 'lang', 'theme']);
/** A carried-over value longer than this is no real setting; it is not written back. */
const LONGEST_KEPT_VALUE = 200;

/**
 * The query string ("?…") that restores this state. Lobule's parameters it does not write (mode,
 * profiler…) are kept from `search` (the first of duplicates); anything else (unknown, or absurdly
 * long) is dropped.
 */
export function queryForState(s: LobuleState, search: string): string {
  const next = writeUrlParameters({ day: s.day, playing: s.playing, settings: s.settings, colourMode: s.colourMode, cutaway: s.cutaway, compare: s.compare, speedDaysPerSecond: s.speedDaysPerSecond,
    tourChapterId: s.tourOpen ? TOUR_CHAPTER_IDS[s.tourChapter] : null, lang: s.lang, theme: s.theme }, new URLSearchParams());
  // Written every 2 s while playing: the current address is parsed only when it has something to keep.
  if (search.length > 1) {
    new URLSearchParams(search).forEach((value, key) => {
      if (WRITTEN.has(key) || next.has(key) || !isLobuleParameter(key) || value.length > LONGEST_KEPT_VALUE) return;
      next.set(key, value);
    });
  }
  return `?${next.toString()}`;
}

export function syncUrlWithStore(store: LobuleStore, target: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** When the pending write is due (ms, performance clock). */
  let due = 0;
  const write = (): void => {
    timer = null;
    const { pathname, search, hash } = target.location;
    const url = `${pathname}${queryForState(store.getState(), search)}${hash}`;
    // The address already says it: no write (each costs the main thread 1–3 ms).
    if (url === `${pathname}${search}${hash}`) return;
    try {
      target.history.replaceState(target.history.state, '', url);
    } catch {
      // A sandboxed or opaque-origin frame may forbid it; the app works the same without.
    }
  };
  const schedule = (delayMs: number): void => {
    const at = performance.now() + delayMs;
    if (timer !== null) {
      if (at >= due) return;
      clearTimeout(timer);
    }
    due = at;
    timer = setTimeout(write, delayMs);
  };
  const unsubscribe = store.subscribe((s, previous) => {
    const others = s.playing !== previous.playing || s.speedDaysPerSecond !== previous.speedDaysPerSecond || s.settings !== previous.settings
      || s.colourMode !== previous.colourMode || s.cutaway !== previous.cutaway || s.compare !== previous.compare
      || s.tourOpen !== previous.tourOpen || s.tourChapter !== previous.tourChapter
      || s.lang !== previous.lang || s.theme !== previous.theme;
    if (others || (s.day !== previous.day && !s.playing)) schedule(WRITE_EVERY_MS);
    else if (s.day !== previous.day) schedule(WRITE_WHILE_PLAYING_EVERY_MS);
  });
  // The playing day moves without store updates, every frame. A write already pending is due
  // within the playing delay, so then there is nothing to do (not even read the clock: a time is a
  // new number on the heap until V8's top tier).
  const unsubscribeDay = subscribeLightDayMoves(store, () => {
    if (timer === null) schedule(WRITE_WHILE_PLAYING_EVERY_MS);
  });
  // Once at the start too: the address people copy never carries junk they opened it with.
  schedule(WRITE_EVERY_MS);
  return () => {
    unsubscribe();
    unsubscribeDay();
    if (timer !== null) clearTimeout(timer);
  };
}

// Keeps the address bar in step with the state (settings, day, view), so copying it shares exactly
// what is on screen. Writes at most twice a second; never throws (sandboxed frames may refuse).

import type { LobuleState, LobuleStore } from '../state/store';
import { TOUR_CHAPTER_IDS } from '../ui/tour/tour-chapters';
import { formatUrlParameters, isLobuleParameter } from './url-params';

const WRITE_EVERY_MS = 500;

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
  const query = formatUrlParameters({ day: s.day, playing: s.playing, settings: s.settings, colourMode: s.colourMode, cutaway: s.cutaway, compare: s.compare, speedDaysPerSecond: s.speedDaysPerSecond,
    tourChapterId: s.tourOpen ? TOUR_CHAPTER_IDS[s.tourChapter] : null, lang: s.lang, theme: s.theme });
  const current = new URLSearchParams(search);
  const next = new URLSearchParams(query);
  for (const [key, value] of current) {
    if (WRITTEN.has(key) || next.has(key) || !isLobuleParameter(key) || value.length > LONGEST_KEPT_VALUE) continue;
    next.set(key, value);
  }
  return `?${next.toString()}`;
}

export function syncUrlWithStore(store: LobuleStore, target: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = (): void => {
    timer = null;
    const url = `${target.location.pathname}${queryForState(store.getState(), target.location.search)}${target.location.hash}`;
    try {
      target.history.replaceState(target.history.state, '', url);
    } catch {
      // A sandboxed or opaque-origin frame may forbid it; the app works the same without.
    }
  };
  const unsubscribe = store.subscribe((s, previous) => {
    const changed = s.day !== previous.day || s.playing !== previous.playing || s.speedDaysPerSecond !== previous.speedDaysPerSecond || s.settings !== previous.settings
      || s.colourMode !== previous.colourMode || s.cutaway !== previous.cutaway || s.compare !== previous.compare
      || s.tourOpen !== previous.tourOpen || s.tourChapter !== previous.tourChapter
      || s.lang !== previous.lang || s.theme !== previous.theme;
    if (changed && timer === null) timer = setTimeout(write, WRITE_EVERY_MS);
  });
  // Once at the start too: the address people copy never carries junk they opened it with.
  timer = setTimeout(write, WRITE_EVERY_MS);
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}

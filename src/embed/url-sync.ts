// Keeps the address bar in step with the state (settings, day, view), so copying it shares exactly
// what is on screen. Writes at most twice a second; never throws (sandboxed frames may refuse).

import type { LobuleStore } from '../state/store';
import { TOUR_CHAPTER_IDS } from '../ui/tour/tour-chapters';
import { formatUrlParameters } from './url-params';

const WRITE_EVERY_MS = 500;

export function syncUrlWithStore(store: LobuleStore, target: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = (): void => {
    timer = null;
    const s = store.getState();
    const query = formatUrlParameters({ day: s.day, playing: s.playing, settings: s.settings, colourMode: s.colourMode, cutaway: s.cutaway, compare: s.compare,
      tourChapterId: s.tourOpen ? TOUR_CHAPTER_IDS[s.tourChapter] : null });
    // Parameters this module does not write (lang, mode, profiler…) are kept as they were.
    const current = new URLSearchParams(target.location.search);
    const next = new URLSearchParams(query);
    for (const [key, value] of current) if (!['day', 'play', 'seed', 'clearance', 'tumour', 'view', 'cutaway', 'compare', 'tour'].includes(key)) next.set(key, value);
    const url = `${target.location.pathname}?${next.toString()}${target.location.hash}`;
    try {
      target.history.replaceState(target.history.state, '', url);
    } catch {
      // A sandboxed or opaque-origin frame may forbid it; the app works the same without.
    }
  };
  const unsubscribe = store.subscribe((s, previous) => {
    const changed = s.day !== previous.day || s.playing !== previous.playing || s.settings !== previous.settings
      || s.colourMode !== previous.colourMode || s.cutaway !== previous.cutaway || s.compare !== previous.compare
      || s.tourOpen !== previous.tourOpen || s.tourChapter !== previous.tourChapter;
    if (changed && timer === null) timer = setTimeout(write, WRITE_EVERY_MS);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}

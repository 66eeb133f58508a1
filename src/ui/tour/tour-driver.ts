// Moves the clock through the open chapter's span (and, when the tour plays by itself, on to the
// next chapter), on animation frames, using the pure player. Someone scrubbing, pressing Play or
// Pause takes the clock over: the driver then leaves the day alone until the next chapter.

import { prefersReducedMotion } from '../../state/reduced-motion';
import type { LobuleStore } from '../../state/store';
import { applyTourChapter } from './apply-chapter';
import { TOUR_CHAPTERS } from './tour-chapters';
import { chapterEndDay, chapterStartSeconds, tourStateAt } from './tour-player';

/** Longest frame gap honoured: slow frames (software rendering) still keep wall-clock pace, but a
 * tab hidden for minutes does not skip chapters when it comes back. */
const MAX_FRAME_SECONDS = 1;

/** Drives every chapter the tour enters, for the life of the app; returns a function that stops. */
export function startTourDriver(store: LobuleStore, frames: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'> = window): () => void {
  let stop: (() => void) | null = null;
  const restart = (): void => {
    stop?.();
    stop = store.getState().tourOpen ? driveChapter(store, frames) : null;
  };
  restart();
  const unsubscribe = store.subscribe((s, p) => {
    if (s.tourEntry !== p.tourEntry || s.tourOpen !== p.tourOpen) restart();
  });
  return () => {
    unsubscribe();
    stop?.();
  };
}

/** Plays the current chapter from its start; returns a function that stops. */
export function driveChapter(store: LobuleStore, frames: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'> = window): () => void {
  const { tourChapter, tourAutoplay } = store.getState();
  const chapter = TOUR_CHAPTERS[tourChapter];
  const chapterStart = chapterStartSeconds(TOUR_CHAPTERS, tourChapter);
  let seconds = 0;
  let last: number | null = null;
  let lastDaySet: number | null = null;
  let released = false;
  let handle = 0;
  const tick = (now: number): void => {
    handle = 0;
    const s = store.getState();
    if (!s.tourOpen) return;
    seconds += last === null ? 0 : Math.min(MAX_FRAME_SECONDS, (now - last) / 1000);
    last = now;
    // A day we did not set means someone else moved the clock; Pause holds the day where it is.
    if (lastDaySet !== null && (s.day !== lastDaySet || !s.tourSpanPlaying)) released = true;
    // Reduced motion (chosen before or during the chapter): no played span, the end state at once.
    const day = prefersReducedMotion(s) ? chapterEndDay(chapter) : tourStateAt(TOUR_CHAPTERS, chapterStart + Math.min(seconds, chapter.seconds - 1e-6)).day;
    if (!released && s.day !== day) {
      s.setDay(day);
      lastDaySet = store.getState().day;
    } else if (!released) {
      lastDaySet = s.day;
    }
    if (tourAutoplay && seconds >= chapter.seconds) {
      applyTourChapter(store, (tourChapter + 1) % TOUR_CHAPTERS.length);
      return;
    }
    const spanLeft = chapter.untilDay !== undefined && !released && day !== chapter.untilDay;
    if (store.getState().tourSpanPlaying !== spanLeft) store.getState().setTourSpanPlaying(spanLeft);
    if (tourAutoplay || spanLeft) handle = frames.requestAnimationFrame(tick);
  };
  handle = frames.requestAnimationFrame(tick);
  return () => {
    if (handle !== 0) frames.cancelAnimationFrame(handle);
    store.getState().setTourSpanPlaying(false);
  };
}

// Puts the app in a chapter's state: switches, compare, colours, cut-away, day, camera. Switches
// change only when they differ, so moving between chapters with the same settings recomputes nothing.

import { prefersReducedMotion } from '../../state/reduced-motion';
import type { LobuleStore } from '../../state/store';
import { TOUR_CHAPTERS, TOUR_CHAPTER_IDS } from './tour-chapters';
import { chapterEndDay } from './tour-player';

/** The pending "frame the tumour once the new run has it" of the previous chapter, if any. */
let cancelPendingCamera: (() => void) | null = null;

export function applyTourChapter(store: LobuleStore, index: number, options: { autoplay?: boolean } = {}): void {
  const at = Math.min(TOUR_CHAPTERS.length - 1, Math.max(0, Math.trunc(Number.isFinite(index) ? index : 0)));
  const chapter = TOUR_CHAPTERS[at];
  const s = store.getState();
  s.pause();
  const { settings } = s;
  const clearance = chapter.clearance !== false;
  const [start, end] = chapter.clearance || settings.clearanceWindowDays;
  if (settings.clearance !== clearance || settings.clearanceWindowDays[0] !== start || settings.clearanceWindowDays[1] !== end) {
    s.setClearance(clearance, [start, end]);
  }
  const tumour = chapter.tumour !== false;
  const seedDay = chapter.tumour === false ? settings.tumourSeedDay : chapter.tumour;
  if (settings.tumour !== tumour || settings.tumourSeedDay !== seedDay) s.setTumour(tumour, seedDay);
  s.setCompare(chapter.compare);
  s.setColourMode(chapter.colourMode);
  s.setCutaway(chapter.cutaway);
  // Under reduced motion the chapter opens on its end state and stays there (tour-player.ts says why).
  s.setDay(prefersReducedMotion(s) ? chapterEndDay(chapter) : chapter.day);
  // Entering the chapter first, so the camera knows the tour is on (and glides).
  s.enterTourChapter(at, chapter.highlights, options.autoplay);
  s.showCameraPreset(chapter.camera);

  // The tumour view depends on where the tumour grows, which only the new run knows: frame it
  // again when that run arrives (unless the tour has moved on by then).
  cancelPendingCamera?.();
  cancelPendingCamera = null;
  const running = store.getState().run?.settings;
  const runMatches = !!running && running.tumour === tumour && (!tumour || running.tumourSeedDay === seedDay);
  if (chapter.camera === 'tumour' && !runMatches) {
    const entry = store.getState().tourEntry;
    const unsubscribe = store.subscribe((next, previous) => {
      if (next.run === previous.run || !next.run) return;
      if (next.run.settings.tumour !== tumour || next.run.settings.tumourSeedDay !== seedDay) return;
      cancelPendingCamera?.();
      if (next.tourOpen && next.tourEntry === entry) next.showCameraPreset(chapter.camera);
    });
    cancelPendingCamera = () => {
      unsubscribe();
      cancelPendingCamera = null;
    };
  }
}

/** Index of the chapter with this id, or 0. */
export function chapterIndexOf(id: string): number {
  return Math.max(0, TOUR_CHAPTER_IDS.indexOf(id));
}

// The guided tour: whether it is open, which chapter, whether it advances by itself (the kiosk's
// attract loop), and the structures the chapter points at. The chapters themselves are data in
// ui/tour; applying one (day, switches, camera) is ui/tour/apply-chapter.

import type { StateCreator } from 'zustand';
import type { SceneLabelId } from './scene-labels';
import type { LobuleState } from './store';

export interface TourSlice {
  tourOpen: boolean;
  /** Index of the chapter shown (0-based). */
  tourChapter: number;
  /** Chapters follow one another by themselves, looping (unattended play). */
  tourAutoplay: boolean;
  /** Counts chapter entries, so entering the same chapter again restarts its played span. */
  tourEntry: number;
  /** Structures the current chapter names in the scene (empty outside the tour). */
  highlights: SceneLabelId[];
  /**
   * The open chapter is moving the day through its span (ui/tour/tour-driver). The Play button then
   * says Pause: time is moving. Set false (Pause, the space bar) and the driver leaves the day be.
   */
  tourSpanPlaying: boolean;
  setTourSpanPlaying: (playing: boolean) => void;
  /** Opens (or moves) the tour at a chapter; does not apply its settings (see ui/tour/apply-chapter). */
  enterTourChapter: (chapter: number, highlights: SceneLabelId[], autoplay?: boolean) => void;
  closeTour: () => void;
}

/** What `resetAll` restores: the tour closed. */
export const TOUR_DEFAULTS = { tourOpen: false, tourChapter: 0, tourAutoplay: false, highlights: [] as SceneLabelId[], tourSpanPlaying: false };

export const createTourSlice: StateCreator<LobuleState, [], [], TourSlice> = (set) => ({
  ...TOUR_DEFAULTS,
  tourEntry: 0,
  enterTourChapter: (tourChapter, highlights, autoplay) => set((s) => ({
    tourOpen: true,
    tourChapter,
    highlights,
    tourAutoplay: autoplay ?? s.tourAutoplay,
    tourEntry: s.tourEntry + 1,
  })),
  setTourSpanPlaying: (tourSpanPlaying) => set({ tourSpanPlaying }),
  closeTour: () => set({ tourOpen: false, tourAutoplay: false, highlights: [], tourSpanPlaying: false }),
});

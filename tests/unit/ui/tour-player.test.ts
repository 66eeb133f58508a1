// The tour played by time alone: the chapters follow one another, each holds, plays its span and
// holds again, and the whole loops, so the kiosk's attract loop is a function of the clock.

import { describe, expect, it } from 'vitest';
import { createLobuleStore } from '../../../src/state/store';
import { applyTourChapter, chapterIndexOf } from '../../../src/ui/tour/apply-chapter';
import { driveChapter } from '../../../src/ui/tour/tour-driver';
import { TOUR_CHAPTERS, type TourChapter } from '../../../src/ui/tour/tour-chapters';
import { HOLD_AFTER, HOLD_BEFORE, chapterDayAt, chapterEndDay, chapterStartSeconds, tourDurationSeconds, tourStateAt } from '../../../src/ui/tour/tour-player';
import { en } from '../../../src/i18n/en';
import { sampleAtDay } from '../../../src/sim/sample-at-day';
import { withDefaults } from '../../../src/sim/settings';
import { simulate } from '../../../src/sim/simulate';

const chapters: TourChapter[] = [
  { ...TOUR_CHAPTERS[0], id: 'a', day: -2, untilDay: 0, seconds: 10 },
  { ...TOUR_CHAPTERS[0], id: 'b', day: 5, untilDay: undefined, seconds: 4 },
  { ...TOUR_CHAPTERS[0], id: 'c', day: 10, untilDay: 20, seconds: 20 },
];

describe('the tour player', () => {
  it('starts on the first chapter at its first day', () => {
    expect(tourStateAt(chapters, 0)).toEqual({ chapter: 0, secondsIntoChapter: 0, day: -2, pass: 0 });
  });

  it('holds the first day while the camera glides in, plays the span steadily, then holds the last day', () => {
    const c = chapters[2];
    expect(chapterDayAt(c, c.seconds * HOLD_BEFORE * 0.5)).toBe(10);
    expect(chapterDayAt(c, c.seconds * (HOLD_BEFORE + (1 - HOLD_BEFORE - HOLD_AFTER) / 2))).toBeCloseTo(15);
    expect(chapterDayAt(c, c.seconds * (1 - HOLD_AFTER / 2))).toBe(20);
    expect(chapterDayAt(chapters[1], 3)).toBe(5);
  });

  it('moves to the next chapter when one has had its time, and says which second of it this is', () => {
    const m = tourStateAt(chapters, 12);
    expect(m.chapter).toBe(1);
    expect(m.secondsIntoChapter).toBeCloseTo(2);
    expect(m.day).toBe(5);
    expect(tourStateAt(chapters, 14).chapter).toBe(2);
    expect(chapterStartSeconds(chapters, 2)).toBe(14);
  });

  it('loops after the last chapter and counts the passes', () => {
    const total = tourDurationSeconds(chapters);
    expect(total).toBe(34);
    const m = tourStateAt(chapters, total * 2 + 1);
    expect(m.pass).toBe(2);
    expect(m.chapter).toBe(0);
    expect(m.secondsIntoChapter).toBeCloseTo(1);
  });

  it('treats nonsense times as the start', () => {
    expect(tourStateAt(chapters, Number.NaN).chapter).toBe(0);
    expect(tourStateAt(chapters, -5).day).toBe(-2);
  });

  it('always shows a day on the timeline, in every chapter of the real tour', () => {
    const total = tourDurationSeconds(TOUR_CHAPTERS);
    for (let t = 0; t < total; t += 0.5) {
      const { day } = tourStateAt(TOUR_CHAPTERS, t);
      expect(day).toBeGreaterThanOrEqual(-3);
      expect(day).toBeLessThanOrEqual(28);
    }
  });
});

describe('the tour chapters', () => {
  it('tell the story in seven to nine chapters, each with a title and a two-sentence caption', () => {
    expect(TOUR_CHAPTERS.length).toBeGreaterThanOrEqual(7);
    expect(TOUR_CHAPTERS.length).toBeLessThanOrEqual(9);
    expect(new Set(TOUR_CHAPTERS.map((c) => c.id)).size).toBe(TOUR_CHAPTERS.length);
    for (const c of TOUR_CHAPTERS) {
      expect(en[c.title].length).toBeGreaterThan(5);
      expect(en[c.caption].split(/[.!?](\s|$)/).filter((s) => s && s.trim().length > 0).length).toBe(2);
    }
  });

  it('applying a chapter sets its day, switches, compare, camera and colours', () => {
    const store = createLobuleStore({ playing: true });
    applyTourChapter(store, chapterIndexOf('tumour-at-weaning'));
    const s = store.getState();
    expect(s.playing).toBe(false);
    expect(s.tourOpen).toBe(true);
    expect(s.day).toBe(3);
    expect(s.settings.tumour).toBe(true);
    expect(s.settings.tumourSeedDay).toBe(0);
    expect(s.compare).toBe(true);
    expect(s.cameraPreset).toBe('tumour');
    expect(s.highlights).toContain('tumour');
    applyTourChapter(store, chapterIndexOf('lactation'));
    expect(store.getState().settings.tumour).toBe(false);
    expect(store.getState().compare).toBe(false);
    expect(store.getState().day).toBe(-2);
  });

  it('leaves the settings object alone when the next chapter has the same switches (no new run)', () => {
    const store = createLobuleStore();
    applyTourChapter(store, 0);
    const settings = store.getState().settings;
    applyTourChapter(store, 1);
    expect(store.getState().settings).toBe(settings);
  });
});

/** Animation frames run by hand: `advance(ms)` runs the pending frame (if any) that much later. */
function manualFrames() {
  let pending: FrameRequestCallback | null = null;
  let now = 0;
  return {
    requestAnimationFrame: (callback: FrameRequestCallback): number => { pending = callback; return 1; },
    cancelAnimationFrame: (): void => { pending = null; },
    get waiting(): boolean { return pending !== null; },
    advance(ms: number): void {
      now += ms;
      const callback = pending;
      pending = null;
      callback?.(now);
    },
  };
}

describe('the tour under reduced motion', () => {
  const weaning = chapterIndexOf('weaning');
  const chapter = TOUR_CHAPTERS[weaning];

  it('plays a chapter\'s span when motion is welcome (the baseline the next tests change)', () => {
    const store = createLobuleStore({ reducedMotion: false });
    applyTourChapter(store, weaning);
    expect(store.getState().day).toBe(chapter.day);
    const frames = manualFrames();
    driveChapter(store, frames);
    for (let i = 0; i < 60; i++) frames.advance(200);
    expect(store.getState().day).toBeGreaterThan(chapter.day);
    expect(store.getState().day).toBeLessThan(chapterEndDay(chapter));
  });

  it('Next opens the chapter on its end state and nothing moves afterwards', () => {
    const store = createLobuleStore({ reducedMotion: true });
    applyTourChapter(store, weaning - 1);
    applyTourChapter(store, weaning, { autoplay: false });
    expect(store.getState().day).toBe(chapterEndDay(chapter));
    expect(chapterEndDay(chapter)).toBe(chapter.untilDay);
    const frames = manualFrames();
    driveChapter(store, frames);
    const days: number[] = [];
    for (let i = 0; i < 100 && frames.waiting; i++) {
      frames.advance(200);
      days.push(store.getState().day);
    }
    expect(new Set(days)).toEqual(new Set([chapter.untilDay]));
    // The driver has nothing left to do: it asks for no more frames.
    expect(frames.waiting).toBe(false);
    expect(store.getState().playing).toBe(false);
  });

  it('switching reduced motion on while a span plays jumps to its end and stops there', () => {
    const store = createLobuleStore({ reducedMotion: false });
    applyTourChapter(store, weaning);
    const frames = manualFrames();
    driveChapter(store, frames);
    for (let i = 0; i < 40; i++) frames.advance(200);
    expect(store.getState().day).toBeLessThan(chapterEndDay(chapter));
    store.getState().setReducedMotion(true);
    frames.advance(16);
    expect(store.getState().day).toBe(chapterEndDay(chapter));
    expect(frames.waiting).toBe(false);
  });
});

describe('a chapter\'s span and the Play button', () => {
  const weaning = chapterIndexOf('weaning');
  const chapter = TOUR_CHAPTERS[weaning];
  /** Opens the weaning chapter (a played span) in `store` and drives it for `frames` frames of 200 ms, or until it stops asking. */
  const driveWeaning = (store: ReturnType<typeof createLobuleStore>, count: number) => {
    applyTourChapter(store, weaning);
    const frames = manualFrames();
    const stop = driveChapter(store, frames);
    for (let i = 0; i < count && frames.waiting; i++) frames.advance(200);
    return { frames, stop };
  };

  it('counts as playing while the span moves the day; Pause (or the space bar) holds the day there, and Play plays on from it', () => {
    const store = createLobuleStore({ reducedMotion: false });
    const { frames } = driveWeaning(store, 30);
    expect(store.getState().tourSpanPlaying).toBe(true);
    expect(store.getState().day).toBeGreaterThan(chapter.day);
    store.getState().togglePlaying();
    expect(store.getState().playing).toBe(false);
    const held = store.getState().day;
    for (let i = 0; i < 30; i++) frames.advance(200);
    expect(store.getState().day).toBe(held);
    expect(store.getState().tourSpanPlaying).toBe(false);
    expect(frames.waiting).toBe(false);
    // Play now is the ordinary clock, from the held day.
    store.getState().togglePlaying();
    expect(store.getState().playing).toBe(true);
    store.getState().pause();
  });

  it('stops counting as playing when the span reaches its last day, and when the tour closes', () => {
    const store = createLobuleStore({ reducedMotion: false });
    const { stop } = driveWeaning(store, 200);
    expect(store.getState().day).toBe(chapterEndDay(chapter));
    expect(store.getState().tourSpanPlaying).toBe(false);
    const { stop: stopAgain } = driveWeaning(store, 30);
    expect(store.getState().tourSpanPlaying).toBe(true);
    stopAgain();
    stop();
    expect(store.getState().tourSpanPlaying).toBe(false);
  });
});

describe('the tumour chapter', () => {
  it('ends on a day the paradox shows in the default lobule: a smaller tumour and far fewer cells in vessels with the senolytic', () => {
    const chapter = TOUR_CHAPTERS[chapterIndexOf('tumour-at-weaning')];
    const end = chapterEndDay(chapter);
    const at = (clearance: boolean) => sampleAtDay(simulate(withDefaults({ tumour: true, clearance }), { endDay: end + 1 }), end);
    const [untreated, senolytic] = [at(false), at(true)];
    // By day 14 the senolytic tumour had nearly caught up (276 against 328 cells): the picture no
    // longer showed the delay the caption speaks of.
    expect(senolytic.tumourCells).toBeLessThanOrEqual(0.75 * untreated.tumourCells);
    expect(senolytic.metastaticCells).toBeLessThanOrEqual(0.5 * untreated.metastaticCells);
  }, 60_000);
});

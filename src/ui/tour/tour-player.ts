// Playing the tour is a pure function of time: given the chapters and the seconds since the tour
// started, which chapter is on and which day it shows. The kiosk's attract loop and the tour's own
// driver both call it, so the same second always shows the same picture.

import type { TourChapter } from './tour-chapters';

/** Share of a chapter spent holding its first day (while the camera glides in) before playing. */
export const HOLD_BEFORE = 0.15;
/** Share of a chapter spent holding its last day (to read the caption over the result). */
export const HOLD_AFTER = 0.15;

export interface TourMoment {
  /** Index of the chapter on screen. */
  chapter: number;
  /** Seconds since that chapter started. */
  secondsIntoChapter: number;
  /** The day the chapter shows at this moment. */
  day: number;
  /** How many times the whole tour has played before this moment (0 on the first pass). */
  pass: number;
}

/** Seconds the whole tour lasts when it plays by itself. */
export function tourDurationSeconds(chapters: readonly TourChapter[]): number {
  return chapters.reduce((sum, c) => sum + c.seconds, 0);
}

/** Day a chapter shows `seconds` after it opens: hold, play its span at a steady pace, hold. */
export function chapterDayAt(chapter: TourChapter, seconds: number): number {
  if (chapter.untilDay === undefined) return chapter.day;
  const playing = chapter.seconds * (1 - HOLD_BEFORE - HOLD_AFTER);
  const t = (seconds - chapter.seconds * HOLD_BEFORE) / playing;
  const progress = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  return chapter.day + (chapter.untilDay - chapter.day) * progress;
}

/**
 * Day a chapter rests on under reduced motion, where nothing plays by itself: its last day. The
 * captions describe what the span leads to (the alveoli collapsed, fat back, the tumour grown), so
 * the outcome teaches more than the first day would; Play on the timeline still runs the span for
 * anyone who wants to watch it, and Previous shows where it started.
 */
export function chapterEndDay(chapter: TourChapter): number {
  return chapter.untilDay ?? chapter.day;
}

/** Seconds from the start of the tour to the start of chapter `index`. */
export function chapterStartSeconds(chapters: readonly TourChapter[], index: number): number {
  let sum = 0;
  for (let i = 0; i < index && i < chapters.length; i++) sum += chapters[i].seconds;
  return sum;
}

/**
 * The moment of the tour `elapsedSeconds` after it started. It loops: after the last chapter the
 * first starts again. Negative or non-finite times count as the start.
 */
export function tourStateAt(chapters: readonly TourChapter[], elapsedSeconds: number): TourMoment {
  if (chapters.length === 0) throw new Error('a tour needs at least one chapter');
  const total = tourDurationSeconds(chapters);
  const elapsed = Number.isFinite(elapsedSeconds) && elapsedSeconds > 0 ? elapsedSeconds : 0;
  const pass = Math.floor(elapsed / total);
  let into = elapsed - pass * total;
  let chapter = 0;
  while (chapter < chapters.length - 1 && into >= chapters[chapter].seconds) {
    into -= chapters[chapter].seconds;
    chapter++;
  }
  return { chapter, secondsIntoChapter: into, day: chapterDayAt(chapters[chapter], into), pass };
}

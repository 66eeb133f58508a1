// Decides when to lower or raise the quality level from the gaps between drawn frames. Only
// continuous drawing counts (playing, turning): a paused page draws on demand and says nothing about
// speed. Pure logic, so it can be tested without a GPU.

import { QUALITY_LEVELS, type QualityLevel } from '../state/quality-slice';

/** Frames slower than this on the median of a window are "slow" (below ~22 frames a second). */
const SLOW_FRAME_MS = 45;
/** Frames faster than this leave headroom (above ~50 frames a second). */
const FAST_FRAME_MS = 20;
/** Gaps longer than this are pauses between bursts of drawing, not frame times. */
const CONTINUOUS_GAP_MS = 250;
/** Frames per decision window; two slow windows in a row lower, four fast ones raise. */
const WINDOW = 30;
const SLOW_WINDOWS_TO_LOWER = 2;
const FAST_WINDOWS_TO_RAISE = 4;

export interface QualityGovernor {
  /** A frame was drawn at `now` (ms); returns the level to use from now on. */
  frame(now: number, current: QualityLevel): QualityLevel;
}

export function createQualityGovernor(): QualityGovernor {
  const gaps = new Float64Array(WINDOW);
  const sorted = new Float64Array(WINDOW);
  let filled = 0;
  let last = -1;
  let slowWindows = 0;
  let fastWindows = 0;
  return {
    frame(now, current) {
      const gap = last < 0 ? Infinity : now - last;
      last = now;
      if (gap > CONTINUOUS_GAP_MS) return current;
      gaps[filled++] = gap;
      if (filled < WINDOW) return current;
      filled = 0;
      sorted.set(gaps);
      sorted.sort();
      const median = sorted[WINDOW >> 1];
      const index = QUALITY_LEVELS.indexOf(current);
      if (median > SLOW_FRAME_MS) {
        fastWindows = 0;
        if (++slowWindows >= SLOW_WINDOWS_TO_LOWER && index > 0) {
          slowWindows = 0;
          return QUALITY_LEVELS[index - 1];
        }
      } else if (median < FAST_FRAME_MS) {
        slowWindows = 0;
        if (++fastWindows >= FAST_WINDOWS_TO_RAISE && index < QUALITY_LEVELS.length - 1) {
          fastWindows = 0;
          return QUALITY_LEVELS[index + 1];
        }
      } else {
        slowWindows = 0;
        fastWindows = 0;
      }
      return current;
    },
  };
}

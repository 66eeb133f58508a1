// Playback: the day on the clock and how it moves. `day` changes every frame while playing, so
// components never select it raw: they read it transiently, listen with `subscribeDay`, or select a
// coarse `dayTick`.

import type { StateCreator } from 'zustand';
import { DAY_MAX, DAY_MIN } from '../sim/settings';
import { announceLightDayMove, announceLightTickMove } from './day-listeners';
import type { LobuleState } from './store';

export const SPEED_DAYS_PER_SECOND = [0.25, 0.5, 1, 2, 4] as const;
export const DEFAULT_SPEED_DAYS_PER_SECOND = 1;
/** How far one press of step forward/back moves the clock. */
export const STEP_DAYS = 0.25;

export interface PlaybackSlice {
  day: number;
  /** The day rounded to a quarter within its whole day (`tickOf`): what slow readouts (labels, cards) subscribe to. */
  dayTick: number;
  playing: boolean;
  speedDaysPerSecond: number;
  loop: boolean;
  setDay: (day: number) => void;
  play: () => void;
  pause: () => void;
  togglePlaying: () => void;
  stepDays: (deltaDays: number) => void;
  setSpeed: (daysPerSecond: number) => void;
  setLoop: (loop: boolean) => void;
}

export const clampDay = (day: number): number => Math.min(DAY_MAX, Math.max(DAY_MIN, Number.isFinite(day) ? day : 0));
/**
 * The nearest quarter day inside the same whole day: never rounded up into the next day, where a new
 * phase may begin (day −0.1 is −0.25, still lactation, not 0, weaning; 1.9 is 1.75).
 */
export const tickOf = (day: number): number => Math.min(Math.round(day * 4) / 4, Math.floor(day) + 0.75) + 0;

/** What `resetAll` restores: lactation, paused, normal speed, looping. */
export const PLAYBACK_DEFAULTS = {
  day: DAY_MIN,
  dayTick: DAY_MIN,
  playing: false,
  speedDaysPerSecond: DEFAULT_SPEED_DAYS_PER_SECOND,
  loop: true,
};

export const createPlaybackSlice: StateCreator<LobuleState, [], [], PlaybackSlice> = (set, get, api) => ({
  ...PLAYBACK_DEFAULTS,
  setDay: (day) => {
    const clamped = clampDay(day);
    const state = get();
    // A light move while playing: a store update every frame would copy the state and run every
    // subscriber and selector for a change only a few of them follow. The day changes in place (so
    // `getState().day` is always the clock's), and `subscribeDay`'s listeners hear it. A new quarter
    // day changes `dayTick` in place too, and its listeners (`useLobule`'s selectors among them)
    // hear that; a new whole day, and so a new phase, always brings a new quarter day. A copy of the
    // state at each quarter day, then at each whole day, of play was most of the app's garbage.
    // Pausing is a store update, and so is every move while paused (scrubbing, stepping, a URL's
    // day), so whatever compares states sees the day where the clock stops.
    if (state.playing) {
      if (clamped === state.day) return;
      const tick = tickOf(clamped);
      const tickMoved = tick !== state.dayTick;
      state.day = clamped;
      state.dayTick = tick;
      announceLightDayMove(api, clamped);
      if (tickMoved) announceLightTickMove(api);
      return;
    }
    set({ day: clamped, dayTick: tickOf(clamped) });
  },
  play: () => {
    // Pressing play at the end starts again from the beginning.
    if (get().day >= DAY_MAX) get().setDay(DAY_MIN);
    set({ playing: true });
  },
  pause: () => set({ playing: false }),
  // While a tour chapter moves the day, the button says Pause, and pausing holds the chapter's day.
  togglePlaying: () => {
    const s = get();
    if (s.playing) s.pause();
    else if (s.tourSpanPlaying) s.setTourSpanPlaying(false);
    else s.play();
  },
  stepDays: (deltaDays) => {
    set({ playing: false });
    get().setDay(get().day + deltaDays);
  },
  setSpeed: (daysPerSecond) => set({ speedDaysPerSecond: daysPerSecond }),
  setLoop: (loop) => set({ loop }),
});

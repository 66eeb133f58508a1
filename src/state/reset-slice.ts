// One action that puts everything a person can change back to its default: the switches, the
// clock, playback and the view (camera home). Kiosk idle reset, the embed API and the tour call it;
// each slice with user-facing state adds its defaults here.

import type { StateCreator } from 'zustand';
import { PLAYBACK_DEFAULTS } from './playback-slice';
import { defaultSettings } from './settings-slice';
import type { LobuleState } from './store';
import { PRESENTER_DEFAULTS } from './presenter-slice';
import { SELECTION_DEFAULTS } from './selection-slice';
import { TOUR_DEFAULTS } from './tour-slice';
import { VIEW_DEFAULTS } from './view-slice';

export interface ResetSlice {
  /** Counts resets: what shows the app from its start again (the side panel's scroll) follows it. */
  resets: number;
  resetAll: () => void;
}

export const createResetSlice: StateCreator<LobuleState, [], [], ResetSlice> = (set) => ({
  resets: 0,
  resetAll: () => set((s) => ({
    resets: s.resets + 1,
    ...PLAYBACK_DEFAULTS,
    settings: defaultSettings(),
    ...VIEW_DEFAULTS,
    ...TOUR_DEFAULTS,
    ...SELECTION_DEFAULTS,
    ...PRESENTER_DEFAULTS,
    // Ask for the home camera again, even if the overview was the last preset asked for.
    cameraRequest: s.cameraRequest + 1,
  })),
});

// How the lobule is shown: colour mode, cut-away, camera preset requests, panels.

import type { StateCreator } from 'zustand';
import type { LobuleState } from './store';

export const COLOUR_MODES = ['cells', 'he', 'sabgal'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

export const CAMERA_PRESETS = ['overview', 'alveolus', 'stroma', 'tumour'] as const;
export type CameraPreset = (typeof CAMERA_PRESETS)[number];

export interface ViewSlice {
  colourMode: ColourMode;
  cutaway: boolean;
  /** The preset last asked for, and a counter so asking again for the same one re-applies it. */
  cameraPreset: CameraPreset;
  cameraRequest: number;
  legendOpen: boolean;
  /** The controls panel; always shown on wide screens, a drawer on small ones. */
  panelOpen: boolean;
  profiler: boolean;
  /** Smooth edges; off for software rendering in tests and for very weak GPUs (`?aa=0`). */
  antialias: boolean;
  setColourMode: (mode: ColourMode) => void;
  cycleColourMode: () => void;
  setCutaway: (on: boolean) => void;
  showCameraPreset: (preset: CameraPreset) => void;
  setLegendOpen: (open: boolean) => void;
  setPanelOpen: (open: boolean) => void;
}

export const createViewSlice: StateCreator<LobuleState, [], [], ViewSlice> = (set, get) => ({
  colourMode: 'cells',
  cutaway: false,
  cameraPreset: 'overview',
  cameraRequest: 0,
  legendOpen: true,
  panelOpen: false,
  profiler: false,
  antialias: true,
  setColourMode: (colourMode) => set({ colourMode }),
  cycleColourMode: () => {
    const index = COLOUR_MODES.indexOf(get().colourMode);
    set({ colourMode: COLOUR_MODES[(index + 1) % COLOUR_MODES.length] });
  },
  setCutaway: (cutaway) => set({ cutaway }),
  // Close-ups (inside an alveolus, the stroma, a tumour buried in fat) need what is in front cut
  // away; the overview is the home view, whole.
  showCameraPreset: (cameraPreset) => set((s) => ({
    cameraPreset,
    cameraRequest: s.cameraRequest + 1,
    cutaway: cameraPreset !== 'overview',
  })),
  setLegendOpen: (legendOpen) => set({ legendOpen }),
  setPanelOpen: (panelOpen) => set({ panelOpen }),
});

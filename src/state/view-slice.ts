// How the lobule is shown: colour mode, cut-away, camera preset requests, panels, compare.

import type { StateCreator } from 'zustand';
import type { LobuleState } from './store';

export const COLOUR_MODES = ['cells', 'he', 'sabgal'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

/** Side by side on a landscape canvas, one above the other on a portrait one. */
export type CompareArrangement = 'side-by-side' | 'stacked';
/** Side by side, a scorecard stands under its lobule or beside it (framing/scorecard-placement.ts). */
export type ScorecardsPlacement = 'below' | 'beside';

export const CAMERA_PRESETS = ['overview', 'alveolus', 'stroma', 'tumour'] as const;
export type CameraPreset = (typeof CAMERA_PRESETS)[number];

/**
 * CSS px of the canvas covered by the controls over it: the title card's bottom (`top`) and right
 * (`titleRight`) edges, and the timeline's height (`bottom`).
 */
export interface PictureInsets {
  top: number;
  bottom: number;
  titleRight: number;
  /** CSS px along the right edge kept clear (the compare view's scorecards when they stand beside the lobules). */
  right?: number;
  /** CSS px along the left edge kept clear (side by side, a margin off the canvas's edge and the line between the lobules). */
  left?: number;
}

export const NO_INSETS: PictureInsets = { top: 0, bottom: 0, titleRight: 0 };

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
  /** Untreated and senolytic lobules side by side on one clock (`?compare=1`). */
  compare: boolean;
  /** How the compare view's two lobules share the canvas, as the scene last drew them. */
  compareArrangement: CompareArrangement;
  /** CSS px of the canvas hidden under the title card (its bottom and right edges) and the timeline: layout, not a choice. */
  pictureInsets: PictureInsets;
  /**
   * Side by side, where the compare view's scorecards stand in each lobule's part: under the lobule
   * (a wide, short card) or beside it, on the part's right (a narrow, tall one). Set by the scene
   * from the part's shape (framing/scorecard-placement.ts).
   */
  scorecardsPlacement: ScorecardsPlacement;
  /**
   * CSS px the side-by-side scorecards take from their part: their height above the timeline when
   * under the lobules, their width from the part's right edge when beside them (0 when stacked or
   * not comparing). Layout, measured by the overlay; the lobules are framed clear of it.
   */
  scorecardsExtent: number;
  setColourMode: (mode: ColourMode) => void;
  cycleColourMode: () => void;
  setCutaway: (on: boolean) => void;
  showCameraPreset: (preset: CameraPreset) => void;
  setLegendOpen: (open: boolean) => void;
  setPanelOpen: (open: boolean) => void;
  setCompare: (on: boolean) => void;
  setCompareArrangement: (arrangement: CompareArrangement) => void;
  setPictureInsets: (top: number, bottom: number, titleRight: number) => void;
  setScorecardsPlacement: (placement: ScorecardsPlacement) => void;
  setScorecardsExtent: (px: number) => void;
}

/** What `resetAll` restores. The cut-away is on: the inside of the lobule is the teaching view. */
export const VIEW_DEFAULTS = {
  colourMode: 'cells' as ColourMode,
  cutaway: true,
  cameraPreset: 'overview' as CameraPreset,
  legendOpen: true,
  panelOpen: false,
  compare: false,
};

export const createViewSlice: StateCreator<LobuleState, [], [], ViewSlice> = (set, get) => ({
  ...VIEW_DEFAULTS,
  cameraRequest: 0,
  profiler: false,
  antialias: true,
  compareArrangement: 'side-by-side',
  pictureInsets: NO_INSETS,
  scorecardsPlacement: 'below',
  scorecardsExtent: 0,
  setColourMode: (colourMode) => set({ colourMode }),
  cycleColourMode: () => {
    const index = COLOUR_MODES.indexOf(get().colourMode);
    set({ colourMode: COLOUR_MODES[(index + 1) % COLOUR_MODES.length] });
  },
  setCutaway: (cutaway) => set({ cutaway }),
  // A preset moves the camera and nothing else: the cut-away stays as the user set it.
  showCameraPreset: (cameraPreset) => set((s) => ({ cameraPreset, cameraRequest: s.cameraRequest + 1 })),
  setLegendOpen: (legendOpen) => set({ legendOpen }),
  setPanelOpen: (panelOpen) => set({ panelOpen }),
  setCompare: (compare) => set({ compare }),
  setCompareArrangement: (compareArrangement) => {
    if (get().compareArrangement !== compareArrangement) set({ compareArrangement });
  },
  // Set on resize only (never per frame); unchanged sizes leave the store alone.
  setPictureInsets: (top, bottom, titleRight) => {
    const now = get().pictureInsets;
    if (now.top !== top || now.bottom !== bottom || now.titleRight !== titleRight) set({ pictureInsets: { top, bottom, titleRight } });
  },
  setScorecardsPlacement: (scorecardsPlacement) => {
    if (get().scorecardsPlacement !== scorecardsPlacement) set({ scorecardsPlacement });
  },
  setScorecardsExtent: (scorecardsExtent) => {
    if (get().scorecardsExtent !== scorecardsExtent) set({ scorecardsExtent });
  },
});

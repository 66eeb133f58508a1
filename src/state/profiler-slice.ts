// Figures for the `?profiler=1` overlay, published by the scene a few times a second at most.

import type { StateCreator } from 'zustand';
import type { LobuleState } from './store';

export interface FrameFigures {
  frameMs: number;
  jsMs: number;
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  /** Shader programs the renderer holds (compiled once; flat while playing). */
  programs: number;
  /** Frames drawn since the page opened. */
  frames: number;
}

export interface ProfilerSlice {
  frameFigures: FrameFigures;
  publishFrameFigures: (figures: FrameFigures) => void;
}

export const createProfilerSlice: StateCreator<LobuleState, [], [], ProfilerSlice> = (set) => ({
  frameFigures: { frameMs: 0, jsMs: 0, calls: 0, triangles: 0, geometries: 0, textures: 0, programs: 0, frames: 0 },
  publishFrameFigures: (frameFigures) => set({ frameFigures }),
});

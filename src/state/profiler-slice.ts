// Figures for the `?profiler=1` overlay, published by the scene a few times a second at most. They
// are not store state: publishing them must not copy the store and wake every subscriber (and React)
// four times a second while playing. The slice holds a channel whose identity never changes; the
// overlay listens to it and writes its text straight into the DOM.

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

export interface FrameFiguresChannel {
  /** The latest figures (one object, updated in place). */
  readonly figures: FrameFigures;
  /** Copies `figures` in (unless they are the channel's own, written in place) and tells the listeners. */
  publish: (figures: FrameFigures) => void;
  /** Calls `listener` after each publish; returns the unsubscribe. */
  subscribe: (listener: (figures: FrameFigures) => void) => () => void;
}

export interface ProfilerSlice {
  frameFigures: FrameFiguresChannel;
}

export function createFrameFiguresChannel(): FrameFiguresChannel {
  const figures: FrameFigures = { frameMs: 0, jsMs: 0, calls: 0, triangles: 0, geometries: 0, textures: 0, programs: 0, frames: 0 };
  const listeners = new Set<(figures: FrameFigures) => void>();
  const tell = (listener: (figures: FrameFigures) => void): void => listener(figures);
  return {
    figures,
    publish: (next) => {
      if (next !== figures) Object.assign(figures, next);
      listeners.forEach(tell);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const createProfilerSlice: StateCreator<LobuleState, [], [], ProfilerSlice> = () => ({
  frameFigures: createFrameFiguresChannel(),
});

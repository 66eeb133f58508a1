// How much the 3D view may cost: `high` (sharp, up to 2 device pixels per CSS pixel), `medium` (one)
// and `low` (fewer pixels; scene code may also drop detail). Lowered when frames stay slow, raised
// when there is headroom (scene/QualityGovernor); `?profiler=1` shows it.

import type { StateCreator } from 'zustand';
import type { LobuleState } from './store';

export const QUALITY_LEVELS = ['low', 'medium', 'high'] as const;
export type QualityLevel = (typeof QUALITY_LEVELS)[number];

/** Largest pixel ratio each level draws at (the device's own ratio is the other limit). */
export const QUALITY_PIXEL_RATIO: Record<QualityLevel, number> = { low: 0.75, medium: 1, high: 2 };

export interface QualitySlice {
  quality: QualityLevel;
  setQuality: (quality: QualityLevel) => void;
}

export const createQualitySlice: StateCreator<LobuleState, [], [], QualitySlice> = (set) => ({
  quality: 'high',
  setQuality: (quality) => set({ quality }),
});

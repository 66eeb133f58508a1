// The simulation's settings as people change them: the seed and the two switches. Any change
// here asks for a new run (see app/run-controller).

import type { StateCreator } from 'zustand';
import { DEFAULT_SETTINGS, type SimulationSettings } from '../sim/settings';
import type { LobuleState } from './store';

export interface SettingsSlice {
  settings: SimulationSettings;
  setSeed: (seed: number) => void;
  setClearance: (on: boolean, windowDays?: [number, number]) => void;
  setTumour: (on: boolean, seedDay?: number) => void;
}

/** A fresh copy of the default settings (what `resetAll` restores). */
export const defaultSettings = (): SimulationSettings => ({ ...DEFAULT_SETTINGS, clearanceWindowDays: [...DEFAULT_SETTINGS.clearanceWindowDays] });

export const createSettingsSlice: StateCreator<LobuleState, [], [], SettingsSlice> = (set) => ({
  settings: defaultSettings(),
  setSeed: (seed) => set((s) => ({ settings: { ...s.settings, seed } })),
  setClearance: (on, windowDays) =>
    set((s) => ({ settings: { ...s.settings, clearance: on, clearanceWindowDays: windowDays ?? s.settings.clearanceWindowDays } })),
  setTumour: (on, seedDay) =>
    set((s) => ({ settings: { ...s.settings, tumour: on, tumourSeedDay: seedDay ?? s.settings.tumourSeedDay } })),
});

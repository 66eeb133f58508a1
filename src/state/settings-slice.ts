// The simulation's settings as people change them: the seed and the two switches. Any change
// here asks for a new run (see app/run-controller).

import type { StateCreator } from 'zustand';
import { normaliseKnockouts, withDefaults, type Knockout, type SimulationSettings } from '../sim/settings';
import type { LobuleState } from './store';

export interface SettingsSlice {
  settings: SimulationSettings;
  setSeed: (seed: number) => void;
  setClearance: (on: boolean, windowDays?: [number, number]) => void;
  setTumour: (on: boolean, seedDay?: number) => void;
  /** The knock-out experiments in force (any order; stored in canonical order). */
  setKnockouts: (knockouts: readonly Knockout[]) => void;
}

/** A fresh copy of the default settings (what `resetAll` restores). */
export const defaultSettings = (): SimulationSettings => withDefaults({});

export const createSettingsSlice: StateCreator<LobuleState, [], [], SettingsSlice> = (set) => ({
  settings: defaultSettings(),
  setSeed: (seed) => set((s) => ({ settings: { ...s.settings, seed } })),
  setClearance: (on, windowDays) =>
    set((s) => ({ settings: { ...s.settings, clearance: on, clearanceWindowDays: windowDays ?? s.settings.clearanceWindowDays } })),
  setTumour: (on, seedDay) =>
    set((s) => ({ settings: { ...s.settings, tumour: on, tumourSeedDay: seedDay ?? s.settings.tumourSeedDay } })),
  setKnockouts: (knockouts) => set((s) => ({ settings: { ...s.settings, knockouts: normaliseKnockouts(knockouts) } })),
});

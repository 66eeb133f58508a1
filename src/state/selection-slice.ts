// The cell someone tapped (an agent slot of the current run), and whether the camera follows it.

import type { StateCreator } from 'zustand';
import type { LobuleState } from './store';

export interface SelectionSlice {
  selectedSlot: number | null;
  followSelected: boolean;
  selectCell: (slot: number | null) => void;
  setFollowSelected: (on: boolean) => void;
}

/** What `resetAll` restores: nothing selected. */
export const SELECTION_DEFAULTS = { selectedSlot: null as number | null, followSelected: false };

export const createSelectionSlice: StateCreator<LobuleState, [], [], SelectionSlice> = (set) => ({
  ...SELECTION_DEFAULTS,
  // A new cell is not followed until asked; deselecting stops following.
  selectCell: (selectedSlot) => set((s) => ({ selectedSlot, followSelected: selectedSlot !== null && selectedSlot === s.selectedSlot && s.followSelected })),
  setFollowSelected: (followSelected) => set({ followSelected }),
});

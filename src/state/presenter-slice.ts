// What a presenter turns on and off: labels in the scene, the clean view (only the timeline
// stays), the keyboard-shortcuts dialog and the "About the science" panel (and where it opens).

import type { StateCreator } from 'zustand';
import type { LobuleState } from './store';

export interface PresenterSlice {
  labelsOn: boolean;
  cleanView: boolean;
  helpOpen: boolean;
  /** The About panel's open section (an anchor id), or null when closed. */
  aboutSection: string | null;
  setLabelsOn: (on: boolean) => void;
  setCleanView: (on: boolean) => void;
  setHelpOpen: (open: boolean) => void;
  openAbout: (section?: string) => void;
  closeAbout: () => void;
}

/** What `resetAll` restores. */
export const PRESENTER_DEFAULTS = { labelsOn: false, cleanView: false, helpOpen: false, aboutSection: null as string | null };

export const createPresenterSlice: StateCreator<LobuleState, [], [], PresenterSlice> = (set) => ({
  ...PRESENTER_DEFAULTS,
  setLabelsOn: (labelsOn) => set({ labelsOn }),
  setCleanView: (cleanView) => set({ cleanView }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  openAbout: (section = 'study') => set({ aboutSection: section }),
  closeAbout: () => set({ aboutSection: null }),
});

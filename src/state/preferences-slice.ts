// The person's preferences, which change how the app speaks and looks but never the simulation:
// the language, the theme and reduced motion.

import type { StateCreator } from 'zustand';
import { DEFAULT_LANGUAGE, LANGUAGE_CODES, type LanguageCode } from '../i18n/catalogues';
import { setActiveLanguage } from '../i18n/translate';
import type { LobuleState } from './store';

export const THEMES = ['default', 'projector', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

export interface PreferencesSlice {
  /** A code of src/i18n (see LANGUAGE_CODES); `translate` follows it. */
  lang: LanguageCode;
  /** `projector`: light, high contrast, large type, thick cell outlines; `high-contrast`: dark, maximum contrast. */
  theme: Theme;
  /** Nothing plays by itself, no camera glides or drift, no pulsing halos, instant transitions. */
  reducedMotion: boolean;
  setLang: (lang: LanguageCode) => void;
  setTheme: (theme: Theme) => void;
  setReducedMotion: (on: boolean) => void;
}

export const createPreferencesSlice: StateCreator<LobuleState, [], [], PreferencesSlice> = (set) => ({
  lang: DEFAULT_LANGUAGE,
  theme: 'default',
  reducedMotion: false,
  setLang: (lang) => {
    const known = LANGUAGE_CODES.includes(lang) ? lang : DEFAULT_LANGUAGE;
    // Before the state changes, so every listener (and every re-render) already reads the new language.
    setActiveLanguage(known);
    set({ lang: known });
  },
  setTheme: (theme) => set({ theme: THEMES.includes(theme) ? theme : 'default' }),
  setReducedMotion: (reducedMotion) => set({ reducedMotion }),
});

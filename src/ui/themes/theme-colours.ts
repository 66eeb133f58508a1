// The colours of the HUD in each theme, as data: the page applies them as CSS custom properties
// (app/document-preferences), and a unit test computes every text/background contrast from them.
// Sizes and outline widths of the themes live in ui/themes.css.

import { PROJECTOR_CELLS_BACKGROUND } from '../../palette/scene-background';
import type { Theme } from '../../state/preferences-slice';

export interface ThemeColours {
  /** Body text. */
  ink: string;
  /** Secondary text (hints, notes). */
  muted: string;
  /** Panels over the 3D view (may be translucent). */
  paper: string;
  /** Buttons, selects, inputs: opaque. */
  surface: string;
  /** Page behind everything. */
  page: string;
  line: string;
  accent: string;
  /** Text on an accent-filled button. */
  'accent-ink': string;
  /** The [INF] marks. */
  warn: string;
  'notice-bg': string;
  'notice-line': string;
  'phase-lactation': string;
  'phase-involution-1': string;
  'phase-involution-2': string;
  'phase-repopulation': string;
  'phase-resting': string;
  /** The keyboard focus ring. */
  focus: string;
}

export const THEME_COLOURS: Record<Theme, ThemeColours> = {
  default: {
    ink: '#1d1d1f', muted: '#55565b', paper: 'rgba(255, 255, 255, 0.92)', surface: '#ffffff', page: '#f5f2ec',
    line: '#c9c6bf', accent: '#0067a1', 'accent-ink': '#ffffff', warn: '#a84400',
    'notice-bg': '#fff7e6', 'notice-line': '#e6b35c',
    'phase-lactation': '#cfe8f7', 'phase-involution-1': '#e6dcf3', 'phase-involution-2': '#f7d9c4',
    'phase-repopulation': '#f6efb0', 'phase-resting': '#e3e3de', focus: '#0067a1',
  },
  // A washed-out projector flattens greys and pastels: black on white, darker accents, opaque panels.
  projector: {
    // The page is the cell types' 3D background (the app's backdrop follows the view in every mode
    // through `--scene`, app/document-preferences; this is the page before it is set, the boot screen).
    ink: '#000000', muted: '#2e2e33', paper: '#ffffff', surface: '#ffffff', page: PROJECTOR_CELLS_BACKGROUND,
    line: '#1d1d1f', accent: '#005a8c', 'accent-ink': '#ffffff', warn: '#8a3300',
    'notice-bg': '#fff3d6', 'notice-line': '#8a5a00',
    'phase-lactation': '#bfe0f5', 'phase-involution-1': '#ddd0f0', 'phase-involution-2': '#f5cdb0',
    'phase-repopulation': '#f2e68a', 'phase-resting': '#dcdcd5', focus: '#000000',
  },
  // Light on black with yellow accents; phases keep their hues, deep enough for white text.
  'high-contrast': {
    ink: '#ffffff', muted: '#e6e6e6', paper: '#000000', surface: '#000000', page: '#000000',
    line: '#ffffff', accent: '#ffd400', 'accent-ink': '#000000', warn: '#ffb547',
    'notice-bg': '#000000', 'notice-line': '#ffd400',
    'phase-lactation': '#00436b', 'phase-involution-1': '#47336e', 'phase-involution-2': '#6e3200',
    'phase-repopulation': '#594e00', 'phase-resting': '#3d3d3d', focus: '#ffd400',
  },
};

// The colour behind the lobule (and of the depth haze that fades far cells into it), by colour mode
// and theme: the 3D view follows the HUD's theme instead of keeping the default's cream.

import type { Theme } from '../state/preferences-slice';
import type { ColourMode } from '../state/view-slice';
import { structureColour } from './colour-modes';

/**
 * Projector, cell types: a light cool grey. Every cell colour stays at least 6 CIEDE2000 from it in
 * normal vision, each simulated dichromacy and the washed-out projector model (the floor for two
 * different cell types, docs/palette.md); the default's cream was 5.4 from collagen there, and
 * white is 3.9 from milk. The theme's dark outlines then carry each cell's edge.
 */
export const PROJECTOR_CELLS_BACKGROUND = '#C8CED6';
/** High contrast: black, like its panels; the darkest cell colour (dying cells, #505050) is 22.8 from it. */
export const HIGH_CONTRAST_BACKGROUND = '#000000';

export function sceneBackground(mode: ColourMode, theme: Theme): string {
  if (theme === 'high-contrast') return HIGH_CONTRAST_BACKGROUND;
  // The stains keep their glass-slide tint in the projector theme too: a grey would sit too close to
  // the SA-β-gal counterstain for a protanope (2–3), and white is the dissolved fat itself.
  if (theme === 'projector' && mode === 'cells') return PROJECTOR_CELLS_BACKGROUND;
  return structureColour(mode, 'background')!;
}

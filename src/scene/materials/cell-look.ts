// Sets the look every cell material shares for a colour mode, quality level and theme: the outline
// colour of the soft rim, whether nuclei show and in which stain colour, and the rim's strength.

import { structureColour } from '../../palette/colour-modes';
import type { Theme } from '../../state/preferences-slice';
import type { QualityLevel as Quality } from '../../state/quality-slice';
import type { ColourMode } from '../../state/view-slice';
import { CELL_LOOK } from './cell-material';

/** How strongly a cell's rim shades toward the outline colour (0–1) at high quality. */
const RIM_STRENGTH = 0.55;
/** Projector theme: a dark, thick outline, so cells stay apart on a washed-out screen read from afar. */
const PROJECTOR_RIM_STRENGTH = 0.95;
const PROJECTOR_RIM_FALLOFF = 1.4;
const SOFT_RIM_FALLOFF = 3;

export function applyCellLook(mode: ColourMode, quality: Quality, theme: Theme = 'default'): void {
  CELL_LOOK.outlineColour.value.set(structureColour(mode, 'outline')!);
  const nucleus = structureColour(mode, 'nucleus');
  if (nucleus) CELL_LOOK.nucleusColour.value.set(nucleus);
  CELL_LOOK.nucleusOn.value = nucleus ? 1 : 0;
  const projector = theme === 'projector';
  // The projector's outline is a legibility aid, so it stays on at low quality too.
  CELL_LOOK.rimStrength.value = projector ? PROJECTOR_RIM_STRENGTH : quality === 'low' ? 0 : RIM_STRENGTH;
  CELL_LOOK.rimFalloff.value = projector ? PROJECTOR_RIM_FALLOFF : SOFT_RIM_FALLOFF;
}

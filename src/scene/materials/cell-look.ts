// Sets the look every cell material shares for a colour mode and quality level: the outline
// colour of the soft rim, whether nuclei show and in which stain colour, and the rim's strength.

import { structureColour } from '../../palette/colour-modes';
import type { QualityLevel as Quality } from '../../state/quality-slice';
import type { ColourMode } from '../../state/view-slice';
import { CELL_LOOK } from './cell-material';

/** How strongly a cell's rim shades toward the outline colour (0–1) at high quality. */
const RIM_STRENGTH = 0.55;

export function applyCellLook(mode: ColourMode, quality: Quality): void {
  CELL_LOOK.outlineColour.value.set(structureColour(mode, 'outline')!);
  const nucleus = structureColour(mode, 'nucleus');
  if (nucleus) CELL_LOOK.nucleusColour.value.set(nucleus);
  CELL_LOOK.nucleusOn.value = nucleus ? 1 : 0;
  CELL_LOOK.rimStrength.value = quality === 'low' ? 0 : RIM_STRENGTH;
}

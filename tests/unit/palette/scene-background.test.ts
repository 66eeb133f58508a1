// The 3D view's background in each theme keeps every cell apart from it: the projector's grey at
// least as far from every cell colour as two different cell types must be from each other.

import { describe, expect, it } from 'vitest';
import { colourDistance, VISIONS } from '../../../src/palette/colour-vision';
import { ACROSS_FAMILIES } from '../../../src/palette/palette-floors';
import { CELL_TYPE_SWATCHES } from '../../../src/palette/palette-swatches';
import { structureColour } from '../../../src/palette/colour-modes';
import { sceneBackground } from '../../../src/palette/scene-background';

describe('the scene background', () => {
  it('is the light grey on a projector, at least the cross-type floor from every cell colour in every vision', () => {
    const background = sceneBackground('cells', 'projector');
    expect(background).not.toBe(structureColour('cells', 'background'));
    const close = CELL_TYPE_SWATCHES.flatMap((s) => VISIONS
      .map((v) => ({ cell: s.name, vision: v, distance: colourDistance(background, s.hex, v) }))
      .filter(({ distance }) => distance < ACROSS_FAMILIES.other));
    expect(close).toEqual([]);
  });

  it('is black in high contrast, in every colour mode, and the mode\'s own in the default theme', () => {
    for (const mode of ['cells', 'he', 'sabgal'] as const) {
      expect(sceneBackground(mode, 'high-contrast')).toBe('#000000');
      expect(sceneBackground(mode, 'default')).toBe(structureColour(mode, 'background'));
    }
  });
});

// The palette keeps every cell type distinguishable (CIEDE2000) in normal vision, in simulated
// deuteranopia, protanopia and tritanopia (Machado 2009) and on a washed-out projector.

import { describe, expect, it } from 'vitest';
import { CELL_TYPES, HE, SA_BETA_GAL, structureColour } from '../../../src/palette/colour-modes';
import { colourDistance, deltaE2000, rgbToLab, simulateVision, VISIONS } from '../../../src/palette/colour-vision';
import { ACROSS_FAMILIES, FAR_APART, floorFor, pairDistances, STAIN_AGAINST_REST } from '../../../src/palette/palette-floors';
import { CELL_TYPE_SWATCHES, HE_SWATCHES, SA_BETA_GAL_SWATCHES, type Swatch } from '../../../src/palette/palette-swatches';

describe('the colour science the checks rest on', () => {
  it('computes CIEDE2000 as Sharma, Wu and Dalal (2005) tabulate it', () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    expect(deltaE2000([60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387])).toBeCloseTo(1.2644, 4);
  });

  it('converts sRGB white to L* 100 and simulates the classic red–green confusion', () => {
    expect(rgbToLab([1, 1, 1])[0]).toBeCloseTo(100, 3);
    // Pure red and pure green are far apart in normal vision, close for a deuteranope.
    expect(colourDistance('#FF0000', '#00FF00')).toBeGreaterThan(60);
    expect(colourDistance('#CC3333', '#669933', 'deuteranopia')).toBeLessThan(colourDistance('#CC3333', '#669933') / 3);
    // Simulated vision keeps grey grey.
    const grey = simulateVision([0.5, 0.5, 0.5], 'tritanopia');
    expect(Math.abs(grey[0] - grey[2])).toBeLessThan(0.03);
  });
});

function expectAboveFloors(swatches: readonly Swatch[]): void {
  const failures: string[] = [];
  for (const pair of pairDistances(swatches)) {
    for (const vision of VISIONS) {
      const floor = floorFor(pair, vision);
      if (pair.distance[vision] < floor) failures.push(`${pair.a} / ${pair.b} in ${vision}: ${pair.distance[vision].toFixed(1)} < ${floor}`);
    }
  }
  expect(failures).toEqual([]);
}

describe('the palette', () => {
  it('tells every cell type apart in normal vision, each colour-blind vision and on a projector', () => {
    expectAboveFloors(CELL_TYPE_SWATCHES);
  });

  it('keeps macrophages and tumour cells far apart, and emptied fat away from milk', () => {
    for (const vision of VISIONS) {
      expect(colourDistance(CELL_TYPES.macrophage, CELL_TYPES.tumour, vision)).toBeGreaterThan(FAR_APART);
      expect(colourDistance(CELL_TYPES.macrophage, CELL_TYPES.tumourInvasive, vision)).toBeGreaterThan(FAR_APART);
      expect(colourDistance(CELL_TYPES.fatEmpty, CELL_TYPES.milk, vision)).toBeGreaterThan(FAR_APART);
      expect(colourDistance(CELL_TYPES.duct, CELL_TYPES.secreting, vision)).toBeGreaterThan(ACROSS_FAMILIES.other);
    }
  });

  it('keeps the H&E nuclei and the SA-β-gal stain standing out from everything else in their mode', () => {
    expectAboveFloors(HE_SWATCHES);
    expectAboveFloors(SA_BETA_GAL_SWATCHES);
    for (const vision of VISIONS) {
      for (const other of HE_SWATCHES.filter((s) => s.hex !== HE.haematoxylin)) {
        expect(colourDistance(HE.haematoxylin, other.hex, vision), `${other.name} in ${vision}`).toBeGreaterThan(STAIN_AGAINST_REST);
      }
      for (const other of SA_BETA_GAL_SWATCHES.filter((s) => s.hex !== SA_BETA_GAL.positive)) {
        expect(colourDistance(SA_BETA_GAL.positive, other.hex, vision), `${other.name} in ${vision}`).toBeGreaterThan(STAIN_AGAINST_REST);
      }
    }
  });
});

describe('the SASP halo', () => {
  it('stands out from the resting alveolar cells it surrounds and from the page, in every vision', () => {
    // Drawn see-through at the rim only, so its colour must be far from what shows through it. The
    // first halo, a pale #D9F1FF, was 6–10 from the resting cells: on screen the SASP did not show.
    const halo = structureColour('cells', 'saspHalo')!;
    for (const vision of VISIONS) {
      expect(colourDistance(halo, CELL_TYPES.resting, vision), vision).toBeGreaterThanOrEqual(FAR_APART);
      expect(colourDistance(halo, structureColour('cells', 'background')!, vision), vision).toBeGreaterThanOrEqual(FAR_APART);
    }
  });
});

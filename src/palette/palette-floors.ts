// The smallest colour differences (CIEDE2000) the palette promises, in normal vision, simulated
// dichromacy (Machado 2009, full severity) and a washed-out projector. Tests hold it to them;
// docs/palette.md lists the distances it keeps.

import { colourDistance, VISIONS, type Vision } from './colour-vision';
import type { Swatch } from './palette-swatches';

/** Between cell types (different families): clearly different at a glance. */
export const ACROSS_FAMILIES = { normal: 12, other: 6 } as const;
/** Between fates of one cell type, which also differ in shape or size. */
export const WITHIN_FAMILY = 4;
/** Pairs that were confused before and must stay far apart in every vision. */
export const FAR_APART = 15;
/** The stain (SA-β-gal positive, haematoxylin) against everything else in its mode. */
export const STAIN_AGAINST_REST = 14;

export interface PairDistance {
  a: string;
  b: string;
  sameFamily: boolean;
  /** ΔE2000 per vision. */
  distance: Record<Vision, number>;
}

export function pairDistances(swatches: readonly Swatch[]): PairDistance[] {
  const pairs: PairDistance[] = [];
  for (let i = 0; i < swatches.length; i++) {
    for (let j = i + 1; j < swatches.length; j++) {
      const distance = {} as Record<Vision, number>;
      for (const vision of VISIONS) distance[vision] = colourDistance(swatches[i].hex, swatches[j].hex, vision);
      pairs.push({ a: swatches[i].name, b: swatches[j].name, sameFamily: swatches[i].family === swatches[j].family, distance });
    }
  }
  return pairs;
}

/** The floor a pair must clear in a vision. */
export function floorFor(pair: PairDistance, vision: Vision): number {
  if (pair.sameFamily) return WITHIN_FAMILY;
  return vision === 'normal' ? ACROSS_FAMILIES.normal : ACROSS_FAMILIES.other;
}

// The colours of every cell kind and fate in each colour mode, as sRGB hex. The scene turns them
// into instance colours; the legend shows the same values. Colour is never the only cue: every
// kind also has its own shape, and senescent, dying and tumour cells their own size and outline.
// Pairwise distances, in normal and simulated colour vision, are checked in
// tests/unit/palette/palette-distances.test.ts and listed in docs/palette.md.

import { CellFate, CellKind } from '../sim/cell-kinds';
import type { ColourMode } from '../state/view-slice';

/** Okabe–Ito, the colour-blind-safe palette of the science brief (charts use it on white). */
export const OKABE_ITO = {
  skyBlue: '#56B4E9',
  blue: '#0072B2',
  reddishPurple: '#CC79A7',
  yellow: '#F0E442',
  orange: '#E69F00',
  bluishGreen: '#009E73',
  vermillion: '#D55E00',
  vesselRed: '#8B2E2E',
} as const;

/**
 * Cell-type colours: Okabe–Ito hues where they survive the checks, moved where they did not
 * (the brief's macrophage orange and tumour vermillion read as one, so macrophages are bluish
 * green; the duct is slate, not the secreting cells' sky blue; fat starts khaki, not milk-white).
 */
export const CELL_TYPES = {
  secreting: '#56B4E9',
  resting: '#A9D8F3',
  senescent: '#0072B2',
  /** Dying and shed cells: one dark grey; their small, faceted bodies tell them from everything else. */
  dying: '#505050',
  myoepithelial: '#CC79A7',
  membrane: '#C7D0D8',
  membraneCut: '#E9EDF0',
  milk: '#EEF6FF',
  duct: '#8C9FB8',
  /** Emptied adipocyte (lactation): a small buff cell, like a fibroblast (Wang 2018), never milk-white. */
  fatEmpty: '#D8C48E',
  fatFull: '#F0E442',
  macrophage: '#009E73',
  /** A macrophage that has just eaten: paler, foamy. */
  macrophageFed: '#8FD6BC',
  fibroblast: '#8A6B55',
  collagen: '#D5CFC5',
  collagenRemodelled: '#E69F00',
  capillary: '#7A1F3D',
  capillaryFlash: '#FFB347',
  tumour: '#D55E00',
  tumourInvasive: '#B8470A',
} as const;

/** Haematoxylin (nuclei, purple-blue) and eosin (cytoplasm and matrix, pink); fat dissolves to holes. */
export const HE = {
  haematoxylin: '#4B2C83',
  tumourNucleus: '#3A1F6E',
  pyknotic: '#2E1A5C',
  eosin: '#F2A7C3',
  cytoplasm: '#E9A6C6',
  paleCytoplasm: '#EFC4DA',
  foamyMacrophage: '#F1D0E2',
  /** Tumour cytoplasm is scant and bluer (basophilic); its crowded large nuclei do the rest. */
  tumourCytoplasm: '#C98FC6',
  fibroblastNucleus: '#5B3A95',
  collagenPink: '#EE6FA0',
  membrane: '#F4C6D8',
  redBloodCell: '#C4314B',
  milk: '#F6C9DC',
  duct: '#D48BB8',
  fatHole: '#FFFFFF',
} as const;

/**
 * SA-β-gal (blue-green at pH 6, in the lysosomes of senescent cells) on a nuclear fast red
 * counterstain: pink-red nuclei, pale pink everything else. A lab stain, not a cell's colour.
 */
export const SA_BETA_GAL = {
  positive: '#0E8A9E',
  /** Dying cells: condensed, counterstained (real sections may stain them faintly; the caption says so). */
  condensed: '#E3A5B6',
  counterstain: '#F1D3DA',
  pale: '#F6E7EA',
  nuclearFastRed: '#B8506E',
  fatHole: '#FFFFFF',
} as const;

export interface CellColour {
  /** Colour at signal 0. */
  base: string;
  /** Colour the agent's signal (0–1) blends toward, if any. */
  accent?: string;
}

const F = CellFate;
const K = CellKind;

export function cellColour(mode: ColourMode, kind: CellKind, fate: CellFate): CellColour {
  switch (mode) {
    case 'cells': return cellsModeColour(kind, fate);
    case 'he': return heModeColour(kind, fate);
    case 'sabgal': return saBetaGalColour(kind, fate);
  }
}

function cellsModeColour(kind: CellKind, fate: CellFate): CellColour {
  const c = CELL_TYPES;
  switch (kind) {
    case K.luminal:
      if (fate === F.secreting) return { base: c.secreting };
      if (fate === F.resting) return { base: c.resting };
      if (fate === F.senescent) return { base: c.senescent };
      return { base: c.dying };
    case K.myoepithelial: return { base: c.myoepithelial };
    case K.membranePatch: return { base: c.membrane, accent: c.membraneCut };
    // Emptied in lactation (buff, like fibroblasts), yellow as they fill with lipid.
    case K.adipocyte: return { base: c.fatEmpty, accent: c.fatFull };
    case K.fibroblast: return { base: c.fibroblast };
    case K.collagenFibre: return { base: c.collagen, accent: c.collagenRemodelled };
    case K.capillarySegment: return { base: c.capillary, accent: c.capillaryFlash };
    case K.macrophage: return { base: c.macrophage, accent: c.macrophageFed };
    case K.tumour: return { base: fate === F.invasive ? c.tumourInvasive : c.tumour };
  }
  return { base: c.dying };
}

function heModeColour(kind: CellKind, fate: CellFate): CellColour {
  const h = HE;
  switch (kind) {
    case K.luminal:
      // Senescent cells are not reliably distinct in H&E; their size and shape still show.
      if (fate === F.dying || fate === F.shed || fate === F.engulfed) return { base: h.pyknotic };
      return { base: h.cytoplasm };
    case K.myoepithelial: return { base: h.paleCytoplasm };
    case K.membranePatch: return { base: h.membrane, accent: '#FBE7EF' };
    case K.adipocyte: return { base: h.fatHole };
    // A fibroblast in a section is mostly its long dark nucleus.
    case K.fibroblast: return { base: h.fibroblastNucleus };
    case K.collagenFibre: return { base: h.collagenPink };
    case K.capillarySegment: return { base: h.redBloodCell, accent: '#FF8FA3' };
    case K.macrophage: return { base: h.foamyMacrophage };
    case K.tumour: return { base: h.tumourCytoplasm };
  }
  return { base: h.eosin };
}

function saBetaGalColour(kind: CellKind, fate: CellFate): CellColour {
  const s = SA_BETA_GAL;
  switch (kind) {
    case K.luminal:
      if (fate === F.senescent) return { base: s.positive };
      if (fate === F.dying || fate === F.shed || fate === F.engulfed) return { base: s.condensed };
      return { base: s.counterstain };
    case K.adipocyte: return { base: s.fatHole };
    case K.membranePatch: return { base: s.pale, accent: '#FFFFFF' };
    case K.capillarySegment: return { base: '#D9A3AE', accent: '#FFFFFF' };
    case K.fibroblast: return { base: '#E6B9C4' };
    case K.macrophage: return { base: '#EBCBD3' };
    case K.tumour: return { base: '#E3B3C0' };
    default: return { base: s.pale };
  }
}

/** Colours of the structures that are not agents. */
export type Structure = 'milk' | 'duct' | 'saspHalo' | 'noDivideBadge' | 'nucleus' | 'tumourNucleus' | 'outline' | 'background';

// One constant table, not one built per call: the scene's background is read on every store update.
const STRUCTURE_COLOURS: Record<ColourMode, Record<Structure, string | null>> = {
  cells: {
    milk: CELL_TYPES.milk, duct: CELL_TYPES.duct, saspHalo: '#0072B2', noDivideBadge: '#FFFFFF',
    nucleus: null, tumourNucleus: null, outline: '#27313D', background: '#F5F2EC',
  },
  he: {
    milk: HE.milk, duct: HE.duct, saspHalo: null, noDivideBadge: null,
    nucleus: HE.haematoxylin, tumourNucleus: HE.tumourNucleus, outline: '#B0487E', background: '#FBF3F6',
  },
  sabgal: {
    milk: '#FBF1F3', duct: SA_BETA_GAL.counterstain, saspHalo: null, noDivideBadge: '#FFFFFF',
    nucleus: SA_BETA_GAL.nuclearFastRed, tumourNucleus: SA_BETA_GAL.nuclearFastRed, outline: '#A0566E', background: '#FBF7F7',
  },
};

/**
 * A structure's colour, or null where the mode does not show it: H&E cannot tell senescence (no
 * badge, no halo); a stain shows what is stained, never the SASP (no halo); nuclei are drawn
 * only in the stains. `outline` is the colour the soft rim of every cell shades toward.
 */
export function structureColour(mode: ColourMode, structure: Structure): string | null {
  return STRUCTURE_COLOURS[mode][structure];
}

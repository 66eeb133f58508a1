// The colours of every cell kind and fate in each colour mode, as sRGB hex. The scene turns them
// into instance colours; the legend shows the same values. Colour is never the only cue: shape,
// size and the SASP halo also tell senescent, dying and tumour cells apart.

import { CellFate, CellKind } from '../sim/cell-kinds';
import type { ColourMode } from '../state/view-slice';

/** Okabe–Ito, the colour-blind-safe palette of the science brief, plus its tints. */
export const OKABE_ITO = {
  skyBlue: '#56B4E9',
  paleSkyBlue: '#A9D8F3',
  blue: '#0072B2',
  grey: '#999999',
  darkGrey: '#6E6E6E',
  reddishPurple: '#CC79A7',
  yellow: '#F0E442',
  orange: '#E69F00',
  paleOrange: '#F6C65B',
  bluishGreen: '#009E73',
  vermillion: '#D55E00',
  deepVermillion: '#A84400',
  vesselRed: '#8B2E2E',
  flash: '#FFB347',
} as const;

/** Haematoxylin (nuclei) and eosin (cytoplasm, matrix), blended per cell as a stained section reads. */
export const HE = {
  haematoxylin: '#4B2C83',
  eosin: '#F2A7C3',
  cellMauve: '#D48BB8',
  denseNucleus: '#5A3390',
  collagenPink: '#EE6FA0',
  redBloodCell: '#C4314B',
  fatHole: '#FFFFFF',
  foamyMacrophage: '#E7BAD3',
} as const;

/** SA-β-gal staining (blue-green at pH 6) on a pale nuclear-fast-red counterstain: a lab stain. */
export const SA_BETA_GAL = {
  positive: '#138D8D',
  weak: '#A7D7D2',
  counterstain: '#F1D3DA',
  pale: '#F6E7EA',
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
  const c = OKABE_ITO;
  switch (kind) {
    case K.luminal:
      if (fate === F.secreting) return { base: c.skyBlue };
      if (fate === F.resting) return { base: c.paleSkyBlue };
      if (fate === F.senescent) return { base: c.blue };
      return { base: fate === F.dying ? c.grey : c.darkGrey };
    case K.myoepithelial: return { base: c.reddishPurple };
    case K.membranePatch: return { base: '#C7D0D8', accent: '#E9EDF0' };
    // Emptied in lactation (pale, like fibroblasts), yellow as they fill with lipid.
    case K.adipocyte: return { base: '#F3EFD8', accent: c.yellow };
    case K.fibroblast: return { base: '#A7A7A7', accent: c.bluishGreen };
    case K.collagenFibre: return { base: '#BDBDBD', accent: c.bluishGreen };
    case K.capillarySegment: return { base: c.vesselRed, accent: c.flash };
    case K.macrophage: return { base: c.orange, accent: c.paleOrange };
    case K.tumour: return fate === F.invasive ? { base: c.deepVermillion } : { base: c.vermillion };
  }
  return { base: c.grey };
}

function heModeColour(kind: CellKind, fate: CellFate): CellColour {
  const h = HE;
  switch (kind) {
    case K.luminal:
      // Senescent cells are not reliably distinct in H&E; their size and shape still show.
      if (fate === F.dying || fate === F.shed || fate === F.engulfed) return { base: h.denseNucleus };
      return { base: h.cellMauve };
    case K.myoepithelial: return { base: '#B77AB0' };
    case K.membranePatch: return { base: '#F4C6D8', accent: '#FBE7EF' };
    case K.adipocyte: return { base: h.fatHole };
    case K.fibroblast: return { base: '#9B6BB5' };
    case K.collagenFibre: return { base: h.collagenPink };
    case K.capillarySegment: return { base: h.redBloodCell, accent: '#FF8FA3' };
    case K.macrophage: return { base: h.foamyMacrophage };
    case K.tumour: return { base: fate === F.invasive ? '#4A2A7A' : '#6A3D9A' };
  }
  return { base: h.eosin };
}

function saBetaGalColour(kind: CellKind, fate: CellFate): CellColour {
  const s = SA_BETA_GAL;
  switch (kind) {
    case K.luminal:
      if (fate === F.senescent) return { base: s.positive };
      // Lysosome-rich dying cells can stain weakly: SA-β-gal alone over-calls senescence here.
      if (fate === F.dying || fate === F.shed || fate === F.engulfed) return { base: s.weak };
      return { base: s.counterstain };
    case K.adipocyte: return { base: s.fatHole };
    case K.membranePatch: return { base: s.pale, accent: '#FFFFFF' };
    case K.capillarySegment: return { base: '#D9A3AE', accent: '#FFFFFF' };
    case K.macrophage: return { base: '#E3C4CC' };
    case K.tumour: return { base: '#E0AFBD' };
    default: return { base: s.pale };
  }
}

/** Colours of the structures that are not agents. */
export type Structure = 'milk' | 'duct' | 'saspHalo' | 'noDivideBadge' | 'background';

/** A structure's colour, or null where the mode does not show it (H&E cannot tell senescence). */
export function structureColour(mode: ColourMode, structure: Structure): string | null {
  const table = {
    cells: { milk: '#FFFBEA', duct: '#7DB7DD', saspHalo: '#D9F1FF', noDivideBadge: '#FFFFFF', background: '#F5F2EC' },
    he: { milk: '#F6C9DC', duct: '#D48BB8', saspHalo: '#FFFFFF', noDivideBadge: null, background: '#FBF3F6' },
    sabgal: { milk: '#FBF1F3', duct: '#F1D3DA', saspHalo: '#9FE0DA', noDivideBadge: '#FFFFFF', background: '#FBF7F7' },
  } as const;
  return table[mode][structure];
}

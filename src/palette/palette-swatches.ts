// The palette as named swatches grouped into families (the fates of one cell type), for the
// distance checks in the tests and the table in docs/palette.md.

import { CELL_TYPES, HE, SA_BETA_GAL } from './colour-modes';

export interface Swatch {
  name: string;
  hex: string;
  /** Swatches of one family are fates of one cell type, told apart by shape and size as well. */
  family: string;
}

/** Every cell type and structure of the cell-types mode (accents that only flash or fade are left out). */
export const CELL_TYPE_SWATCHES: readonly Swatch[] = [
  { name: 'secreting alveolar cell', hex: CELL_TYPES.secreting, family: 'luminal' },
  { name: 'resting alveolar cell', hex: CELL_TYPES.resting, family: 'luminal' },
  { name: 'senescent alveolar cell', hex: CELL_TYPES.senescent, family: 'luminal' },
  { name: 'dying or shed cell', hex: CELL_TYPES.dying, family: 'dying' },
  { name: 'myoepithelial cell', hex: CELL_TYPES.myoepithelial, family: 'myoepithelial' },
  { name: 'milk', hex: CELL_TYPES.milk, family: 'milk' },
  { name: 'duct', hex: CELL_TYPES.duct, family: 'duct' },
  { name: 'adipocyte, emptied', hex: CELL_TYPES.fatEmpty, family: 'adipocyte' },
  { name: 'adipocyte, full', hex: CELL_TYPES.fatFull, family: 'adipocyte' },
  { name: 'macrophage', hex: CELL_TYPES.macrophage, family: 'macrophage' },
  { name: 'fibroblast', hex: CELL_TYPES.fibroblast, family: 'fibroblast' },
  { name: 'collagen', hex: CELL_TYPES.collagen, family: 'collagen' },
  { name: 'collagen, remodelled', hex: CELL_TYPES.collagenRemodelled, family: 'collagen' },
  { name: 'capillary', hex: CELL_TYPES.capillary, family: 'capillary' },
  { name: 'tumour cell', hex: CELL_TYPES.tumour, family: 'tumour' },
  { name: 'tumour cell, invasive', hex: CELL_TYPES.tumourInvasive, family: 'tumour' },
];

/** H&E: what a section shows, each of its own family (nuclei must stand out from everything). */
export const HE_SWATCHES: readonly Swatch[] = [
  { name: 'haematoxylin nucleus', hex: HE.haematoxylin, family: 'nucleus' },
  { name: 'eosin cytoplasm', hex: HE.cytoplasm, family: 'cytoplasm' },
  { name: 'fat (dissolved)', hex: HE.fatHole, family: 'fat' },
  { name: 'collagen', hex: HE.collagenPink, family: 'collagen' },
  { name: 'red blood cells', hex: HE.redBloodCell, family: 'blood' },
];

/** SA-β-gal: the stain against the counterstain. */
export const SA_BETA_GAL_SWATCHES: readonly Swatch[] = [
  { name: 'SA-β-gal positive', hex: SA_BETA_GAL.positive, family: 'positive' },
  { name: 'counterstained cytoplasm', hex: SA_BETA_GAL.counterstain, family: 'counterstain' },
  { name: 'nuclear fast red nucleus', hex: SA_BETA_GAL.nuclearFastRed, family: 'nucleus' },
  { name: 'dying cell, condensed', hex: SA_BETA_GAL.condensed, family: 'dying' },
  { name: 'fat (dissolved)', hex: SA_BETA_GAL.fatHole, family: 'fat' },
];

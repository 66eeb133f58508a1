// What the legend lists: each drawn thing with its colour in every mode and the shape it is drawn as.

import { cellColour, structureColour } from '../../palette/colour-modes';
import { CellFate, CellKind } from '../../sim/cell-kinds';
import type { MessageKey } from '../../i18n/translate';
import type { ColourMode } from '../../state/view-slice';

export type SwatchShape = 'hexagon' | 'flat-halo' | 'small-dot' | 'star' | 'ring' | 'droplet' | 'polygon' | 'amoeba' | 'spindle' | 'fibre' | 'tube' | 'lumpy';

export interface LegendEntry {
  label: MessageKey;
  shape: SwatchShape;
  colour: (mode: ColourMode) => string;
  /** The drawn size or shape is an illustration, not a measurement (the brief's [INF]): the entry's
   * short name, which names its [INF] mark for a screen reader. */
  illustrative?: MessageKey;
}

const cell = (kind: CellKind, fate: CellFate) => (mode: ColourMode) => cellColour(mode, kind, fate).base;

export const LEGEND_ENTRIES: readonly LegendEntry[] = [
  { label: 'legend.secreting', shape: 'hexagon', colour: cell(CellKind.luminal, CellFate.secreting) },
  { label: 'legend.resting', shape: 'hexagon', colour: cell(CellKind.luminal, CellFate.resting) },
  { label: 'legend.senescent', shape: 'flat-halo', colour: cell(CellKind.luminal, CellFate.senescent), illustrative: 'key.senescent' },
  { label: 'legend.dying', shape: 'small-dot', colour: cell(CellKind.luminal, CellFate.shed) },
  { label: 'legend.myoepithelial', shape: 'star', colour: cell(CellKind.myoepithelial, CellFate.present), illustrative: 'key.myoepithelial' },
  { label: 'legend.membrane', shape: 'ring', colour: cell(CellKind.membranePatch, CellFate.present) },
  { label: 'legend.milk', shape: 'droplet', colour: (mode) => structureColour(mode, 'milk')! },
  { label: 'legend.duct', shape: 'tube', colour: (mode) => structureColour(mode, 'duct')! },
  { label: 'legend.adipocyte', shape: 'polygon', colour: (mode) => cellColour(mode, CellKind.adipocyte, CellFate.present).accent ?? cellColour(mode, CellKind.adipocyte, CellFate.present).base, illustrative: 'key.adipocyte' },
  { label: 'legend.macrophage', shape: 'amoeba', colour: cell(CellKind.macrophage, CellFate.patrolling), illustrative: 'key.macrophage' },
  { label: 'legend.fibroblast', shape: 'spindle', colour: cell(CellKind.fibroblast, CellFate.present), illustrative: 'legend.fibroblast' },
  { label: 'legend.collagen', shape: 'fibre', colour: cell(CellKind.collagenFibre, CellFate.present) },
  { label: 'legend.capillary', shape: 'tube', colour: cell(CellKind.capillarySegment, CellFate.present), illustrative: 'key.capillary' },
  { label: 'legend.tumour', shape: 'lumpy', colour: cell(CellKind.tumour, CellFate.proliferating), illustrative: 'key.tumour' },
];

// The picture key: the few things a student sees first in the lobule, each with the legend's own
// swatch, and whether the run has any of it on the day shown. Pure: rows and a presence mask.

import type { MessageKey } from '../../i18n/translate';
import { cellColour, structureColour } from '../../palette/colour-modes';
import { CellFate, CellKind } from '../../sim/cell-kinds';
import type { MetricsSample } from '../../sim/metrics';
import type { ColourMode } from '../../state/view-slice';
import { LEGEND_ENTRIES, type LegendEntry } from './legend-entries';

export interface PictureKeyRow {
  label: MessageKey;
  /** The legend's entry whose shape (and, unless `colours` says otherwise, colour) the row shows. */
  entry: LegendEntry;
  /** Two colours for one kind of cell in two states, the swatch's left and right halves. */
  colours?: (mode: ColourMode) => readonly [string, string | undefined];
  /** Whether the run has any on this day's sample; absent for what is always there (fat, vessels, ducts). */
  present?: (sample: MetricsSample) => boolean;
  /** Listed only when the tumour switch is on: a row saying "none" would send a student looking for one. */
  tumourOnly?: boolean;
  /** The words in a colour mode whose picture differs from what `label` says (a stain); `label` otherwise. */
  labelIn?: (mode: ColourMode) => MessageKey;
}

/** The row's words in this colour mode. */
export const rowLabel = (row: PictureKeyRow, mode: ColourMode): MessageKey => row.labelIn?.(mode) ?? row.label;

const entry = (label: MessageKey): LegendEntry => {
  const found = LEGEND_ENTRIES.find((e) => e.label === label);
  if (!found) throw new Error(`No legend entry ${label}`);
  return found;
};

/** A swatch in a kind's two states as the picture colours them (its base and accent), where a mode has both. */
const twoStates = (kind: CellKind) => (mode: ColourMode): readonly [string, string | undefined] => {
  const { base, accent } = cellColour(mode, kind, CellFate.present);
  return [base, accent];
};

const secreting = entry('legend.secreting');
const resting = entry('legend.resting');

export const PICTURE_KEY_ROWS: readonly PictureKeyRow[] = [
  { label: 'key.alveolar', entry: secreting, colours: (mode) => [secreting.colour(mode), resting.colour(mode)],
    present: (s) => s.alveolarCells - s.senescentCells > 0 },
  // SA-β-gal cannot stain the SASP, so its picture has no halo to point at.
  { label: 'key.senescent', entry: entry('legend.senescent'), present: (s) => s.senescentCells > 0,
    labelIn: (mode) => (structureColour(mode, 'saspHalo') === null ? 'key.senescentStained' : 'key.senescent') },
  { label: 'key.macrophage', entry: entry('legend.macrophage'), present: (s) => s.macrophages > 0 },
  { label: 'key.dying', entry: entry('legend.dying'), present: (s) => s.apoptoticCells > 0 },
  { label: 'key.myoepithelial', entry: entry('legend.myoepithelial') },
  // Buff while emptied (lactation), yellow as it refills; one colour where a stain shows neither.
  { label: 'key.adipocyte', entry: entry('legend.adipocyte'), colours: twoStates(CellKind.adipocyte) },
  { label: 'key.capillary', entry: entry('legend.capillary') },
  // Pale at rest, orange while being cut up in remodelling: the needles a student sees on days 3–7.
  { label: 'key.collagen', entry: entry('legend.collagen'), colours: twoStates(CellKind.collagenFibre),
    labelIn: (mode) => (mode === 'cells' ? 'key.collagen' : 'key.collagenStained') },
  { label: 'key.duct', entry: entry('legend.duct') },
  { label: 'key.tumour', entry: entry('legend.tumour'), present: (s) => s.tumourCells > 0, tumourOnly: true },
];

/** The rows shown: the tumour's only with the tumour switch on. */
export function pictureKeyRows(tumour: boolean): readonly PictureKeyRow[] {
  return PICTURE_KEY_ROWS.filter((r) => !r.tumourOnly || tumour);
}

/** Bit k set when row k has cells on this sample (always-present rows always set): one small integer, compared cheaply. */
export function presenceMask(rows: readonly PictureKeyRow[], sample: MetricsSample): number {
  let mask = 0;
  for (let k = 0; k < rows.length; k++) {
    const present = rows[k].present;
    if (!present || present(sample)) mask |= 1 << k;
  }
  return mask;
}

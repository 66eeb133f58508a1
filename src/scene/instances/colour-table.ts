// The palette as linear-RGB lookup tables, built once, so writing colours per instance is a few
// array reads: base and accent colour for each (colour mode, kind, fate).

import { Color } from 'three';
import { cellColour, structureColour, type Structure } from '../../palette/colour-modes';
import { CELL_FATE_COUNT, CELL_KIND_COUNT, type CellFate, type CellKind } from '../../sim/cell-kinds';
import type { ColourMode } from '../../state/view-slice';

export interface ColourTable {
  /** rgb triplets at [(kind * CELL_FATE_COUNT + fate) * 3]. */
  base: Float32Array;
  accent: Float32Array;
  /** 1 where the kind blends toward its accent by signal. */
  hasAccent: Uint8Array;
}

const cache = new Map<ColourMode, ColourTable>();

export function colourTableFor(mode: ColourMode): ColourTable {
  let table = cache.get(mode);
  if (table) return table;
  const entries = CELL_KIND_COUNT * CELL_FATE_COUNT;
  table = { base: new Float32Array(entries * 3), accent: new Float32Array(entries * 3), hasAccent: new Uint8Array(entries) };
  const colour = new Color();
  for (let kind = 0; kind < CELL_KIND_COUNT; kind++) {
    for (let fate = 0; fate < CELL_FATE_COUNT; fate++) {
      const entry = kind * CELL_FATE_COUNT + fate;
      const { base, accent } = cellColour(mode, kind as CellKind, fate as CellFate);
      colour.set(base).toArray(table.base, entry * 3);
      colour.set(accent ?? base).toArray(table.accent, entry * 3);
      table.hasAccent[entry] = accent ? 1 : 0;
    }
  }
  cache.set(mode, table);
  return table;
}

export type RGB = { r: number; g: number; b: number };

export interface StructureColours {
  milk: RGB;
  /** The SASP halo, or null where the mode hides it (H&E cannot tell senescence; a stain shows no SASP). */
  saspHalo: RGB | null;
  /** The no-division badge on senescent cells, or null where the mode hides it (H&E cannot tell). */
  noDivideBadge: RGB | null;
}

const structureCache = new Map<ColourMode, StructureColours>();

/** The structures' colours for a mode in linear RGB (cached: asked for on every drawn frame). */
export function structureColoursFor(mode: ColourMode): StructureColours {
  let colours = structureCache.get(mode);
  if (!colours) {
    const linear = (structure: Structure): Color | null => {
      const hex = structureColour(mode, structure);
      return hex === null ? null : new Color(hex);
    };
    colours = { milk: linear('milk')!, saspHalo: linear('saspHalo'), noDivideBadge: linear('noDivideBadge') };
    structureCache.set(mode, colours);
  }
  return colours;
}

/** The duct's colour in linear RGB. */
export const ductColourFor = (mode: ColourMode): Color => new Color(structureColour(mode, 'duct')!);

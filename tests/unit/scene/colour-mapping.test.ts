// Colours of the cell-types mode are the checked palette; H&E and SA-β-gal read as stains.

import { describe, expect, it } from 'vitest';
import { CELL_TYPES, cellColour, structureColour } from '../../../src/palette/colour-modes';
import { colourTableFor } from '../../../src/scene/instances/colour-table';
import { CELL_FATE_COUNT, CellFate, CellKind } from '../../../src/sim/cell-kinds';

describe('colour modes', () => {
  it('use the checked palette for cell types', () => {
    expect(cellColour('cells', CellKind.luminal, CellFate.secreting).base).toBe(CELL_TYPES.secreting);
    expect(cellColour('cells', CellKind.luminal, CellFate.senescent).base).toBe(CELL_TYPES.senescent);
    expect(cellColour('cells', CellKind.luminal, CellFate.shed).base).not.toBe(CELL_TYPES.secreting);
    expect(cellColour('cells', CellKind.macrophage, CellFate.patrolling).base).toBe(CELL_TYPES.macrophage);
    expect(cellColour('cells', CellKind.tumour, CellFate.proliferating).base).toBe(CELL_TYPES.tumour);
    expect(cellColour('cells', CellKind.adipocyte, CellFate.present).accent).toBe(CELL_TYPES.fatFull);
  });

  it('draw nuclei only in the stains, and the SASP halo only in the cell-types mode', () => {
    expect(structureColour('cells', 'nucleus')).toBeNull();
    expect(structureColour('he', 'nucleus')).toBe('#4B2C83');
    expect(structureColour('sabgal', 'nucleus')).not.toBeNull();
    expect(structureColour('cells', 'saspHalo')).not.toBeNull();
    expect(structureColour('he', 'saspHalo')).toBeNull();
    expect(structureColour('sabgal', 'saspHalo')).toBeNull();
  });

  it('do not mark senescence in H&E, but do in the SA-β-gal stain', () => {
    expect(cellColour('he', CellKind.luminal, CellFate.senescent)).toEqual(cellColour('he', CellKind.luminal, CellFate.resting));
    expect(cellColour('sabgal', CellKind.luminal, CellFate.senescent)).not.toEqual(cellColour('sabgal', CellKind.luminal, CellFate.resting));
  });

  it('fill the linear-RGB tables for every kind and fate', () => {
    const table = colourTableFor('cells');
    const entry = (CellKind.luminal * CELL_FATE_COUNT + CellFate.secreting) * 3;
    // #56B4E9 in linear RGB.
    expect(table.base[entry]).toBeCloseTo(0.093, 2);
    expect(table.base[entry + 2]).toBeCloseTo(0.815, 2);
    expect(table.hasAccent[CellKind.capillarySegment * CELL_FATE_COUNT + CellFate.present]).toBe(1);
  });
});

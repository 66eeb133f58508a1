// The lobule's structures that are not single cells: the duct tree (static) and the alveoli, whose
// size, collapse, milk and counts change as the gland involutes. Arrays are indexed by alveolus.

import type { Vec3 } from './geometry';

export interface DuctSegment {
  start: Vec3;
  end: Vec3;
  radiusUm: number;
}

export interface Alveoli {
  count: number;
  centerX: Float32Array;
  centerY: Float32Array;
  centerZ: Float32Array;
  lactatingRadiusUm: Float32Array;
  /** Current radius of the epithelial surface. */
  radiusUm: Float32Array;
  /** 0 (full, lactating shape) to 1 (shrunk to what its surviving cells can line). */
  collapse: Float32Array;
  /** Share of the lumen still filled with milk, 0–1. */
  milkFill: Float32Array;
  /** Luminal cells lining it at weaning, and alive now (senescent included). */
  initialCells: Int32Array;
  livingCells: Int32Array;
  /** Mean integrity of its basement-membrane patches, 0–1. */
  membraneIntegrity: Float32Array;
  /** Share of its membrane patches that are breached (cells can pass), 0–1. */
  breachedShare: Float32Array;
  /** Macrophages within reach of its membrane this step. */
  macrophagesNear: Int32Array;
  /** Tumour cells growing in place in its lumen (not yet invasive): they hold it open. */
  tumourCellsInside: Int32Array;
  /** Its senescent cells (counted in `livingCells` too). */
  senescentCells: Int32Array;
}

export interface LobuleAnatomy {
  semiAxesUm: Vec3;
  ducts: DuctSegment[];
  alveoli: Alveoli;
  /** For each adipocyte (by order of creation), the alveoli close enough to squeeze it (CSR lists). */
  adipocyteSlots: Int32Array;
  /** Each adipocyte's radius (µm) when full of lipid: packed so that full neighbours just touch. */
  adipocyteMaxRadiusUm: Float32Array;
  adipocyteNeighbourStart: Int32Array;
  adipocyteNeighbours: Int32Array;
  /** Slots of capillary segments, for tumour cells looking for a vessel. */
  capillarySlots: Int32Array;
}

export function createAlveoli(count: number): Alveoli {
  return {
    count,
    centerX: new Float32Array(count),
    centerY: new Float32Array(count),
    centerZ: new Float32Array(count),
    lactatingRadiusUm: new Float32Array(count),
    radiusUm: new Float32Array(count),
    collapse: new Float32Array(count),
    milkFill: new Float32Array(count).fill(1),
    initialCells: new Int32Array(count),
    livingCells: new Int32Array(count),
    membraneIntegrity: new Float32Array(count).fill(1),
    breachedShare: new Float32Array(count),
    macrophagesNear: new Int32Array(count),
    tumourCellsInside: new Int32Array(count),
    senescentCells: new Int32Array(count),
  };
}

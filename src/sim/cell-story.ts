// One cell's story from a computed run, for the inspector: where it is at a day (interpolated like
// the picture), and every fate change it went through with the rule that caused it. Reads the run;
// touches nothing else, allocates only when asked for a history.

import type { CellFate, FateCause } from './cell-kinds';
import type { SimulationRun } from './simulate';
import { framesAround } from './tissue-snapshot';

export interface FateChange {
  /** Days since weaning. */
  day: number;
  fate: CellFate;
  cause: FateCause;
}

/** Every fate change of `slot`, oldest first (the first is its birth). */
export function fateChangesOf(run: SimulationRun, slot: number): FateChange[] {
  const h = run.history;
  const changes: FateChange[] = [];
  for (let e = 0; e < h.count; e++) {
    if (h.slot[e] === slot) changes.push({ day: h.hour[e] / 24, fate: h.fate[e] as CellFate, cause: h.cause[e] as FateCause });
  }
  return changes;
}

/** Index of the change in force on `day` (the last one at or before it), or -1 before its birth. */
export function changeInForce(changes: readonly FateChange[], day: number): number {
  let index = -1;
  for (let i = 0; i < changes.length && changes[i].day <= day + 1e-9; i++) index = i;
  return index;
}

export interface CellPlace {
  x: number;
  y: number;
  z: number;
  /** 0 where the cell is not (yet, or any longer) in the tissue. */
  radiusUm: number;
}

/** Where `slot` is drawn on `day` (the same interpolation as the tissue snapshot), into `out`. */
export function cellPlaceAt(run: SimulationRun, slot: number, day: number, out: CellPlace): CellPlace {
  out.x = out.y = out.z = out.radiusUm = 0;
  if (run.frames.length === 0 || slot < 0 || slot >= run.structure.slotCount) return out;
  const { from, to, blend } = framesAround(run, day);
  const a = run.frames[from];
  const b = run.frames[to];
  const inA = slot < a.count;
  const inB = slot < b.count;
  if (!inA && !inB) return out;
  const keep = 1 - blend;
  const ax = inA ? a.x[slot] : b.x[slot], ay = inA ? a.y[slot] : b.y[slot], az = inA ? a.z[slot] : b.z[slot];
  out.x = ax * keep + (inB ? b.x[slot] : ax) * blend;
  out.y = ay * keep + (inB ? b.y[slot] : ay) * blend;
  out.z = az * keep + (inB ? b.z[slot] : az) * blend;
  const ra = inA ? a.radiusUm[slot] : 0;
  out.radiusUm = ra * keep + (inB ? b.radiusUm[slot] : ra) * blend;
  return out;
}

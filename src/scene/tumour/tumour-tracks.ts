// Where a run's tumour cells are at any hour, and the paths of those that entered a vessel: each
// is carried from where it got in along its capillary, segment by segment, out of the lobule.
// Pure functions of the run (no three), computed once per run; positions are read per frame.

import { CellFate, CellKind } from '../../sim/cell-kinds';
import { CAPILLARY_SEGMENT_UM } from '../../sim/constants';
import type { SimulationRun } from '../../sim/simulate';

/** The marker is a little larger than the cell, so the cluster reads as one patch (labels keep off it too). */
export const TUMOUR_MARKER_SCALE = 1.5;

/** How fast a cell that entered a vessel is drawn moving along it. Illustrative [INF]: blood is far
 *  faster; this speed keeps the trip visible for about a simulated day at normal playback. */
export const VESSEL_TRAVEL_UM_PER_HOUR = 25;

export interface VesselTraveller {
  /** Hours since weaning when the cell entered the vessel. */
  entryHour: number;
  /** Points along the vessel from the entry point to where it leaves the lobule: x, y, z, … */
  path: Float32Array;
  /** Distance from the entry point to each path point, µm. */
  distanceUm: Float32Array;
}

export interface TumourTracks {
  run: SimulationRun;
  /** Slots of the run's tumour cells. */
  slots: Int32Array;
  travellers: VesselTraveller[];
}

export function tumourTracks(run: SimulationRun): TumourTracks {
  const { kind, slotCount } = run.structure;
  const tumour: number[] = [];
  const capillaries: number[] = [];
  for (let s = 0; s < slotCount; s++) {
    if (kind[s] === CellKind.tumour) tumour.push(s);
    else if (kind[s] === CellKind.capillarySegment) capillaries.push(s);
  }
  const travellers: VesselTraveller[] = [];
  const { history } = run;
  const first = run.frames[0];
  if (first && capillaries.length > 0) {
    for (let e = 0; e < history.count; e++) {
      if (history.fate[e] !== CellFate.intravasated) continue;
      const entryHour = history.hour[e];
      const frame = run.frames[frameIndexAt(run, entryHour, Math.ceil)];
      const slot = history.slot[e];
      if (!frame || slot >= frame.count) continue;
      travellers.push(travellerFrom(run, capillaries, entryHour, frame.x[slot], frame.y[slot], frame.z[slot]));
    }
  }
  return { run, slots: Int32Array.from(tumour), travellers };
}

/** The traveller's place at `hour` into `out`; false before it entered or after it left. */
export function travellerAt(t: VesselTraveller, hour: number, out: Float32Array): boolean {
  if (hour < t.entryHour) return false;
  const along = (hour - t.entryHour) * VESSEL_TRAVEL_UM_PER_HOUR;
  const n = t.distanceUm.length;
  if (along > t.distanceUm[n - 1]) return false;
  let k = 0;
  while (k < n - 2 && t.distanceUm[k + 1] < along) k++;
  const span = t.distanceUm[k + 1] - t.distanceUm[k] || 1;
  const f = Math.min(1, (along - t.distanceUm[k]) / span);
  for (let c = 0; c < 3; c++) out[c] = t.path[k * 3 + c] + (t.path[(k + 1) * 3 + c] - t.path[k * 3 + c]) * f;
  return true;
}

/** A tumour slot's interpolated place and radius at `hour` into `out` (x, y, z, r); false if absent. */
export function tumourCellAt(run: SimulationRun, slot: number, hour: number, out: Float32Array): boolean {
  const i0 = frameIndexAt(run, hour, Math.floor);
  const i1 = Math.min(run.frames.length - 1, i0 + 1);
  const a = run.frames[i0], b = run.frames[i1];
  if (!a || slot >= a.count) return false;
  const t = i1 === i0 ? 0 : Math.min(1, Math.max(0, (hour - a.hour) / (b.hour - a.hour)));
  const hasB = slot < b.count;
  const rb = hasB ? b.radiusUm[slot] : 0;
  const r = a.radiusUm[slot] + (rb - a.radiusUm[slot]) * t;
  if (r <= 0.5) return false;
  out[0] = hasB ? a.x[slot] + (b.x[slot] - a.x[slot]) * t : a.x[slot];
  out[1] = hasB ? a.y[slot] + (b.y[slot] - a.y[slot]) * t : a.y[slot];
  out[2] = hasB ? a.z[slot] + (b.z[slot] - a.z[slot]) * t : a.z[slot];
  out[3] = r;
  return true;
}

function frameIndexAt(run: SimulationRun, hour: number, round: (x: number) => number): number {
  const start = run.frames[0]?.hour ?? 0;
  return Math.min(run.frames.length - 1, Math.max(0, round((hour - start) / run.sampleHours)));
}

/** From the entry point to the nearest capillary segment, then along its vessel to the vessel's end. */
function travellerFrom(run: SimulationRun, capillaries: number[], entryHour: number, x: number, y: number, z: number): VesselTraveller {
  const frame = run.frames[0];
  const at = (k: number): [number, number, number] => [frame.x[capillaries[k]], frame.y[capillaries[k]], frame.z[capillaries[k]]];
  let nearest = 0;
  let best = Infinity;
  for (let k = 0; k < capillaries.length; k++) {
    const [cx, cy, cz] = at(k);
    const d = (cx - x) ** 2 + (cy - y) ** 2 + (cz - z) ** 2;
    if (d < best) { best = d; nearest = k; }
  }
  // Segments of one vessel are consecutive slots about a segment apart; a larger gap is the next vessel.
  const points: number[] = [x, y, z];
  let previous = at(nearest);
  points.push(...previous);
  for (let k = nearest + 1; k < capillaries.length; k++) {
    const next = at(k);
    if (Math.hypot(next[0] - previous[0], next[1] - previous[1], next[2] - previous[2]) > CAPILLARY_SEGMENT_UM * 1.6) break;
    points.push(...next);
    previous = next;
  }
  const path = Float32Array.from(points);
  const distanceUm = new Float32Array(path.length / 3);
  for (let p = 1; p < distanceUm.length; p++) {
    distanceUm[p] = distanceUm[p - 1] + Math.hypot(path[p * 3] - path[p * 3 - 3], path[p * 3 + 1] - path[p * 3 - 2], path[p * 3 + 2] - path[p * 3 - 1]);
  }
  return { entryHour, path, distanceUm };
}

// The tissue at any moment of a computed run, interpolated between its two nearest frames so that
// nothing pops: positions, sizes and signals blend; fates switch halfway and the scene can blend
// their colours with `fateFrom`, `fateTo` and `blend`. The scene reads this, never the model.

import { CellKind } from './cell-kinds';
import type { SimulationRun } from './simulate';

export interface TissueSnapshot {
  /** Bumped whenever the contents change; the scene rewrites its buffers only then. */
  version: number;
  day: number;
  run: SimulationRun | null;
  slotCount: number;
  x: Float32Array;
  y: Float32Array;
  z: Float32Array;
  /** 0 for agents not (or no longer) in the tissue. */
  radiusUm: Float32Array;
  signal: Float32Array;
  fateFrom: Uint8Array;
  fateTo: Uint8Array;
  /** 0 → the earlier frame's fate, 1 → the later's. */
  blend: number;
  /** Unit heading: direction of travel for movers on the move, the fixed axis otherwise. */
  headingX: Float32Array;
  headingY: Float32Array;
  headingZ: Float32Array;
  alveolusRadiusUm: Float32Array;
  milkFill: Float32Array;
}

export function createTissueSnapshot(): TissueSnapshot {
  const empty = new Float32Array(0);
  return {
    version: 0, day: NaN, run: null, slotCount: 0, blend: 0,
    x: empty, y: empty, z: empty, radiusUm: empty, signal: empty,
    fateFrom: new Uint8Array(0), fateTo: new Uint8Array(0),
    headingX: empty, headingY: empty, headingZ: empty, alveolusRadiusUm: empty, milkFill: empty,
  };
}

function sizeFor(snapshot: TissueSnapshot, run: SimulationRun): void {
  const n = run.structure.slotCount;
  const alveoli = run.structure.alveolusLactatingRadiusUm.length;
  if (snapshot.x.length !== n) {
    snapshot.x = new Float32Array(n);
    snapshot.y = new Float32Array(n);
    snapshot.z = new Float32Array(n);
    snapshot.radiusUm = new Float32Array(n);
    snapshot.signal = new Float32Array(n);
    snapshot.fateFrom = new Uint8Array(n);
    snapshot.fateTo = new Uint8Array(n);
    snapshot.headingX = new Float32Array(n);
    snapshot.headingY = new Float32Array(n);
    snapshot.headingZ = new Float32Array(n);
  }
  if (snapshot.milkFill.length !== alveoli) {
    snapshot.alveolusRadiusUm = new Float32Array(alveoli);
    snapshot.milkFill = new Float32Array(alveoli);
  }
  snapshot.slotCount = n;
}

/** Two frames of a run, and how far between them (0 to 1) a day lies. */
export interface FramePair {
  from: number;
  to: number;
  blend: number;
}

/**
 * The frame pair around a day and how far between them it lies, written into `out` (a new pair if
 * none is given: what reads every frame passes one of its own, and so makes no garbage).
 */
export function framesAround(run: SimulationRun, day: number, out: FramePair = { from: 0, to: 0, blend: 0 }): FramePair {
  const last = run.frames.length - 1;
  const position = (day * 24 - run.frames[0].hour) / run.sampleHours;
  if (!(position > 0)) {
    out.from = out.to = 0;
    out.blend = 0;
  } else if (position >= last) {
    out.from = out.to = last;
    out.blend = 0;
  } else {
    out.from = Math.floor(position);
    out.to = out.from + 1;
    out.blend = position - out.from;
  }
  return out;
}

/** The pair `readTissueAt` reads into, every frame while playing. */
const AROUND: FramePair = { from: 0, to: 0, blend: 0 };

/**
 * Writes agent `i`'s position between frames `from` and `to` (as `readTissueAt` blends it) into
 * `out` at `offset`. An agent born between the frames is where it will be; one not yet born is left as is.
 */
export function agentPositionAt(run: SimulationRun, i: number, from: number, to: number, blend: number, out: Float32Array, offset: number): void {
  const a = run.frames[from];
  const b = run.frames[to];
  const inA = i < a.count;
  const inB = i < b.count;
  if (!inA && !inB) return;
  const ax = inA ? a.x[i] : b.x[i], ay = inA ? a.y[i] : b.y[i], az = inA ? a.z[i] : b.z[i];
  const keep = 1 - blend;
  out[offset] = ax * keep + (inB ? b.x[i] : ax) * blend;
  out[offset + 1] = ay * keep + (inB ? b.y[i] : ay) * blend;
  out[offset + 2] = az * keep + (inB ? b.z[i] : az) * blend;
}

/**
 * Fills `snapshot` with the tissue of `run` at `day` (clamped to the run). Returns true if the
 * contents changed (and the version was bumped).
 */
export function readTissueAt(run: SimulationRun, day: number, snapshot: TissueSnapshot): boolean {
  if (snapshot.run === run && snapshot.day === day) return false;
  if (run.frames.length === 0) throw new Error('this run was computed without frames');
  sizeFor(snapshot, run);
  const { from, to, blend } = framesAround(run, day, AROUND);
  const a = run.frames[from];
  const b = run.frames[to];
  const { kind, axisX, axisY, axisZ } = run.structure;
  const keep = 1 - blend;
  for (let i = 0; i < snapshot.slotCount; i++) {
    const inA = i < a.count;
    const inB = i < b.count;
    if (!inA && !inB) {
      // Not born yet: hidden, and zeroed so the snapshot depends on the day alone.
      snapshot.x[i] = snapshot.y[i] = snapshot.z[i] = snapshot.radiusUm[i] = snapshot.signal[i] = 0;
      snapshot.fateFrom[i] = snapshot.fateTo[i] = 0;
      snapshot.headingX[i] = axisX[i];
      snapshot.headingY[i] = axisY[i];
      snapshot.headingZ[i] = axisZ[i];
      continue;
    }
    // An agent born between the frames grows in where it will be; one not yet born stays hidden.
    const ax = inA ? a.x[i] : b.x[i], ay = inA ? a.y[i] : b.y[i], az = inA ? a.z[i] : b.z[i];
    const bx = inB ? b.x[i] : ax, by = inB ? b.y[i] : ay, bz = inB ? b.z[i] : az;
    snapshot.x[i] = ax * keep + bx * blend;
    snapshot.y[i] = ay * keep + by * blend;
    snapshot.z[i] = az * keep + bz * blend;
    const ra = inA ? a.radiusUm[i] : 0;
    const rb = inB ? b.radiusUm[i] : ra;
    snapshot.radiusUm[i] = ra * keep + rb * blend;
    const sa = inA ? a.signal[i] : b.signal[i];
    snapshot.signal[i] = sa * keep + (inB ? b.signal[i] : sa) * blend;
    snapshot.fateFrom[i] = inA ? a.fate[i] : b.fate[i];
    snapshot.fateTo[i] = inB ? b.fate[i] : a.fate[i];
    const isMover = kind[i] === CellKind.macrophage || kind[i] === CellKind.tumour;
    const dx = bx - ax, dy = by - ay, dz = bz - az;
    // sqrt, not Math.hypot: hypot boxes its result in this hot loop (garbage every frame).
    const moved = Math.sqrt(dx * dx + dy * dy + dz * dz);
    if (isMover && moved > 0.5) {
      snapshot.headingX[i] = dx / moved;
      snapshot.headingY[i] = dy / moved;
      snapshot.headingZ[i] = dz / moved;
    } else {
      snapshot.headingX[i] = axisX[i];
      snapshot.headingY[i] = axisY[i];
      snapshot.headingZ[i] = axisZ[i];
    }
  }
  for (let j = 0; j < snapshot.milkFill.length; j++) {
    snapshot.alveolusRadiusUm[j] = a.alveolusRadiusUm[j] * keep + b.alveolusRadiusUm[j] * blend;
    snapshot.milkFill[j] = a.milkFill[j] * keep + b.milkFill[j] * blend;
  }
  snapshot.blend = blend;
  snapshot.day = day;
  snapshot.run = run;
  snapshot.version++;
  return true;
}

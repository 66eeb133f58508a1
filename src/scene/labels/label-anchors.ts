// Where each label points: a representative of each structure near the middle of the view, on its
// visible side of the cut-away and not hidden behind nearer cells. Computed a few times a second at
// most (when the day tick, the run or the view settles), not per frame: it scans the agents once to
// rank the candidates, then once per candidate tested for being hidden (usually the first).

import type { Plane, Vector3 } from 'three';
import { CellFate, CellKind } from '../../sim/cell-kinds';
import { LUMINAL_RADIUS_UM } from '../../sim/constants';
import type { SimulationRun } from '../../sim/simulate';
import { agentPositionAt, framesAround, type FramePair } from '../../sim/tissue-snapshot';
import { SCENE_LABEL_IDS, type SceneLabelId } from '../../state/scene-labels';
import { TUMOUR_MARKER_SCALE } from '../tumour/tumour-tracks';

const INDEX = Object.fromEntries(SCENE_LABEL_IDS.map((id, i) => [id, i])) as Record<SceneLabelId, number>;

/** Which label a (kind, fate) of agent can stand for, or -1. */
function labelFor(kind: number, fate: number): number {
  switch (kind) {
    case CellKind.tumour: return fate === CellFate.proliferating || fate === CellFate.invasive ? INDEX.tumour : -1;
    case CellKind.luminal: return fate === CellFate.senescent ? INDEX.senescent : -1;
    case CellKind.macrophage: return fate === CellFate.patrolling ? INDEX.macrophage : -1;
    case CellKind.myoepithelial: return INDEX.myoepithelial;
    case CellKind.membranePatch: return INDEX.membrane;
    case CellKind.adipocyte: return INDEX.adipocyte;
    case CellKind.capillarySegment: return INDEX.capillary;
    default: return -1;
  }
}

/** Each label looks for its representative near its own point on a ring around the view centre
 * (this share of the lobule radius), so the labels spread over the picture instead of crowding it. */
const SPREAD_RADII = 0.4;
/** In a close-up the ring shrinks to this share of the view's half height, so it stays in view. */
const SPREAD_VIEW = 0.45;
/**
 * Depth behind a label's ring point counts this many times over: of two representatives as near
 * the point, the one nearer the eye wins, since cells in front hide the one behind.
 */
const DEPTH_WEIGHT = 2.5;
/** Representatives kept per label, best first, for the test of being hidden: the first in plain view wins. */
const CANDIDATES = 16;
/** A cell in front hides a representative if the line of sight passes within this share of its radius (a prism's corners reach 1.15). */
const OCCLUDER_SHARE = 1.1;
/** Points along each duct offered to its label, as fractions of its length (its middle may lie behind fat). */
const DUCT_POINTS = [0.5, 0.3, 0.7, 0.15, 0.85];
/**
 * A see-through representative (a membrane patch) is passed over when an opaque cell or a duct lies
 * this close behind it on the line of sight: its dot would sit on that, and seem to name it.
 */
const BACKDROP_UM = 150;
/** Steps along the line of sight behind a see-through representative at which ducts are looked for. */
const BACKDROP_STEP_UM = 10;
/** Whether cells of a kind hide what lies behind them: membrane patches are drawn see-through, collagen fibres thin. */
const occludes = (kind: number): boolean => kind !== CellKind.membranePatch && kind !== CellKind.collagenFibre;

const LABEL_COUNT = SCENE_LABEL_IDS.length;

/** Scratch space for `findLabelAnchors`, made once by its caller so choosing allocates nothing. */
export interface AnchorScratch {
  /** Each label's point on the ring (x, y, z). */
  focus: Float32Array;
  /** Each label's candidates: score (lower is better), position, agent index (−1: a structure), and
   * how far in front of the position the line of sight may pass through it unhidden (its own radius). */
  score: Float64Array;
  position: Float32Array;
  agent: Int32Array;
  depthUm: Float32Array;
  /** The agent each label points at (−1: a structure, or none), which `followChosenAgents` keeps up with. */
  chosen: Int32Array;
  /** How far the tumour's cells reach from their middle (µm, root mean square plus a cell); 0 without a tumour. */
  tumourRadiusUm: number;
}

export function createAnchorScratch(): AnchorScratch {
  return {
    focus: new Float32Array(LABEL_COUNT * 3),
    score: new Float64Array(LABEL_COUNT * CANDIDATES),
    position: new Float32Array(LABEL_COUNT * CANDIDATES * 3),
    agent: new Int32Array(LABEL_COUNT * CANDIDATES),
    depthUm: new Float32Array(LABEL_COUNT * CANDIDATES),
    chosen: new Int32Array(LABEL_COUNT),
    tumourRadiusUm: 0,
  };
}

/**
 * Fills `out` (x, y, z per label in SCENE_LABEL_IDS order; NaN where there is none to show) with the
 * anchor of each label: the representative nearest its point on a ring around `centre` that is on
 * the visible side of the cut-away, where the viewer can see it (`onScreen`: in the picture, not
 * under a panel) and not hidden behind a nearer cell as seen from `eye`. `right` and `up` are the
 * camera's axes: the ring faces the viewer, and the alveolus label points at the rim of an alveolus
 * as seen; `forward` points from the eye into the scene. `viewHalfHeightUm` is half the view's
 * height at `centre`'s depth.
 */
export function findLabelAnchors(run: SimulationRun, day: number, eye: Vector3, centre: Vector3, right: Vector3, up: Vector3, forward: Vector3,
  viewHalfHeightUm: number, clipping: readonly Plane[], onScreen: (x: number, y: number, z: number) => boolean, out: Float32Array, scratch: AnchorScratch): void {
  const { focus, score, position, agent, depthUm, chosen } = scratch;
  out.fill(Number.NaN);
  score.fill(Infinity);
  chosen.fill(-1);
  if (run.frames.length === 0) return;
  const spread = Math.min(Math.max(...run.structure.semiAxesUm) * SPREAD_RADII, viewHalfHeightUm * SPREAD_VIEW);
  for (let l = 0; l < LABEL_COUNT; l++) {
    const angle = (l / LABEL_COUNT) * Math.PI * 2 + 0.4;
    const c = Math.cos(angle) * spread, s = Math.sin(angle) * spread;
    focus[l * 3] = centre.x + right.x * c + up.x * s;
    focus[l * 3 + 1] = centre.y + right.y * c + up.y * s;
    focus[l * 3 + 2] = centre.z + right.z * c + up.z * s;
  }
  const { from, to, blend } = framesAround(run, day);
  const frame = run.frames[blend < 0.5 ? from : to];
  const { kind } = run.structure;
  // The tumour label looks for its cell at the middle of the tumour cells, not on the ring: near the
  // ring, a lone invasive cell that has wandered off would stand for the whole mass.
  // Also its extent (root mean square distance from the middle, plus a cell), for the other labels
  // to keep their boxes off the mass: E|x − m|² = E|x|² − |m|².
  let tumourCells = 0, sumX = 0, sumY = 0, sumZ = 0, sumSquares = 0, sumRadii = 0;
  for (let i = 0; i < frame.count; i++) {
    if (labelFor(kind[i], frame.fate[i]) !== INDEX.tumour || !(frame.radiusUm[i] > 0.05)) continue;
    tumourCells++;
    sumX += frame.x[i];
    sumY += frame.y[i];
    sumZ += frame.z[i];
    sumSquares += frame.x[i] ** 2 + frame.y[i] ** 2 + frame.z[i] ** 2;
    sumRadii += frame.radiusUm[i];
  }
  scratch.tumourRadiusUm = 0;
  if (tumourCells > 0) {
    const mx = sumX / tumourCells, my = sumY / tumourCells, mz = sumZ / tumourCells;
    focus[INDEX.tumour * 3] = mx;
    focus[INDEX.tumour * 3 + 1] = my;
    focus[INDEX.tumour * 3 + 2] = mz;
    scratch.tumourRadiusUm = Math.sqrt(Math.max(0, sumSquares / tumourCells - mx * mx - my * my - mz * mz)) + sumRadii / tumourCells;
  }
  const visible = (x: number, y: number, z: number): boolean => {
    for (const plane of clipping) if (plane.normal.x * x + plane.normal.y * y + plane.normal.z * z + plane.constant < 0) return false;
    return true;
  };
  /** Keeps the candidate among the label's best few, in order. */
  const offer = (label: number, x: number, y: number, z: number, index: number, ownDepthUm: number): void => {
    // The tumour's marker shows through the cut-away, so its cells there count as seen.
    if (label !== INDEX.tumour && !visible(x, y, z)) return;
    const dx = x - focus[label * 3], dy = y - focus[label * 3 + 1], dz = z - focus[label * 3 + 2];
    const behind = Math.max(0, dx * forward.x + dy * forward.y + dz * forward.z);
    const d = dx * dx + dy * dy + dz * dz + (DEPTH_WEIGHT * DEPTH_WEIGHT - 1) * behind * behind;
    const first = label * CANDIDATES;
    let k = first + CANDIDATES - 1;
    if (d >= score[k] || !onScreen(x, y, z)) return;
    for (; k > first && score[k - 1] > d; k--) {
      score[k] = score[k - 1];
      agent[k] = agent[k - 1];
      depthUm[k] = depthUm[k - 1];
      position[k * 3] = position[(k - 1) * 3];
      position[k * 3 + 1] = position[(k - 1) * 3 + 1];
      position[k * 3 + 2] = position[(k - 1) * 3 + 2];
    }
    score[k] = d;
    agent[k] = index;
    depthUm[k] = ownDepthUm;
    position[k * 3] = x;
    position[k * 3 + 1] = y;
    position[k * 3 + 2] = z;
  };
  for (let i = 0; i < frame.count; i++) {
    const label = labelFor(kind[i], frame.fate[i]);
    // Fully breached membrane is no longer drawn.
    if (label < 0 || !(frame.radiusUm[i] > 0.05) || (label === INDEX.membrane && frame.signal[i] <= 0.1)) continue;
    // Cells closer than half its radius in front of its centre lie against it, not over it.
    offer(label, frame.x[i], frame.y[i], frame.z[i], i, frame.radiusUm[i] / 2);
  }
  const centres = run.structure.alveolusCenterUm;
  for (let a = 0; a < frame.milkFill.length; a++) {
    const cx = centres[a * 3], cy = centres[a * 3 + 1], cz = centres[a * 3 + 2];
    const r = frame.alveolusRadiusUm[a];
    // Alveoli still round enough to read as one; the rim as the viewer sees it.
    // The rim's own cells lie about it; the lumen's centre must be seen (cells floating in the milk hide it).
    if (r > 2.5 * LUMINAL_RADIUS_UM) offer(INDEX.alveolus, cx + right.x * r, cy + right.y * r, cz + right.z * r, -1, 2 * LUMINAL_RADIUS_UM);
    const lumen = Math.max(0, r - LUMINAL_RADIUS_UM * 1.2) * Math.cbrt(frame.milkFill[a]);
    if (lumen > 8) offer(INDEX.milk, cx, cy, cz, -1, 0);
  }
  for (const duct of run.structure.ducts) {
    for (const t of DUCT_POINTS) {
      offer(INDEX.duct, duct.start[0] + (duct.end[0] - duct.start[0]) * t, duct.start[1] + (duct.end[1] - duct.start[1]) * t,
        duct.start[2] + (duct.end[2] - duct.start[2]) * t, -1, duct.radiusUm);
    }
  }

  /**
   * Whether a drawn opaque cell (other than agent `self`) lies on the line of sight from the eye
   * through the point, between `fromUm` and `toUm` beyond it (negative: in front of it). A cell the
   * label could stand for too does not count: the dot then lands on that one, which the label
   * names as truly (a tumour cell inside the mass, seen through the mass's front cells).
   */
  const cellOnSight = (x: number, y: number, z: number, self: number, label: number, fromUm: number, toUm: number, marker = false): boolean => {
    const tx = x - eye.x, ty = y - eye.y, tz = z - eye.z;
    const length = Math.hypot(tx, ty, tz);
    if (!(length > 0)) return false;
    const ux = tx / length, uy = ty / length, uz = tz / length;
    for (let j = 0; j < frame.count; j++) {
      // With `marker`, the tumour's marker covers the point from in front or behind, cut away or not.
      const overAll = marker && kind[j] === CellKind.tumour;
      if (!overAll && (j === self || !occludes(kind[j]) || labelFor(kind[j], frame.fate[j]) === label)) continue;
      const r = frame.radiusUm[j] * (overAll ? TUMOUR_MARKER_SCALE : OCCLUDER_SHARE);
      if (!(r > 0.05)) continue;
      const wx = frame.x[j] - eye.x, wy = frame.y[j] - eye.y, wz = frame.z[j] - eye.z;
      const along = wx * ux + wy * uy + wz * uz;
      if (along <= 0 || (!overAll && (along <= length + fromUm || along >= length + toUm))) continue;
      const across = wx * wx + wy * wy + wz * wz - along * along;
      if (across < r * r && (overAll || visible(frame.x[j], frame.y[j], frame.z[j]))) return true;
    }
    return false;
  };
  /** Hidden: a cell in front of the point by more than `ownDepthUm` (the representative's own radius), or the tumour's marker over it. */
  const hidden = (k: number, label: number): boolean =>
    cellOnSight(position[k * 3], position[k * 3 + 1], position[k * 3 + 2], agent[k], label, -Infinity, -depthUm[k], true);
  /**
   * Seen through (a see-through representative): an opaque cell or a duct lies within BACKDROP_UM
   * behind it on the line of sight, and the viewer sees that instead.
   */
  const seenThrough = (k: number, label: number): boolean => {
    const x = position[k * 3], y = position[k * 3 + 1], z = position[k * 3 + 2];
    if (cellOnSight(x, y, z, agent[k], label, depthUm[k], BACKDROP_UM)) return true;
    const length = Math.hypot(x - eye.x, y - eye.y, z - eye.z);
    for (let behind = depthUm[k]; behind <= BACKDROP_UM; behind += BACKDROP_STEP_UM) {
      const t = 1 + behind / length;
      const px = eye.x + (x - eye.x) * t, py = eye.y + (y - eye.y) * t, pz = eye.z + (z - eye.z) * t;
      if (visible(px, py, pz) && run.structure.ducts.some((d) => distanceToSegmentUm(px, py, pz, d.start, d.end) < d.radiusUm)) return true;
    }
    return false;
  };
  for (let l = 0; l < LABEL_COUNT; l++) {
    for (let k = l * CANDIDATES; k < (l + 1) * CANDIDATES && score[k] < Infinity; k++) {
      // A label that names a see-through structure rather points at none than at what shows through it.
      // The tumour is drawn through whatever is in front of it and through the cut-away
      // (scene/tumour/TumourMarkers): never hidden.
      if ((l !== INDEX.tumour && hidden(k, l)) || (l === INDEX.membrane && seenThrough(k, l))) continue;
      out[l * 3] = position[k * 3];
      out[l * 3 + 1] = position[k * 3 + 1];
      out[l * 3 + 2] = position[k * 3 + 2];
      chosen[l] = agent[k];
      break;
    }
  }
}

/** Distance (µm) from a point to a segment from `a` to `b`. */
function distanceToSegmentUm(x: number, y: number, z: number, a: readonly number[], b: readonly number[]): number {
  const dx = b[0] - a[0], dy = b[1] - a[1], dz = b[2] - a[2];
  const lengthSq = dx * dx + dy * dy + dz * dz;
  const t = lengthSq > 0 ? Math.max(0, Math.min(1, ((x - a[0]) * dx + (y - a[1]) * dy + (z - a[2]) * dz) / lengthSq)) : 0;
  return Math.hypot(x - a[0] - dx * t, y - a[1] - dy * t, z - a[2] - dz * t);
}

/** The frame pair `followChosenAgents` reads into: it runs every frame while labels show. */
const FOLLOWED_PAIR: FramePair = { from: 0, to: 0, blend: 0 };

/**
 * Moves the anchors of labels that point at an agent to where that agent is drawn on `day`, between
 * two frames as the picture blends them: a crawling macrophage keeps its label while playing, though
 * the representatives are chosen again only each quarter day.
 */
export function followChosenAgents(run: SimulationRun, day: number, chosen: Int32Array, out: Float32Array): void {
  if (run.frames.length === 0) return;
  const { from, to, blend } = framesAround(run, day, FOLLOWED_PAIR);
  for (let l = 0; l < chosen.length; l++) {
    const i = chosen[l];
    if (i >= 0) agentPositionAt(run, i, from, to, blend, out, l * 3);
  }
}

// Where each label points: a representative of each structure near the middle of the view and on
// its visible side of the cut-away. Computed a few times a second at most (when the day tick, the
// run or the view settles), not per frame: it scans the agents once.

import type { Plane, Vector3 } from 'three';
import { CellFate, CellKind } from '../../sim/cell-kinds';
import { LUMINAL_RADIUS_UM } from '../../sim/constants';
import type { SimulationRun } from '../../sim/simulate';
import { framesAround } from '../../sim/tissue-snapshot';
import { SCENE_LABEL_IDS, type SceneLabelId } from '../../state/scene-labels';

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

/**
 * Fills `out` (x, y, z per label in SCENE_LABEL_IDS order; NaN where there is none to show) with the
 * anchor of each label: the visible representative nearest its point on a ring around `centre`.
 * `right` and `up` are the camera's axes: the ring faces the viewer, and the alveolus label points
 * at the rim of an alveolus as seen; `forward` points from the eye into the scene. `viewHalfHeightUm`
 * is half the view's height at `centre`'s depth. `focus` is scratch space (LABEL_COUNT × 3).
 */
export function findLabelAnchors(run: SimulationRun, day: number, centre: Vector3, right: Vector3, up: Vector3, forward: Vector3, viewHalfHeightUm: number,
  clipping: readonly Plane[], out: Float32Array, best: Float64Array, focus: Float32Array): void {
  out.fill(Number.NaN);
  best.fill(Infinity);
  if (run.frames.length === 0) return;
  const spread = Math.min(Math.max(...run.structure.semiAxesUm) * SPREAD_RADII, viewHalfHeightUm * SPREAD_VIEW);
  for (let l = 0; l < SCENE_LABEL_IDS.length; l++) {
    const angle = (l / SCENE_LABEL_IDS.length) * Math.PI * 2 + 0.4;
    const c = Math.cos(angle) * spread, s = Math.sin(angle) * spread;
    focus[l * 3] = centre.x + right.x * c + up.x * s;
    focus[l * 3 + 1] = centre.y + right.y * c + up.y * s;
    focus[l * 3 + 2] = centre.z + right.z * c + up.z * s;
  }
  const { from, to, blend } = framesAround(run, day);
  const frame = run.frames[blend < 0.5 ? from : to];
  const { kind } = run.structure;
  const visible = (x: number, y: number, z: number): boolean => {
    for (const plane of clipping) if (plane.normal.x * x + plane.normal.y * y + plane.normal.z * z + plane.constant < 0) return false;
    return true;
  };
  const offer = (label: number, x: number, y: number, z: number): void => {
    if (!visible(x, y, z)) return;
    const dx = x - focus[label * 3], dy = y - focus[label * 3 + 1], dz = z - focus[label * 3 + 2];
    const behind = Math.max(0, dx * forward.x + dy * forward.y + dz * forward.z);
    const d = dx * dx + dy * dy + dz * dz + (DEPTH_WEIGHT * DEPTH_WEIGHT - 1) * behind * behind;
    if (d >= best[label]) return;
    best[label] = d;
    out[label * 3] = x;
    out[label * 3 + 1] = y;
    out[label * 3 + 2] = z;
  };
  for (let i = 0; i < frame.count; i++) {
    const label = labelFor(kind[i], frame.fate[i]);
    // Fully breached membrane is no longer drawn.
    if (label < 0 || !(frame.radiusUm[i] > 0.05) || (label === INDEX.membrane && frame.signal[i] <= 0.1)) continue;
    offer(label, frame.x[i], frame.y[i], frame.z[i]);
  }
  const centres = run.structure.alveolusCenterUm;
  for (let a = 0; a < frame.milkFill.length; a++) {
    const cx = centres[a * 3], cy = centres[a * 3 + 1], cz = centres[a * 3 + 2];
    const r = frame.alveolusRadiusUm[a];
    // Alveoli still round enough to read as one; the rim as the viewer sees it.
    if (r > 2.5 * LUMINAL_RADIUS_UM) offer(INDEX.alveolus, cx + right.x * r, cy + right.y * r, cz + right.z * r);
    const lumen = Math.max(0, r - LUMINAL_RADIUS_UM * 1.2) * Math.cbrt(frame.milkFill[a]);
    if (lumen > 8) offer(INDEX.milk, cx, cy, cz);
  }
  for (const duct of run.structure.ducts) {
    offer(INDEX.duct, (duct.start[0] + duct.end[0]) / 2, (duct.start[1] + duct.end[1]) / 2, (duct.start[2] + duct.end[2]) / 2);
  }
}

// Hangs alveoli from the duct tree: each candidate sits on a short ductule off a branch, and is kept
// only if it stays inside the lobule and clears the other alveoli and the ducts. Neighbours are
// found through bucket grids, so each attempt costs the same however many alveoli there are.

import type { DuctSegment } from '../anatomy';
import { ALVEOLUS_GAP_UM, ALVEOLUS_RADIUS_MAX_UM, ALVEOLUS_RADIUS_MIN_UM, DUCTULE_RADIUS_UM } from '../constants';
import {
  add, distance, distanceToSegment, ellipsoidRadius, normalize, randomPerpendicular, scale, sub, type Vec3,
} from '../geometry';
import type { SequentialRandom } from '../random';
import { addSegmentToGrid, addToGrid, createPointGrid, type PointGrid, visitSpheresNear } from './point-grid';

export interface PlacedAlveolus {
  center: Vec3;
  radiusUm: number;
  /** Unit vector from the centre toward its ductule. */
  stalk: Vec3;
}

const ATTEMPTS_PER_ALVEOLUS = 400;
/** Ductules vary in length so alveoli can fill the gaps between branches. */
const STALK_LENGTH_UM = [6, 36] as const;

export function placeAlveoli(
  random: SequentialRandom,
  ducts: DuctSegment[],
  semiAxes: Vec3,
  targetCount: number,
): { alveoli: PlacedAlveolus[]; ductules: DuctSegment[] } {
  const alveoli: PlacedAlveolus[] = [];
  const ductules: DuctSegment[] = [];
  const halfExtent: Vec3 = [semiAxes[0] * 1.2, semiAxes[1] * 1.2, semiAxes[2] * 1.2];
  const alveolusGrid = createPointGrid(halfExtent, 2 * ALVEOLUS_RADIUS_MAX_UM + ALVEOLUS_GAP_UM);
  const ductGrid = createPointGrid(halfExtent, 2 * ALVEOLUS_RADIUS_MAX_UM);
  for (const d of ducts) addSegmentToGrid(ductGrid, d);
  const ductuleGrid = createPointGrid(halfExtent, 2 * ALVEOLUS_RADIUS_MAX_UM);
  // Branches (not the trunk) carry alveoli, longer ones more often.
  const branches = ducts.slice(1);
  const weights = branches.map((d) => distance(d.start, d.end));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const pickBranch = (): DuctSegment => {
    let r = random.next() * totalWeight;
    for (let i = 0; i < branches.length; i++) if ((r -= weights[i]) <= 0) return branches[i];
    return branches[branches.length - 1];
  };

  for (let attempt = 0; attempt < targetCount * ATTEMPTS_PER_ALVEOLUS && alveoli.length < targetCount; attempt++) {
    const branch = pickBranch();
    const axis = normalize(sub(branch.end, branch.start));
    const t = random.range(0.1, 1.08);
    const root = add(branch.start, scale(sub(branch.end, branch.start), Math.min(1, t)));
    // Past the tip, alveoli cap the branch; along it, they stick out sideways.
    const outward = t >= 1 ? normalize(add(axis, scale(randomPerpendicular(axis, random), 0.8))) : randomPerpendicular(axis, random);
    // Later attempts try smaller alveoli so the lobule still fills up.
    const shrink = Math.min(1, attempt / (targetCount * ATTEMPTS_PER_ALVEOLUS * 0.6));
    const radiusUm = random.range(ALVEOLUS_RADIUS_MIN_UM, ALVEOLUS_RADIUS_MAX_UM - shrink * 10);
    const center = add(root, scale(outward, branch.radiusUm + random.range(STALK_LENGTH_UM[0], STALK_LENGTH_UM[1]) + radiusUm));
    if (!fitsInLobule(center, radiusUm, semiAxes)) continue;
    if (anyNear(alveolusGrid, center, radiusUm + ALVEOLUS_GAP_UM, (i) => distance(alveoli[i].center, center) < alveoli[i].radiusUm + radiusUm + ALVEOLUS_GAP_UM)) continue;
    if (anySegmentNear(ductGrid, ducts, center, radiusUm + 4)) continue;
    if (anySegmentNear(ductuleGrid, ductules, center, radiusUm + 2)) continue;
    const stalk = scale(outward, -1);
    alveoli.push({ center, radiusUm, stalk });
    addToGrid(alveolusGrid, center, radiusUm);
    const ductule: DuctSegment = { start: root, end: add(center, scale(stalk, radiusUm * 0.9)), radiusUm: DUCTULE_RADIUS_UM };
    ductules.push(ductule);
    addSegmentToGrid(ductuleGrid, ductule);
  }
  return { alveoli, ductules };
}

/** Whether any sphere of the grid near the point passes `test`. */
function anyNear(grid: PointGrid, point: Vec3, reachUm: number, test: (index: number) => boolean): boolean {
  let found = false;
  visitSpheresNear(grid, point, reachUm, (i) => (found = test(i)));
  return found;
}

/** Whether a point is within `clearanceUm` + the tube's radius of any of these segments. */
function anySegmentNear(grid: PointGrid, segments: DuctSegment[], point: Vec3, clearanceUm: number): boolean {
  return anyNear(grid, point, clearanceUm, (piece) => {
    const d = segments[grid.owner[piece]];
    return distanceToSegment(point, d.start, d.end) < clearanceUm + d.radiusUm;
  });
}

function fitsInLobule(center: Vec3, radiusUm: number, semiAxes: Vec3): boolean {
  const inner: Vec3 = [semiAxes[0] - radiusUm, semiAxes[1] - radiusUm, semiAxes[2] - radiusUm];
  return ellipsoidRadius(center, inner) <= 1;
}

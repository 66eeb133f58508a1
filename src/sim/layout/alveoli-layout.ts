// Hangs alveoli from the duct tree: each candidate sits on a short ductule off a branch, and is kept
// only if it stays inside the lobule and clears the other alveoli and the ducts.

import type { DuctSegment } from '../anatomy';
import { ALVEOLUS_GAP_UM, ALVEOLUS_RADIUS_MAX_UM, ALVEOLUS_RADIUS_MIN_UM, DUCTULE_RADIUS_UM } from '../constants';
import {
  add, distance, distanceToSegment, ellipsoidRadius, normalize, randomPerpendicular, scale, sub, type Vec3,
} from '../geometry';
import type { SequentialRandom } from '../random';

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
    if (alveoli.some((a) => distance(a.center, center) < a.radiusUm + radiusUm + ALVEOLUS_GAP_UM)) continue;
    if (ducts.some((d) => distanceToSegment(center, d.start, d.end) < radiusUm + d.radiusUm + 4)) continue;
    if (ductules.some((d) => distanceToSegment(center, d.start, d.end) < radiusUm + d.radiusUm + 2)) continue;
    const stalk = scale(outward, -1);
    alveoli.push({ center, radiusUm, stalk });
    ductules.push({ start: root, end: add(center, scale(stalk, radiusUm * 0.9)), radiusUm: DUCTULE_RADIUS_UM });
  }
  return { alveoli, ductules };
}

function fitsInLobule(center: Vec3, radiusUm: number, semiAxes: Vec3): boolean {
  const inner: Vec3 = [semiAxes[0] - radiusUm, semiAxes[1] - radiusUm, semiAxes[2] - radiusUm];
  return ellipsoidRadius(center, inner) <= 1;
}

// Grows the terminal duct: a trunk entering the lobule from below that branches a few times,
// so that alveoli can hang from its branches like grapes.

import type { DuctSegment } from '../anatomy';
import { DUCT_RADIUS_UM, DUCTULE_RADIUS_UM } from '../constants';
import { add, ellipsoidRadius, normalize, randomPerpendicular, scale, type Vec3 } from '../geometry';
import type { SequentialRandom } from '../random';

/** Branching levels of a scale-1 lobule; larger lobules branch more often to carry more alveoli. */
const BRANCH_DEPTH = 3;
const TRUNK_LENGTH_UM = 150;
const LENGTH_RATIO = 0.72;
const BRANCH_ANGLE_RAD = 0.75;

export function growDuctTree(random: SequentialRandom, semiAxes: Vec3, scaleFactor: number): DuctSegment[] {
  const segments: DuctSegment[] = [];
  const lengthScale = Math.cbrt(scaleFactor);
  const depthLimit = BRANCH_DEPTH + Math.max(0, Math.round(Math.log2(scaleFactor)));
  const entry: Vec3 = [0, -semiAxes[1] * 1.12, 0];

  const grow = (start: Vec3, direction: Vec3, lengthUm: number, depth: number): void => {
    let end = add(start, scale(direction, lengthUm));
    // Keep branch tips well inside the lobule so alveoli fit around them.
    const reach = ellipsoidRadius(end, semiAxes);
    if (reach > 0.66) end = scale(end, 0.66 / reach);
    const radiusUm = DUCT_RADIUS_UM - ((DUCT_RADIUS_UM - DUCTULE_RADIUS_UM) * depth) / depthLimit;
    segments.push({ start, end, radiusUm });
    if (depth === depthLimit) return;
    const children = depth === 0 ? 3 : 2;
    const side = randomPerpendicular(direction, random);
    for (let c = 0; c < children; c++) {
      // Spread children evenly around the parent's axis, tilted by the branch angle.
      const turn = (c / children) * Math.PI * 2;
      const around = rotateAbout(side, direction, turn);
      const tilt = BRANCH_ANGLE_RAD * random.range(0.8, 1.2);
      const childDirection = normalize(add(scale(direction, Math.cos(tilt)), scale(around, Math.sin(tilt))));
      grow(end, childDirection, lengthUm * LENGTH_RATIO * random.range(0.85, 1.15), depth + 1);
    }
  };

  grow(entry, [0, 1, 0], TRUNK_LENGTH_UM * lengthScale, 0);
  return segments;
}

/** Rotates unit vector v about unit axis k by angle (Rodrigues), assuming v ⟂ k. */
function rotateAbout(v: Vec3, k: Vec3, angle: number): Vec3 {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const kxv: Vec3 = [k[1] * v[2] - k[2] * v[1], k[2] * v[0] - k[0] * v[2], k[0] * v[1] - k[1] * v[0]];
  return normalize(add(scale(v, c), scale(kxv, s)));
}

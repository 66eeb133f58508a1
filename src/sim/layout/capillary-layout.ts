// Threads capillaries through the stroma: each vessel is a walk across the lobule that steers
// around the alveoli, cut into short segments (one agent each, so a tumour cell can enter one).
// Only the alveoli near each step are looked at (a bucket grid), so cost grows with the vessels.

import { CAPILLARY_SEGMENT_UM } from '../constants';
import { add, ellipsoidRadius, normalize, randomUnit, scale, sub, type Vec3 } from '../geometry';
import type { SequentialRandom } from '../random';
import type { PlacedAlveolus } from './alveoli-layout';
import { addToGrid, createPointGrid, visitSpheresNear } from './point-grid';

export interface CapillarySegment {
  center: Vec3;
  axis: Vec3;
}

const MAX_SEGMENTS_PER_VESSEL = 60;
const CLEARANCE_UM = 7;

export function threadCapillaries(
  random: SequentialRandom,
  alveoli: PlacedAlveolus[],
  semiAxes: Vec3,
  vesselCount: number,
): CapillarySegment[] {
  const segments: CapillarySegment[] = [];
  const grid = createPointGrid([semiAxes[0] * 1.3, semiAxes[1] * 1.3, semiAxes[2] * 1.3], 130);
  for (const a of alveoli) addToGrid(grid, a.center, a.radiusUm);
  const near: number[] = [];
  for (let v = 0; v < vesselCount; v++) {
    const entry = randomUnit(random);
    let point: Vec3 = [entry[0] * semiAxes[0], entry[1] * semiAxes[1], entry[2] * semiAxes[2]];
    const exit = scale(randomUnit(random), 0.5);
    const goal: Vec3 = [-point[0] * 0.8 + exit[0] * semiAxes[0], -point[1] * 0.8 + exit[1] * semiAxes[1], -point[2] * 0.8 + exit[2] * semiAxes[2]];
    let direction = normalize(sub(goal, point));
    for (let s = 0; s < MAX_SEGMENTS_PER_VESSEL; s++) {
      let steer = add(scale(normalize(sub(goal, point)), 0.35), scale(randomUnit(random), 0.3));
      // Push away from any alveolus the next point would enter.
      const ahead = add(point, scale(direction, CAPILLARY_SEGMENT_UM));
      near.length = 0;
      visitSpheresNear(grid, ahead, 12 + CLEARANCE_UM, (i) => void near.push(i));
      near.sort((p, q) => p - q); // the same order (and sums) as a scan of every alveolus
      for (const i of near) {
        const a = alveoli[i];
        const away = sub(ahead, a.center);
        const gap = Math.hypot(away[0], away[1], away[2]) - a.radiusUm - CLEARANCE_UM;
        if (gap < 12) steer = add(steer, scale(normalize(away), (12 - gap) / 6));
      }
      direction = normalize(add(direction, steer));
      const next = add(point, scale(direction, CAPILLARY_SEGMENT_UM));
      if (s > 3 && ellipsoidRadius(next, semiAxes) > 1.02) break;
      segments.push({ center: scale(add(point, next), 0.5), axis: direction });
      point = next;
    }
  }
  return segments;
}

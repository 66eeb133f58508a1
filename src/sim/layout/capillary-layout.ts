// Threads capillaries through the stroma: each vessel is a walk across the lobule that steers
// around the alveoli, cut into short segments (one agent each, so a tumour cell can enter one).

import { CAPILLARY_SEGMENT_UM } from '../constants';
import { add, ellipsoidRadius, normalize, randomUnit, scale, sub, type Vec3 } from '../geometry';
import type { SequentialRandom } from '../random';
import type { PlacedAlveolus } from './alveoli-layout';

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
      for (const a of alveoli) {
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

// Places the stroma between the alveoli: adipocytes on a jittered lattice (each with the largest
// droplet its spot allows once the alveoli have collapsed), fibroblasts, collagen fibres wrapping the
// alveoli, and the resident macrophages of lactation.

import type { DuctSegment } from '../anatomy';
import { ADIPOCYTE_RADIUS_MAX_UM, ADIPOCYTE_SPACING_UM, BUD_RADIUS_MIN_UM } from '../constants';
import {
  add, distance, distanceToSegment, ellipsoidRadius, randomPerpendicular, randomUnit, scale, type Vec3,
} from '../geometry';
import type { SequentialRandom } from '../random';
import type { PlacedAlveolus } from './alveoli-layout';

export interface PlacedAdipocyte {
  center: Vec3;
  maxRadiusUm: number;
  /** Alveoli whose lactating surface could squeeze this droplet. */
  neighbours: number[];
}

/** The radius an alveolus is expected to shrink to; adipocytes are sized to fit around it. */
export const expectedBudRadiusUm = (a: PlacedAlveolus): number => Math.max(BUD_RADIUS_MIN_UM, a.radiusUm * 0.4);

export function placeAdipocytes(
  random: SequentialRandom,
  alveoli: PlacedAlveolus[],
  ducts: DuctSegment[],
  semiAxes: Vec3,
): PlacedAdipocyte[] {
  const placed: PlacedAdipocyte[] = [];
  const step = ADIPOCYTE_SPACING_UM;
  for (let x = -semiAxes[0]; x <= semiAxes[0]; x += step) {
    for (let y = -semiAxes[1]; y <= semiAxes[1]; y += step) {
      for (let z = -semiAxes[2]; z <= semiAxes[2]; z += step) {
        const jitter = step * 0.3;
        const center: Vec3 = [x + random.range(-jitter, jitter), y + random.range(-jitter, jitter), z + random.range(-jitter, jitter)];
        if (ellipsoidRadius(center, semiAxes) > 0.97) continue;
        let room = ADIPOCYTE_RADIUS_MAX_UM;
        for (const a of alveoli) room = Math.min(room, distance(center, a.center) - expectedBudRadiusUm(a) - 4);
        for (const d of ducts) room = Math.min(room, distanceToSegment(center, d.start, d.end) - d.radiusUm - 3);
        if (room < 14) continue;
        const neighbours: number[] = [];
        alveoli.forEach((a, index) => {
          if (distance(center, a.center) - a.radiusUm < room + 6) neighbours.push(index);
        });
        placed.push({ center, maxRadiusUm: room, neighbours });
      }
    }
  }
  return placed;
}

export interface PlacedSpindle {
  center: Vec3;
  axis: Vec3;
}

/** Fibroblasts and collagen fibres: spindles lying along the outside of the alveoli. */
export function placeSpindles(
  random: SequentialRandom,
  alveoli: PlacedAlveolus[],
  perAlveolus: number,
  offsetUm: [number, number],
): PlacedSpindle[] {
  const spindles: PlacedSpindle[] = [];
  for (const a of alveoli) {
    for (let i = 0; i < perAlveolus; i++) {
      const normal = randomUnit(random);
      const center = add(a.center, scale(normal, a.radiusUm + random.range(offsetUm[0], offsetUm[1])));
      // Tangent to the alveolar surface, as fibres wrap the basement membrane.
      spindles.push({ center, axis: randomPerpendicular(normal, random) });
    }
  }
  return spindles;
}

/** Random points in the stroma: inside the lobule, outside every lactating alveolus. */
export function placeInStroma(random: SequentialRandom, alveoli: PlacedAlveolus[], semiAxes: Vec3, count: number): Vec3[] {
  const points: Vec3[] = [];
  for (let attempt = 0; attempt < count * 400 && points.length < count; attempt++) {
    const p: Vec3 = [random.range(-1, 1) * semiAxes[0], random.range(-1, 1) * semiAxes[1], random.range(-1, 1) * semiAxes[2]];
    if (ellipsoidRadius(p, semiAxes) > 0.92) continue;
    if (alveoli.some((a) => distance(p, a.center) < a.radiusUm + 5)) continue;
    points.push(p);
  }
  return points;
}

// Places the stroma between the alveoli: adipocytes packed through it (a Poisson-disc fill, each with
// the largest size its spot allows once the alveoli have collapsed and its neighbours are full),
// fibroblasts, collagen fibres wrapping the alveoli, and the resident macrophages of lactation.
// Neighbours are found through bucket grids, so laying out N cells costs O(N), not O(N²).

import type { DuctSegment } from '../anatomy';
import { ADIPOCYTE_RADIUS_MAX_UM, ADIPOCYTE_RADIUS_MIN_UM, ADIPOCYTE_SPACING_UM, BUD_RADIUS_MIN_UM } from '../constants';
import {
  add, distance, distanceToSegment, ellipsoidRadius, randomPerpendicular, randomUnit, scale, type Vec3,
} from '../geometry';
import type { SequentialRandom } from '../random';
import type { PlacedAlveolus } from './alveoli-layout';
import { addSegmentToGrid, addToGrid, createPointGrid, visitSpheresNear } from './point-grid';

export interface PlacedAdipocyte {
  center: Vec3;
  /**
   * Radius (µm) of the cell when full of lipid: at most the gap to the nearest collapsed alveolus
   * (bud) or duct, and just over half the distance to its nearest neighbour, so full neighbours
   * touch and flatten a little against each other rather than pass through.
   */
  maxRadiusUm: number;
  /** Alveoli whose lactating surface could squeeze this cell. */
  neighbours: number[];
}

/** The radius an alveolus is expected to shrink to; adipocytes are sized to fit around it. */
export const expectedBudRadiusUm = (a: PlacedAlveolus): number => Math.max(BUD_RADIUS_MIN_UM, a.radiusUm * 0.4);

/** Full neighbours may overlap by this share of their centre distance (the drawing flattens them). */
const NEIGHBOUR_OVERLAP = 0.08;
/** Candidate points per adipocyte spacing along each axis, tried in a seeded random order. */
const CANDIDATES_PER_SPACING = 2;

/**
 * Packs adipocytes into the stroma: candidates on a fine jittered lattice, visited in a random
 * order, each kept if it is inside the lobule, leaves room for a cell of at least the smallest size
 * beside the buds and ducts, and lies at least ADIPOCYTE_SPACING_UM from every cell kept before
 * (random sequential packing, a Poisson-disc set). Then each cell's full size follows from its room.
 */
export function placeAdipocytes(
  random: SequentialRandom,
  alveoli: PlacedAlveolus[],
  ducts: DuctSegment[],
  semiAxes: Vec3,
): PlacedAdipocyte[] {
  const half: Vec3 = [semiAxes[0] * 1.2, semiAxes[1] * 1.2, semiAxes[2] * 1.2];
  const budGrid = createPointGrid(half, 130);
  for (const a of alveoli) addToGrid(budGrid, a.center, expectedBudRadiusUm(a));
  const lactatingGrid = createPointGrid(half, 130);
  for (const a of alveoli) addToGrid(lactatingGrid, a.center, a.radiusUm);
  const ductGrid = createPointGrid(half, 130);
  for (const d of ducts) addSegmentToGrid(ductGrid, d);
  const spacing = ADIPOCYTE_SPACING_UM;
  const cellGrid = createPointGrid(half, spacing);

  /** Room for a full cell at a point: the gap to the nearest bud or duct (minus a margin), capped. */
  const roomAt = (p: Vec3): number => {
    let room = ADIPOCYTE_RADIUS_MAX_UM;
    visitSpheresNear(budGrid, p, room + 4, (i) => {
      room = Math.min(room, distance(p, alveoli[i].center) - expectedBudRadiusUm(alveoli[i]) - 4);
    });
    visitSpheresNear(ductGrid, p, room + 3, (piece) => {
      const d = ducts[ductGrid.owner[piece]];
      room = Math.min(room, distanceToSegment(p, d.start, d.end) - d.radiusUm - 3);
    });
    return room;
  };

  // Candidates on a jittered lattice finer than the spacing, in a seeded random order.
  const pitch = spacing / CANDIDATES_PER_SPACING;
  const candidates: Vec3[] = [];
  for (let x = -semiAxes[0]; x <= semiAxes[0]; x += pitch) {
    for (let y = -semiAxes[1]; y <= semiAxes[1]; y += pitch) {
      for (let z = -semiAxes[2]; z <= semiAxes[2]; z += pitch) {
        const jitter = pitch * 0.45;
        candidates.push([x + random.range(-jitter, jitter), y + random.range(-jitter, jitter), z + random.range(-jitter, jitter)]);
      }
    }
  }
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [candidates[i], candidates[j]] = [candidates[j], candidates[i]];
  }

  const centers: Vec3[] = [];
  const rooms: number[] = [];
  for (const p of candidates) {
    if (ellipsoidRadius(p, semiAxes) > 0.97) continue;
    let crowded = false;
    visitSpheresNear(cellGrid, p, spacing, (i) => (crowded = distance(p, centers[i]) < spacing));
    if (crowded) continue;
    const room = roomAt(p);
    if (room < ADIPOCYTE_RADIUS_MIN_UM) continue;
    centers.push(p);
    rooms.push(room);
    addToGrid(cellGrid, p, 0);
  }

  // Full size: within its room, and touching (barely overlapping) its nearest neighbour.
  return centers.map((center, k) => {
    let nearest = Infinity;
    visitSpheresNear(cellGrid, center, 2 * ADIPOCYTE_RADIUS_MAX_UM, (i) => {
      if (i !== k) nearest = Math.min(nearest, distance(center, centers[i]));
    });
    const maxRadiusUm = Math.max(ADIPOCYTE_RADIUS_MIN_UM, Math.min(rooms[k], (nearest * (1 + NEIGHBOUR_OVERLAP)) / 2));
    const neighbours: number[] = [];
    visitSpheresNear(lactatingGrid, center, maxRadiusUm + 6, (index) => {
      if (distance(center, alveoli[index].center) - alveoli[index].radiusUm < maxRadiusUm + 6) neighbours.push(index);
    });
    neighbours.sort((p, q) => p - q);
    return { center, maxRadiusUm, neighbours };
  });
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
  const grid = createPointGrid([semiAxes[0] * 1.2, semiAxes[1] * 1.2, semiAxes[2] * 1.2], 130);
  for (const a of alveoli) addToGrid(grid, a.center, a.radiusUm);
  for (let attempt = 0; attempt < count * 400 && points.length < count; attempt++) {
    const p: Vec3 = [random.range(-1, 1) * semiAxes[0], random.range(-1, 1) * semiAxes[1], random.range(-1, 1) * semiAxes[2]];
    if (ellipsoidRadius(p, semiAxes) > 0.92) continue;
    let inside = false;
    visitSpheresNear(grid, p, 5, (i) => (inside = distance(p, alveoli[i].center) < alveoli[i].radiusUm + 5));
    if (inside) continue;
    points.push(p);
  }
  return points;
}

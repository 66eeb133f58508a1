// A bucket grid of spheres for building the lobule: "what is near this point?" in time ∝ the
// neighbours, not all spheres, so laying out N alveoli, adipocytes or vessels is O(N), not O(N²).
// Spheres can be added one by one (placement by rejection adds each as it is accepted).

import type { DuctSegment } from '../anatomy';
import type { Vec3 } from '../geometry';

export interface PointGrid {
  readonly originUm: Vec3;
  readonly bucketUm: number;
  readonly n: [number, number, number];
  /** Indices of the spheres whose centre falls in each bucket. */
  readonly buckets: number[][];
  readonly centers: Vec3[];
  readonly radii: number[];
  /** What each sphere stands for: itself, or the segment it is a piece of. */
  readonly owner: number[];
  /** Segments added so far (pieces of one segment share its number). */
  segments: number;
  /** Largest radius so far: a query must look this much further. */
  maxRadiusUm: number;
}

/** A grid over the box ±halfExtent (µm); points outside are clamped to its edge buckets. */
export function createPointGrid(halfExtentUm: Vec3, bucketUm: number): PointGrid {
  const n = halfExtentUm.map((h) => Math.max(1, Math.ceil((2 * h) / bucketUm))) as [number, number, number];
  return {
    originUm: halfExtentUm.map((h) => -h) as Vec3,
    bucketUm,
    n,
    buckets: Array.from({ length: n[0] * n[1] * n[2] }, () => []),
    centers: [],
    radii: [],
    owner: [],
    segments: 0,
    maxRadiusUm: 0,
  };
}

function coordinate(grid: PointGrid, valueUm: number, axis: 0 | 1 | 2): number {
  return Math.min(grid.n[axis] - 1, Math.max(0, Math.floor((valueUm - grid.originUm[axis]) / grid.bucketUm)));
}

/** Adds a sphere and returns its index (indices count up from 0 in the order added). */
export function addToGrid(grid: PointGrid, center: Vec3, radiusUm: number, owner?: number): number {
  const index = grid.centers.length;
  grid.centers.push(center);
  grid.radii.push(radiusUm);
  grid.owner.push(owner ?? index);
  if (radiusUm > grid.maxRadiusUm) grid.maxRadiusUm = radiusUm;
  const b = coordinate(grid, center[0], 0) + grid.n[0] * (coordinate(grid, center[1], 1) + grid.n[1] * coordinate(grid, center[2], 2));
  grid.buckets[b].push(index);
  return index;
}

/**
 * Calls `visit(index)` for every sphere whose surface may lie within `reachUm` of the point (its
 * centre within reach + the largest radius); stops early when `visit` returns true.
 */
export function visitSpheresNear(grid: PointGrid, point: Vec3, reachUm: number, visit: (index: number) => boolean | void): void {
  const r = reachUm + grid.maxRadiusUm;
  const x0 = coordinate(grid, point[0] - r, 0), x1 = coordinate(grid, point[0] + r, 0);
  const y0 = coordinate(grid, point[1] - r, 1), y1 = coordinate(grid, point[1] + r, 1);
  const z0 = coordinate(grid, point[2] - r, 2), z1 = coordinate(grid, point[2] + r, 2);
  const [nx, ny] = grid.n;
  for (let bz = z0; bz <= z1; bz++) {
    for (let by = y0; by <= y1; by++) {
      for (let bx = x0; bx <= x1; bx++) {
        for (const index of grid.buckets[bx + nx * (by + ny * bz)]) if (visit(index) === true) return;
      }
    }
  }
}

/** The smallest gap (surface to point minus nothing) from the point to any sphere within reach, or `reachUm`. */
export function nearestSurfaceGap(grid: PointGrid, point: Vec3, reachUm: number): number {
  let best = reachUm;
  visitSpheresNear(grid, point, reachUm, (i) => {
    const c = grid.centers[i];
    const gap = Math.hypot(point[0] - c[0], point[1] - c[1], point[2] - c[2]) - grid.radii[i];
    if (gap < best) best = gap;
  });
  return best;
}

/**
 * Adds a tube (a duct segment) as pieces no longer than a bucket, each a sphere around its middle
 * that holds the piece; `owner` of each piece is the segment's number (0, 1, 2… in the order added).
 */
export function addSegmentToGrid(grid: PointGrid, segment: DuctSegment): void {
  const { start, end, radiusUm } = segment;
  const lengthUm = Math.hypot(end[0] - start[0], end[1] - start[1], end[2] - start[2]);
  const pieces = Math.max(1, Math.ceil(lengthUm / grid.bucketUm));
  const owner = grid.segments++;
  for (let p = 0; p < pieces; p++) {
    const t = (p + 0.5) / pieces;
    const middle: Vec3 = [start[0] + (end[0] - start[0]) * t, start[1] + (end[1] - start[1]) * t, start[2] + (end[2] - start[2]) * t];
    addToGrid(grid, middle, lengthUm / pieces / 2 + radiusUm, owner);
  }
}

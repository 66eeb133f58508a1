// For each voxel of a field grid, the alveolus whose surface is nearest, if within reach: a
// constant-time lookup of "which alveolus is this macrophage at?" for any number of alveoli. Built
// through a bucket grid of the alveoli, so it costs ∝ voxels, not voxels × alveoli.

import type { Alveoli } from '../anatomy';
import type { ScalarField } from '../scalar-field';
import { addToGrid, createPointGrid, visitSpheresNear } from './point-grid';

/** How far outside the lactating surface a macrophage still counts as at that alveolus. */
const REACH_UM = 25;

export function nearestAlveolusMap(grid: ScalarField, alveoli: Alveoli): Int32Array {
  const { nx, ny, nz, voxelUm, originUm } = grid;
  const map = new Int32Array(nx * ny * nz).fill(-1);
  const half = [0, 1, 2].map((k) => ((k === 0 ? nx : k === 1 ? ny : nz) * voxelUm) / 2) as [number, number, number];
  const near = createPointGrid(half, 130);
  for (let a = 0; a < alveoli.count; a++) addToGrid(near, [alveoli.centerX[a], alveoli.centerY[a], alveoli.centerZ[a]], alveoli.lactatingRadiusUm[a]);
  const point: [number, number, number] = [0, 0, 0];
  for (let iz = 0; iz < nz; iz++) {
    for (let iy = 0; iy < ny; iy++) {
      for (let ix = 0; ix < nx; ix++) {
        const x = originUm[0] + ix * voxelUm, y = originUm[1] + iy * voxelUm, z = originUm[2] + iz * voxelUm;
        let best = -1;
        let bestGap = REACH_UM;
        point[0] = x; point[1] = y; point[2] = z;
        visitSpheresNear(near, point, REACH_UM, (a) => {
          const gap = Math.hypot(x - alveoli.centerX[a], y - alveoli.centerY[a], z - alveoli.centerZ[a]) - alveoli.lactatingRadiusUm[a];
          // Ties go to the lower index, as in a scan of every alveolus.
          if (gap < bestGap || (gap === bestGap && best >= 0 && a < best)) { bestGap = gap; best = a; }
        });
        map[ix + nx * (iy + ny * iz)] = best;
      }
    }
  }
  return map;
}

/** The voxel index nearest a point. */
export function voxelAt(grid: ScalarField, x: number, y: number, z: number): number {
  const ix = Math.min(grid.nx - 1, Math.max(0, Math.round((x - grid.originUm[0]) / grid.voxelUm)));
  const iy = Math.min(grid.ny - 1, Math.max(0, Math.round((y - grid.originUm[1]) / grid.voxelUm)));
  const iz = Math.min(grid.nz - 1, Math.max(0, Math.round((z - grid.originUm[2]) / grid.voxelUm)));
  return ix + grid.nx * (iy + grid.ny * iz);
}

// For each voxel of a field grid, the alveolus whose surface is nearest, if within reach: a
// constant-time lookup of "which alveolus is this macrophage at?" for any number of alveoli.

import type { Alveoli } from '../anatomy';
import type { ScalarField } from '../scalar-field';

/** How far outside the lactating surface a macrophage still counts as at that alveolus. */
const REACH_UM = 25;

export function nearestAlveolusMap(grid: ScalarField, alveoli: Alveoli): Int32Array {
  const { nx, ny, nz, voxelUm, originUm } = grid;
  const map = new Int32Array(nx * ny * nz).fill(-1);
  for (let iz = 0; iz < nz; iz++) {
    for (let iy = 0; iy < ny; iy++) {
      for (let ix = 0; ix < nx; ix++) {
        const x = originUm[0] + ix * voxelUm, y = originUm[1] + iy * voxelUm, z = originUm[2] + iz * voxelUm;
        let best = -1;
        let bestGap = REACH_UM;
        for (let a = 0; a < alveoli.count; a++) {
          const gap = Math.hypot(x - alveoli.centerX[a], y - alveoli.centerY[a], z - alveoli.centerZ[a]) - alveoli.lactatingRadiusUm[a];
          if (gap < bestGap) { bestGap = gap; best = a; }
        }
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

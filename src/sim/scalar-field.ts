// A diffusible signal on a voxel grid over the lobule (the SASP, the debris "eat me" cue).
// Each step the sources are deposited and spread with a separable Gaussian filter: the signal of
// one source falls as exp(−(r/λ)²) with the straight-line distance r, the same in every direction
// (a Gaussian is the one kernel that is both separable and isotropic), a stand-in for the
// quasi-steady profile of a cytokine that diffuses and decays. Unit: source-equivalents, 1 = the
// signal on the spot of one source. Cost is linear in voxels, independent of how many cells emit.

export interface ScalarField {
  originUm: number[];
  voxelUm: number;
  nx: number;
  ny: number;
  nz: number;
  values: Float64Array;
  /** The 1-D kernel at 0, 1, 2… voxels: exp(−(k·voxel/λ)²), cut where it falls to ~1%. */
  taps: Float64Array;
  /** Scratch for one line of the filter (no allocation per step). */
  line: Float64Array;
}

export function createScalarField(halfExtentUm: number[], voxelUm: number, decayLengthUm: number): ScalarField {
  const n = halfExtentUm.map((h) => Math.ceil((2 * h) / voxelUm) + 1);
  const reach = Math.max(1, Math.floor((2.15 * decayLengthUm) / voxelUm)); // exp(−2.15²) ≈ 1%
  const taps = Float64Array.from({ length: reach + 1 }, (_, k) => Math.exp(-(((k * voxelUm) / decayLengthUm) ** 2)));
  return {
    originUm: halfExtentUm.map((h, i) => -((n[i] - 1) * voxelUm) / 2),
    voxelUm,
    nx: n[0],
    ny: n[1],
    nz: n[2],
    values: new Float64Array(n[0] * n[1] * n[2]),
    taps,
    line: new Float64Array(Math.max(n[0], n[1], n[2]) + 2 * reach), // zeros at both ends stay zero
  };
}

export function clearField(field: ScalarField): void {
  field.values.fill(0);
}

/** Where a point falls in the grid: its lower-corner voxel and the fractions toward the next. */
const cell = { base: 0, tx: 0, ty: 0, tz: 0 };

/** Fills `cell` for a point, clamped inside the grid (reused object: no allocation per call). */
function locate(field: ScalarField, x: number, y: number, z: number): typeof cell {
  const { nx, ny, nz, voxelUm, originUm } = field;
  const fx = Math.min(nx - 1.001, Math.max(0, (x - originUm[0]) / voxelUm));
  const fy = Math.min(ny - 1.001, Math.max(0, (y - originUm[1]) / voxelUm));
  const fz = Math.min(nz - 1.001, Math.max(0, (z - originUm[2]) / voxelUm));
  const ix = fx | 0, iy = fy | 0, iz = fz | 0;
  cell.base = ix + nx * (iy + ny * iz);
  cell.tx = fx - ix;
  cell.ty = fy - iy;
  cell.tz = fz - iz;
  return cell;
}

/** Adds `amount` at a point, shared among the 8 surrounding voxels (trilinear). */
export function depositInField(field: ScalarField, x: number, y: number, z: number, amount: number): void {
  const { nx, ny, values } = field;
  const { base, tx, ty, tz } = locate(field, x, y, z);
  const sy = nx, sz = nx * ny;
  values[base] += amount * (1 - tx) * (1 - ty) * (1 - tz);
  values[base + 1] += amount * tx * (1 - ty) * (1 - tz);
  values[base + sy] += amount * (1 - tx) * ty * (1 - tz);
  values[base + sy + 1] += amount * tx * ty * (1 - tz);
  values[base + sz] += amount * (1 - tx) * (1 - ty) * tz;
  values[base + sz + 1] += amount * tx * (1 - ty) * tz;
  values[base + sz + sy] += amount * (1 - tx) * ty * tz;
  values[base + sz + sy + 1] += amount * tx * ty * tz;
}

/** Spreads the deposited sources: the 1-D Gaussian along x, then y, then z (separable). */
export function spreadField(field: ScalarField): void {
  const { nx, ny, nz } = field;
  for (let z = 0; z < nz; z++) for (let y = 0; y < ny; y++) spreadLine(field, (z * ny + y) * nx, 1, nx);
  for (let z = 0; z < nz; z++) for (let x = 0; x < nx; x++) spreadLine(field, z * ny * nx + x, nx, ny);
  for (let y = 0; y < ny; y++) for (let x = 0; x < nx; x++) spreadLine(field, y * nx + x, nx * ny, nz);
}

/** One line of the separable filter: out[i] = Σ_k taps[|k|] · in[i + k]; nothing beyond the grid. */
function spreadLine(field: ScalarField, start: number, stride: number, count: number): void {
  const { values, taps, line } = field;
  const reach = taps.length - 1;
  // Copy into the middle of a zero-padded scratch line, so the inner loop needs no bounds checks.
  let any = false;
  for (let i = 0, at = start; i < count; i++, at += stride) {
    const v = values[at];
    line[reach + i] = v;
    if (v !== 0) any = true;
  }
  if (!any) return; // most lines hold no source: they stay zero
  for (let k = 1; k <= reach; k++) line[reach + count - 1 + k] = 0;
  const t0 = taps[0];
  for (let i = 0, at = start; i < count; i++, at += stride) {
    const c = reach + i;
    let sum = t0 * line[c];
    for (let k = 1; k <= reach; k++) sum += taps[k] * (line[c - k] + line[c + k]);
    values[at] = sum;
  }
}

/** The field at a point (trilinear). */
export function sampleField(field: ScalarField, x: number, y: number, z: number): number {
  const { nx, ny, values } = field;
  const { base, tx, ty, tz } = locate(field, x, y, z);
  const sy = nx, sz = nx * ny;
  const c00 = values[base] * (1 - tx) + values[base + 1] * tx;
  const c10 = values[base + sy] * (1 - tx) + values[base + sy + 1] * tx;
  const c01 = values[base + sz] * (1 - tx) + values[base + sz + 1] * tx;
  const c11 = values[base + sz + sy] * (1 - tx) + values[base + sz + sy + 1] * tx;
  return (c00 * (1 - ty) + c10 * ty) * (1 - tz) + (c01 * (1 - ty) + c11 * ty) * tz;
}

/**
 * Adds the gradient of `field` at the voxel nearest a point (central differences, field units per
 * voxel) into `out`, scaled by `weight`. Cheaper than sampling six points trilinearly.
 */
export function addFieldGradient(field: ScalarField, x: number, y: number, z: number, weight: number, out: Float64Array): void {
  const { nx, ny, nz, voxelUm, originUm, values } = field;
  const ix = Math.min(nx - 2, Math.max(1, Math.round((x - originUm[0]) / voxelUm)));
  const iy = Math.min(ny - 2, Math.max(1, Math.round((y - originUm[1]) / voxelUm)));
  const iz = Math.min(nz - 2, Math.max(1, Math.round((z - originUm[2]) / voxelUm)));
  const at = ix + nx * (iy + ny * iz);
  const sy = nx, sz = nx * ny;
  out[0] += weight * (values[at + 1] - values[at - 1]) * 0.5;
  out[1] += weight * (values[at + sy] - values[at - sy]) * 0.5;
  out[2] += weight * (values[at + sz] - values[at - sz]) * 0.5;
}

// Writes one instance's matrix straight into an InstancedMesh's array: the shape's +Y axis turned
// to a unit direction, scaled per axis, moved to a position. No Matrix4, no allocation.

/**
 * @param out the mesh's instanceMatrix.array (column-major 4×4 per instance)
 * @param index instance index
 * @param ux,uy,uz unit vector the shape's +Y should point along
 * @param sx,sy,sz scale across (X, Z) and along (Y) that axis, in scene units (µm)
 */
export function writeInstanceMatrix(
  out: Float32Array | number[],
  index: number,
  px: number, py: number, pz: number,
  ux: number, uy: number, uz: number,
  sx: number, sy: number, sz: number,
): void {
  // X: any unit vector ⟂ u, from a helper axis not parallel to it; Z = X × Y keeps the basis right-handed.
  let xx: number, xy: number, xz: number;
  if (Math.abs(uy) < 0.9) {
    // X = normalize(u × (0,1,0)) = (−uz, 0, ux)/|…|
    const l = Math.sqrt(uz * uz + ux * ux);
    xx = -uz / l; xy = 0; xz = ux / l;
  } else {
    // X = normalize((1,0,0) × u) = (0, −uz, uy)/|…|
    const l = Math.sqrt(uz * uz + uy * uy);
    xx = 0; xy = -uz / l; xz = uy / l;
  }
  const zx = xy * uz - xz * uy;
  const zy = xz * ux - xx * uz;
  const zz = xx * uy - xy * ux;
  const o = index * 16;
  out[o] = xx * sx; out[o + 1] = xy * sx; out[o + 2] = xz * sx; out[o + 3] = 0;
  out[o + 4] = ux * sy; out[o + 5] = uy * sy; out[o + 6] = uz * sy; out[o + 7] = 0;
  out[o + 8] = zx * sz; out[o + 9] = zy * sz; out[o + 10] = zz * sz; out[o + 11] = 0;
  out[o + 12] = px; out[o + 13] = py; out[o + 14] = pz; out[o + 15] = 1;
}

// Writes one instance's matrix straight into an InstancedMesh's array: the shape's +Y axis turned
// to a unit direction, scaled per axis, moved to a position. No Matrix4, no allocation. The ducts
// and tumour markers are drawn with these matrices; the cells send only their poses to the GPU,
// whose shader builds the same matrix (instance-buffer.ts), and use this on the CPU for picking.

/**
 * Where the numbers of one instance travel on the per-frame path: position, the direction +Y turns
 * to, scale (then, for the cell writers, the fate blend and the accent). V8 passes every number that
 * is not a small integer to a call it does not inline as a freshly allocated heap number, so nine
 * arguments per instance were ~70 KB of garbage a frame; values in a typed array never are.
 */
export type Pose = Float64Array;
export const PX = 0, PY = 1, PZ = 2, UX = 3, UY = 4, UZ = 5, SX = 6, SY = 7, SZ = 8;
/** Slots after the matrix's nine: used by the cell writers (shape-cursor.ts). */
export const POSE_SLOTS = 11;
export const createPose = (): Pose => new Float64Array(POSE_SLOTS);

/**
 * @param out the mesh's instanceMatrix.array (column-major 4×4 per instance)
 * @param index instance index
 * @param pose position, unit vector the shape's +Y should point along, and the scale across (X, Z)
 *   and along (Y) that axis, in scene units (µm), at PX…SZ after `at` (an instance buffer holds one
 *   instance's pose every INSTANCE_FLOATS numbers: instance-buffer.ts)
 */
export function writePoseMatrix(out: Float32Array | number[], index: number, pose: Pose | Float32Array, at = 0): void {
  const ux = pose[at + UX], uy = pose[at + UY], uz = pose[at + UZ];
  const sx = pose[at + SX], sy = pose[at + SY], sz = pose[at + SZ];
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
  out[o + 12] = pose[at + PX]; out[o + 13] = pose[at + PY]; out[o + 14] = pose[at + PZ]; out[o + 15] = 1;
}

const scratch = createPose();

/** The same with plain arguments, for code that is not on the per-frame path (ducts, markers, tests). */
export function writeInstanceMatrix(
  out: Float32Array | number[],
  index: number,
  px: number, py: number, pz: number,
  ux: number, uy: number, uz: number,
  sx: number, sy: number, sz: number,
): void {
  scratch[PX] = px; scratch[PY] = py; scratch[PZ] = pz;
  scratch[UX] = ux; scratch[UY] = uy; scratch[UZ] = uz;
  scratch[SX] = sx; scratch[SY] = sy; scratch[SZ] = sz;
  writePoseMatrix(out, index, scratch);
}

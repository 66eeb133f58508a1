// The cut-away's plane and the two ways a shape meets it. Most shapes lose the cells whose centres
// lie on the viewer's side, whole (`cull`): the vertex shader sends such an instance's vertices
// outside the view, so the near half of the lobule is neither rasterised nor shaded. A shape whose
// slice teaches something is cut through (`slice`) by a clipping plane: milk filling a lumen; the
// basement membrane, whose patches removed one by one would look broken at the cut; a duct's wall,
// which would fall apart segment by segment. Clipping costs a discarded fragment for every pixel on
// the cut-away side, so it is kept to those, and even they drop the instances wholly on that side
// before rasterising (`skipWhollyCut`). Fat cells, vessels and fibres are culled whole. With the
// cut-away off the plane is "nowhere" and nothing is removed.

import { Plane, Vector4, type BufferGeometry, type Material, type WebGLProgramParametersWithUniforms } from 'three';
import { extendShader } from '../materials/extend-shader';

/** How a shape meets the cut-away plane. */
export type CutRule = 'cull' | 'slice';

/**
 * A cell whose centre lies this close in front of the plane is kept: about a cell's radius, so a
 * cell the plane passes through is kept whole (the wall of a cut alveolus keeps its cells, as a
 * slice through them showed), and a followed cell or a preset's subject, which sits exactly at the
 * orbit target the plane passes through, never flickers from rounding.
 */
export const KEEP_WITHIN_UM = 6;

/** With the cut-away off, the plane is this far away, on the far side of everything: nothing is cut. */
const NOWHERE = 1e9;

/** The plane as (normal, constant + margin), shared by every culling material; off: (0, 0, 0, NOWHERE). */
export const CUT_PLANE = { value: new Vector4(0, 0, 0, NOWHERE) };

/** The slicing materials' clipping planes: [the plane] while the cut-away is on, else empty. */
export const SLICE_PLANES: Plane[] = [];

const plane = new Plane();

/** Moves the cut (or removes it, `null`). Points with a negative distance are cut away. */
export function setCutPlane(next: Plane | null): void {
  if (next) {
    plane.copy(next);
    CUT_PLANE.value.set(plane.normal.x, plane.normal.y, plane.normal.z, plane.constant + KEEP_WITHIN_UM);
    if (SLICE_PLANES.length === 0) SLICE_PLANES.push(plane);
  } else {
    CUT_PLANE.value.set(0, 0, 0, NOWHERE);
    SLICE_PLANES.length = 0;
  }
}

/** Whether a point (a cell's centre, µm) lies on the cut-away side. */
export function isCutAway(x: number, y: number, z: number): boolean {
  const p = CUT_PLANE.value;
  return p.x * x + p.y * y + p.z * z + p.w < 0;
}

const CUT_DECLARATION = 'uniform vec4 cutPlane;\nvoid main() {';
/** An instance's vertices all at one point outside the clip volume: its triangles are dropped before rasterising. */
const DROP_INSTANCE = 'gl_Position = vec4(2.0, 2.0, 2.0, 1.0);';
// After the vertex is projected: drop an instance whose centre is cut away.
const CULL_CHUNK = `#include <project_vertex>
#ifdef USE_INSTANCING
{
  vec4 cellCentre = modelMatrix * instanceMatrix * vec4(0.0, 0.0, 0.0, 1.0);
  if (dot(cutPlane.xyz, cellCentre.xyz) + cutPlane.w < 0.0) ${DROP_INSTANCE}
}
#endif`;

/** Puts a test against the cut plane right after the vertex is projected. */
function injectCut(shader: WebGLProgramParametersWithUniforms, chunk: string): void {
  shader.uniforms.cutPlane = CUT_PLANE;
  shader.vertexShader = shader.vertexShader
    .replace('void main() {', CUT_DECLARATION)
    .replace('#include <project_vertex>', chunk);
}

/** Adds `chunk` to a material's vertex shader, after what its own `onBeforeCompile` does, in a program of its own. */
function withCutChunk<M extends Material>(material: M, chunk: string, key: string): M {
  return extendShader(material, (shader) => injectCut(shader, chunk), key);
}

/**
 * Adds whole-instance culling to a shader about to compile (call from `onBeforeCompile`). Every
 * culled shape has its cell's centre at its origin (the no-divide badge carries its lift in its
 * geometry for this).
 */
export function cullInShader(shader: WebGLProgramParametersWithUniforms): void {
  injectCut(shader, CULL_CHUNK);
}

/** Adds whole-instance culling to a material not built by createCellMaterial. */
export function cullWholeInstances<M extends Material>(material: M): M {
  return withCutChunk(material, CULL_CHUNK, 'cut-cull');
}

/**
 * For a sliced shape: drops the instances wholly on the cut-away side (their bounding sphere, from
 * the shape's geometry, scaled by the instance's largest axis) before rasterising, as culling does,
 * so that only the instances the plane passes through are clipped fragment by fragment.
 */
export function skipWhollyCut<M extends Material>(material: M, geometry: BufferGeometry): M {
  if (!geometry.boundingSphere) geometry.computeBoundingSphere();
  const { center, radius } = geometry.boundingSphere!;
  const centre = `vec4(${center.x.toFixed(4)}, ${center.y.toFixed(4)}, ${center.z.toFixed(4)}, 1.0)`;
  const chunk = `#include <project_vertex>
#ifdef USE_INSTANCING
{
  vec4 boundCentre = modelMatrix * instanceMatrix * ${centre};
  float boundRadius = ${radius.toFixed(4)} * max(length(instanceMatrix[0].xyz), max(length(instanceMatrix[1].xyz), length(instanceMatrix[2].xyz)));
  if (dot(cutPlane.xyz, boundCentre.xyz) + cutPlane.w - ${KEEP_WITHIN_UM.toFixed(1)} < -boundRadius) ${DROP_INSTANCE}
}
#endif`;
  return withCutChunk(material, chunk, `skip-${centre}-${radius.toFixed(4)}`);
}

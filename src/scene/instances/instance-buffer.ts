// The shapes' instances travel to the GPU in one buffer, each shape in a region of its own, twelve
// numbers an instance: its pose (position, the direction the shape's +Y turns to, and its scale
// across and along that axis, in µm) and its colour. Not three's two buffers per shape of a 4×4
// matrix (sixteen numbers) and a colour. Why: every moving cell is uploaded on every frame of play,
// and on software WebGL each call waits for the GPU process: one buffer is one bind and a few
// uploads a frame for all the shapes (upload-ranges.ts), not a bind and an upload per shape (two of
// each with three's buffers); and the pose cuts the bytes by 37%. Each shape's attributes start at
// its region (an offset into the buffer). The vertex shader builds each matrix from its pose, as
// `writePoseMatrix` does on the CPU.
//
// three still declares its `instanceMatrix` and `instanceColor` attributes; a `#define` makes the
// shader's every use of them (three's chunks, the cut-away's, the halo's) read the pose's matrix
// and the buffer's colour, and the unused attributes are dropped by the shader compiler, so they
// are never bound. The mesh keeps a one-slot `instanceColor`, never written: three compiles
// instance colours in only for a mesh that has one.

import {
  DynamicDrawUsage, InstancedBufferAttribute, InstancedInterleavedBuffer, InstancedMesh, InterleavedBufferAttribute,
  type BufferGeometry, type Material, type Matrix4,
} from 'three';
import { extendShader } from '../materials/extend-shader';
import { PX, SX, UX, writePoseMatrix } from './instance-matrix';

/** Numbers per instance: the pose (PX…SZ of instance-matrix.ts), then the colour (linear RGB) from COLOUR_AT. */
export const INSTANCE_FLOATS = 12;
export const COLOUR_AT = 9;

const POSITION = 'cellPosition';
const AXIS = 'cellAxis';
const SCALE = 'cellScale';
const COLOUR = 'cellColour';

/** Before `main`: the buffer's attributes, and the matrix built from the pose, standing in for three's. */
const INSTANCE_DECLARATION = `attribute vec3 ${POSITION};
attribute vec3 ${AXIS};
attribute vec3 ${SCALE};
attribute vec3 ${COLOUR};
mat4 cellMatrix;
#define instanceMatrix cellMatrix
#define instanceColor ${COLOUR}
// As writePoseMatrix (instance-matrix.ts): X any unit vector at right angles to the axis Y, from a
// helper axis not parallel to it; Z = X × Y keeps the basis right-handed.
mat4 cellPoseMatrix() {
  vec3 y = ${AXIS};
  vec3 x = abs(y.y) < 0.9 ? normalize(vec3(-y.z, 0.0, y.x)) : normalize(vec3(0.0, -y.z, y.y));
  vec3 z = cross(x, y);
  return mat4(vec4(x * ${SCALE}.x, 0.0), vec4(y * ${SCALE}.y, 0.0), vec4(z * ${SCALE}.z, 0.0), vec4(${POSITION}, 1.0));
}
void main() {
  cellMatrix = cellPoseMatrix();`;

/** Makes a material read its instances from the buffer (after what its own `onBeforeCompile` does), in a program of its own. */
export function readInstanceBuffer<M extends Material>(material: M): M {
  return extendShader(material, (shader) => {
    shader.vertexShader = shader.vertexShader.replace('void main() {', INSTANCE_DECLARATION);
  }, 'posed');
}

/**
 * An instanced mesh drawn from an instance buffer (give it a region of one with `fitInstanceBuffers`). three's
 * code that asks for an instance's matrix (raycasting, for picking) gets the pose's.
 */
export class PosedInstancedMesh extends InstancedMesh {
  constructor(...args: ConstructorParameters<typeof InstancedMesh>) {
    super(...args);
    // Never written (above): only so that three compiles instance colours in.
    this.instanceColor = new InstancedBufferAttribute(new Float32Array(3), 3);
  }

  override getMatrixAt(index: number, matrix: Matrix4): Matrix4 {
    writePoseMatrix(matrix.elements, 0, instancesOf(this).array as Float32Array, (instanceStart(this) + index) * INSTANCE_FLOATS);
    return matrix;
  }
}

/** The instance buffer of a mesh's geometry (shared by a back-face twin, which draws the same instances, and by the other shapes). */
export function instancesOf(mesh: InstancedMesh): InstancedInterleavedBuffer {
  return (mesh.geometry.getAttribute(POSITION) as InterleavedBufferAttribute).data as InstancedInterleavedBuffer;
}

/** The first instance of the mesh's region of its buffer. */
export function instanceStart(mesh: InstancedMesh): number {
  return ((mesh.geometry.getAttribute(POSITION) as InterleavedBufferAttribute).offset - PX) / INSTANCE_FLOATS;
}

/** Instances each geometry's region has room for. */
const capacities = new WeakMap<BufferGeometry, number>();

/** Instances the mesh's region of its buffer has room for. */
export function instanceCapacity(mesh: InstancedMesh): number {
  return capacities.get(mesh.geometry) ?? 0;
}

/**
 * Gives the meshes one instance buffer, a region each in the order given, with room for
 * `capacity[k]` instances in mesh k's, keeping the instances each had written (as many as fit).
 * Buffers already on the GPU are freed there first (three frees a geometry's buffers when it is
 * disposed, and uploads the geometry again when it is next drawn).
 */
export function fitInstanceBuffers(meshes: readonly InstancedMesh[], capacity: readonly number[]): InstancedInterleavedBuffer {
  const total = capacity.reduce((sum, n) => sum + n, 0);
  const array = new Float32Array(total * INSTANCE_FLOATS);
  // Written on every frame of play.
  const instances = new InstancedInterleavedBuffer(array, INSTANCE_FLOATS, 1).setUsage(DynamicDrawUsage);
  let start = 0;
  meshes.forEach((mesh, k) => {
    const { geometry } = mesh;
    if (geometry.getAttribute(POSITION)) {
      const old = instancesOf(mesh).array as Float32Array;
      const from = instanceStart(mesh) * INSTANCE_FLOATS;
      array.set(old.subarray(from, from + Math.min(instanceCapacity(mesh), capacity[k]) * INSTANCE_FLOATS), start * INSTANCE_FLOATS);
      geometry.dispose();
    }
    const at = start * INSTANCE_FLOATS;
    geometry.setAttribute(POSITION, new InterleavedBufferAttribute(instances, 3, at + PX));
    geometry.setAttribute(AXIS, new InterleavedBufferAttribute(instances, 3, at + UX));
    geometry.setAttribute(SCALE, new InterleavedBufferAttribute(instances, 3, at + SX));
    geometry.setAttribute(COLOUR, new InterleavedBufferAttribute(instances, 3, at + COLOUR_AT));
    capacities.set(geometry, capacity[k]);
    start += capacity[k];
  });
  return instances;
}

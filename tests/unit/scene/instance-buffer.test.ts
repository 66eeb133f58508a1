// The cells' instance buffer: a pose and a colour per instance, read by the vertex shader in place of
// three's matrix and colour (the browser test instance-buffer.spec.ts checks the pictures match);
// here the CPU side: the matrix picking gets, growth that keeps what was written, and the shader text.

import { BufferGeometry, Matrix4, MeshLambertMaterial, ShaderLib, type WebGLProgramParametersWithUniforms } from 'three';
import { describe, expect, it } from 'vitest';
import {
  COLOUR_AT, fitInstanceBuffers, INSTANCE_FLOATS, instanceCapacity, instancesOf, instanceStart, PosedInstancedMesh, readInstanceBuffer,
} from '../../../src/scene/instances/instance-buffer';
import { writeInstanceMatrix } from '../../../src/scene/instances/instance-matrix';
import { createCellMaterial } from '../../../src/scene/materials/cell-material';

const POSES = [
  [10, 20, 30, 0, 1, 0, 2, 5, 3],
  [-4, 0, 7, 1, 0, 0, 6, 16, 10],
  [0, -9, 2, 0.6, 0.8, 0, 1, 2, 3],
  [5, 5, 5, -0.48, 0.6, 0.64, 4, 9, 4],
  [1, 2, 3, 0, 0.95, 0.3122, 3, 3, 8],
];

describe('the instance buffer', () => {
  it('gives picking the matrix three\'s instance matrix would hold, for every direction', () => {
    const mesh = new PosedInstancedMesh(new BufferGeometry(), new MeshLambertMaterial(), 1);
    fitInstanceBuffers([mesh], [POSES.length]);
    const array = instancesOf(mesh).array as Float32Array;
    POSES.forEach((p, k) => array.set(p, k * INSTANCE_FLOATS));
    POSES.forEach((p, k) => {
      const expected = new Float32Array(16);
      writeInstanceMatrix(expected, 0, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]);
      const got = mesh.getMatrixAt(k, new Matrix4()).elements;
      got.forEach((v, j) => expect(v).toBeCloseTo(expected[j], 5));
    });
  });

  it('grows keeping every instance written, and frees the old buffer on the GPU', () => {
    const mesh = new PosedInstancedMesh(new BufferGeometry(), new MeshLambertMaterial(), 1);
    let disposed = 0;
    mesh.geometry.addEventListener('dispose', () => disposed++);
    fitInstanceBuffers([mesh], [2]);
    expect(disposed).toBe(0);
    const first = instancesOf(mesh);
    (first.array as Float32Array).set([...POSES[0], 0.1, 0.2, 0.3, ...POSES[1], 0.4, 0.5, 0.6]);
    fitInstanceBuffers([mesh], [40]);
    // three frees a disposed geometry's buffers and uploads it again when it is next drawn.
    expect(disposed).toBe(1);
    expect(instanceCapacity(mesh)).toBe(40);
    expect(instancesOf(mesh)).not.toBe(first);
    expect(Array.from(instancesOf(mesh).array.slice(0, 2 * INSTANCE_FLOATS))).toEqual(Array.from(first.array));
    // Every attribute reads the one buffer: three uploads it once a frame, not once per attribute.
    const attributes = ['cellPosition', 'cellAxis', 'cellScale', 'cellColour'].map((name) => mesh.geometry.getAttribute(name));
    expect(attributes.every((a) => 'data' in a && a.data === instancesOf(mesh))).toBe(true);
    expect(attributes.map((a) => ('offset' in a ? a.offset : -1))).toEqual([0, 3, 6, COLOUR_AT]);
    // three compiles instance colours in only for a mesh with an instanceColor; it stays one slot.
    expect(mesh.instanceColor?.count).toBe(1);
  });

  it('gives several meshes a region each of one buffer, their attributes starting at it, and grows them keeping each one\'s instances', () => {
    const meshes = [0, 1, 2].map(() => new PosedInstancedMesh(new BufferGeometry(), new MeshLambertMaterial(), 1));
    fitInstanceBuffers(meshes, [2, 3, 1]);
    const buffer = instancesOf(meshes[0]);
    expect(meshes.map((m) => instancesOf(m))).toEqual([buffer, buffer, buffer]);
    expect(meshes.map(instanceStart)).toEqual([0, 2, 5]);
    expect(meshes.map(instanceCapacity)).toEqual([2, 3, 1]);
    expect(buffer.count).toBe(6);
    // The second mesh's attributes read from its region: offsets are in numbers, from the buffer's start.
    expect(['cellPosition', 'cellAxis', 'cellScale', 'cellColour'].map((name) => {
      const a = meshes[1].geometry.getAttribute(name);
      return 'offset' in a ? a.offset : -1;
    })).toEqual([2 * INSTANCE_FLOATS, 2 * INSTANCE_FLOATS + 3, 2 * INSTANCE_FLOATS + 6, 2 * INSTANCE_FLOATS + COLOUR_AT]);
    // Picking reads each mesh's instance k from its region.
    (buffer.array as Float32Array).set(POSES[3], (2 + 1) * INSTANCE_FLOATS);
    const expected = new Float32Array(16);
    writeInstanceMatrix(expected, 0, ...(POSES[3] as [number, number, number, number, number, number, number, number, number]));
    meshes[1].getMatrixAt(1, new Matrix4()).elements.forEach((v, j) => expect(v).toBeCloseTo(expected[j], 5));
    // Growth moves the regions and keeps what each held.
    (buffer.array as Float32Array).set(POSES[4], 5 * INSTANCE_FLOATS);
    fitInstanceBuffers(meshes, [10, 3, 4]);
    expect(meshes.map(instanceStart)).toEqual([0, 10, 13]);
    const grown = instancesOf(meshes[0]).array;
    expect(Array.from(grown.slice(11 * INSTANCE_FLOATS, 11 * INSTANCE_FLOATS + 9))).toEqual(POSES[3].map(Math.fround));
    expect(Array.from(grown.slice(13 * INSTANCE_FLOATS, 13 * INSTANCE_FLOATS + 9))).toEqual(POSES[4].map(Math.fround));
  });

  it('makes the shader read the pose\'s matrix and the buffer\'s colour wherever three\'s are read, in a program of its own', () => {
    const material = readInstanceBuffer(createCellMaterial({ nucleus: 'facing' }));
    const shader = { uniforms: {}, vertexShader: ShaderLib.lambert.vertexShader, fragmentShader: ShaderLib.lambert.fragmentShader } as unknown as WebGLProgramParametersWithUniforms;
    material.onBeforeCompile(shader, undefined as never);
    const main = shader.vertexShader.indexOf('void main() {');
    // Before main: the stand-ins; first in main: the matrix built; three's chunks (and the cut-away's) after.
    expect(shader.vertexShader.indexOf('#define instanceMatrix cellMatrix')).toBeLessThan(main);
    expect(shader.vertexShader.indexOf('#define instanceColor cellColour')).toBeLessThan(main);
    expect(shader.vertexShader.slice(main)).toMatch(/^void main\(\) \{\s*cellMatrix = cellPoseMatrix\(\);/);
    expect(shader.vertexShader.indexOf('#include <project_vertex>')).toBeGreaterThan(main);
    // The cell material's own additions are kept.
    expect(shader.vertexShader).toContain('vCellLocal = position;');
    expect(shader.vertexShader).toContain('uniform vec4 cutPlane;');
    expect(material.customProgramCacheKey()).not.toBe(createCellMaterial({ nucleus: 'facing' }).customProgramCacheKey());
  });
});

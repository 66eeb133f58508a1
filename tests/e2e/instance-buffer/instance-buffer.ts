// Draws the same cells twice: through three's instance matrices (written on the CPU by
// writeInstanceMatrix) and colours, and through the cells' instance buffer, poses and colours,
// whose matrix the vertex shader builds (instance-buffer.ts), and gives both pictures' pixels to the
// test (instance-buffer.spec.ts). A third picture swaps each pose's scales across and along its
// axis: the test checks that the comparison can tell.

import {
  AmbientLight, BoxGeometry, DirectionalLight, InstancedBufferAttribute, InstancedMesh, PerspectiveCamera, Plane, Scene, Vector3, WebGLRenderer, type Material,
} from 'three';
import { writeInstanceMatrix } from '../../../src/scene/instances/instance-matrix';
import { COLOUR_AT, fitInstanceBuffers, INSTANCE_FLOATS, instancesOf, instanceStart, PosedInstancedMesh, readInstanceBuffer } from '../../../src/scene/instances/instance-buffer';
import { markWritten } from '../../../src/scene/instances/upload-ranges';
import { createCellMaterial } from '../../../src/scene/materials/cell-material';
import { createHaloMaterial } from '../../../src/scene/materials/halo-material';
import { setCutPlane } from '../../../src/scene/cutaway/cut-plane';

const SIZE = 256;
const renderer = new WebGLRenderer({ antialias: false, preserveDrawingBuffer: true });
renderer.setPixelRatio(1);
renderer.setSize(SIZE, SIZE);
renderer.setClearColor(0xffffff, 1);
document.body.appendChild(renderer.domElement);
const camera = new PerspectiveCamera(40, 1, 1, 1000);
camera.position.set(60, 80, 220);
camera.lookAt(0, 0, 0);

/** Directions along every axis, both helper-axis branches, and oblique ones; unequal scales show any turn. */
const POSES: number[][] = [];
const DIRECTIONS = [[0, 1, 0], [0, -1, 0], [1, 0, 0], [0, 0, 1], [0.6, 0.8, 0], [0, 0.95, 0.3122], [-0.48, 0.6, 0.64], [0.36, -0.48, 0.8]];
DIRECTIONS.forEach((u, k) => {
  const length = Math.hypot(u[0], u[1], u[2]);
  POSES.push([(k % 4) * 45 - 68, Math.floor(k / 4) * 60 - 30, (k % 3) * 10, u[0] / length, u[1] / length, u[2] / length, 6, 16, 10]);
});

// A box with a different extent on each axis, lit from one side, shows a swapped or mirrored axis.
const geometry = new BoxGeometry(1, 1.4, 0.7);

function scene(mesh: InstancedMesh): Scene {
  const s = new Scene();
  s.add(new AmbientLight(0xffffff, 1.2), new DirectionalLight(0xffffff, 2).translateX(40).translateY(90).translateZ(60));
  s.add(mesh);
  return s;
}

/** A colour per cell, each its own. */
const colourOf = (k: number): number[] => [0.2 + 0.1 * k, 0.8 - 0.08 * k, 0.5];

function byMatrices(material: () => Material): InstancedMesh {
  const mesh = new InstancedMesh(geometry, material(), POSES.length);
  POSES.forEach((p, k) => writeInstanceMatrix(mesh.instanceMatrix.array as Float32Array, k, p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8]));
  mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(POSES.flatMap((_, k) => colourOf(k))), 3);
  return mesh;
}

function byInstanceBuffer(material: () => Material, swapScales = false): InstancedMesh {
  const mesh = new PosedInstancedMesh(geometry.clone(), readInstanceBuffer(material()), 1);
  // As in the app, the mesh's region of the buffer is not the first: another shape's comes before
  // (never drawn here), so the attributes must start at the region.
  const before = new PosedInstancedMesh(geometry.clone(), readInstanceBuffer(material()), 1);
  fitInstanceBuffers([before, mesh], [3, POSES.length]);
  const instances = instancesOf(mesh);
  const array = instances.array as Float32Array;
  const base = instanceStart(mesh) * INSTANCE_FLOATS;
  POSES.forEach((p, k) => {
    array.set(swapScales ? [...p.slice(0, 6), p[7], p[6], p[8]] : p, base + k * INSTANCE_FLOATS);
    array.set(colourOf(k), base + k * INSTANCE_FLOATS + COLOUR_AT);
  });
  markWritten(instances, [base], [base + POSES.length * INSTANCE_FLOATS], 1);
  mesh.count = POSES.length;
  return mesh;
}

function pixels(mesh: InstancedMesh): number[] {
  renderer.render(scene(mesh), camera);
  const gl = renderer.getContext();
  const out = new Uint8Array(SIZE * SIZE * 4);
  gl.readPixels(0, 0, SIZE, SIZE, gl.RGBA, gl.UNSIGNED_BYTE, out);
  return Array.from(out);
}

/** The same cells through both paths, for the cell material and the SASP halo's (which reads the matrix for its glow). */
const cell = () => createCellMaterial({ nucleus: 'facing' });
const halo = () => createHaloMaterial();
const pictures = (material: () => Material) => ({ matrices: pixels(byMatrices(material)), buffer: pixels(byInstanceBuffer(material)), swapped: pixels(byInstanceBuffer(material, true)) });
const cellPictures = pictures(cell);
const haloPictures = pictures(halo);
// The cut-away culls a cell by its centre, read from the instance's matrix: x < 0 is cut away.
setCutPlane(new Plane(new Vector3(1, 0, 0), 0));
const cutPictures = pictures(cell);
setCutPlane(null);
(window as unknown as { instanceBuffer: unknown }).instanceBuffer = { size: SIZE, cell: cellPictures, halo: haloPictures, cut: cutPictures };

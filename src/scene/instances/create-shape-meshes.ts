// Builds the raw InstancedMeshes: one per shape, with the material that suits it (opaque cells
// with a soft rim and, in the stains, a nucleus dot; see-through membrane and SASP halo).

import {
  BackSide, BufferGeometry, DoubleSide, FrontSide, InstancedMesh, Material, MeshBasicMaterial,
} from 'three';
import { CellKind } from '../../sim/cell-kinds';
import type { RunStructure } from '../../sim/simulate';
import { cullWholeInstances, skipWhollyCut } from '../cutaway/cut-plane';
import { createCellMaterial } from '../materials/cell-material';
import { createHaloMaterial } from '../materials/halo-material';
import {
  adipocyteGeometry, amoeboidGeometry, apoptoticBodyGeometry, bumpyCellGeometry, collagenBundleGeometry, dropletGeometry, haloGeometry,
  luminalCellGeometry, membraneCapGeometry, noDivideBadgeGeometry, spindleGeometry, starGeometry, tubeGeometry,
} from '../shapes/cell-geometries';
import { fitInstanceBuffers, instanceCapacity, PosedInstancedMesh, readInstanceBuffer } from './instance-buffer';
import { SHAPE_IDS, type ShapeId } from './shape-ids';
import type { ShapeMeshes } from './write-tissue';

// Only the membrane and the SASP halo are see-through (drawn last, in that order, without
// writing depth): one layer of transparency over opaque cells reads; layers over layers did not.
// The halo shows only at its rim (halo-material.ts): a glow around its cell, not a veil over it.
// A see-through shape seen from both sides has `backFaces`: a twin mesh drawn just before it with
// the inside faces, sharing its geometry and instance buffers. three would draw a double-sided
// transparent material in the same two passes, but by flipping the material's side twice a frame,
// which makes it look up its shader program again twice a frame (~0.8 ms of main thread).
const SHAPES: Record<ShapeId, { geometry: () => BufferGeometry; material: () => Material; kinds: CellKind[]; renderOrder?: number; backFaces?: () => Material }> = {
  luminal: { geometry: luminalCellGeometry, material: () => createCellMaterial({ nucleus: 'cap' }), kinds: [CellKind.luminal] },
  noDivideBadge: { geometry: noDivideBadgeGeometry, material: () => cullWholeInstances(new MeshBasicMaterial({ side: DoubleSide })), kinds: [CellKind.luminal] },
  apoptotic: { geometry: apoptoticBodyGeometry, material: () => createCellMaterial({ flatShading: true }), kinds: [CellKind.luminal] },
  myoepithelial: { geometry: starGeometry, material: () => createCellMaterial({ nucleus: 'centre' }), kinds: [CellKind.myoepithelial] },
  fibroblast: { geometry: spindleGeometry, material: () => createCellMaterial({ nucleus: 'band' }), kinds: [CellKind.fibroblast] },
  collagen: { geometry: collagenBundleGeometry, material: () => createCellMaterial({ rim: 0.5 }), kinds: [CellKind.collagenFibre] },
  capillary: { geometry: () => tubeGeometry(8), material: () => createCellMaterial({ doubleSided: true }), kinds: [CellKind.capillarySegment] },
  macrophage: { geometry: amoeboidGeometry, material: () => createCellMaterial({ nucleus: 'facing' }), kinds: [CellKind.macrophage] },
  // Tumour cells: large nuclei in scant cytoplasm.
  tumour: { geometry: bumpyCellGeometry, material: () => createCellMaterial({ nucleus: 'facing', nucleusScale: 1.9 }), kinds: [CellKind.tumour] },
  // Milk is sliced, not culled: a cut-away alveolus shows its lumen filled.
  milk: { geometry: dropletGeometry, material: () => createCellMaterial({ rim: 0.5, cut: 'slice' }), kinds: [] },
  adipocyte: { geometry: adipocyteGeometry, material: () => createCellMaterial({ flatShading: true, rim: 0.8 }), kinds: [CellKind.adipocyte] },
  // The membrane is sliced, not culled: patch by patch, an intact membrane would look broken at
  // the cut (read as breakdown) and kept patches would veil the cells in front of the plane.
  membrane: {
    geometry: membraneCapGeometry, material: () => createCellMaterial({ opacity: 0.42, rim: 0.6, cut: 'slice' }), kinds: [CellKind.membranePatch], renderOrder: 1,
    backFaces: () => {
      const inside = createCellMaterial({ opacity: 0.42, rim: 0.6, cut: 'slice' });
      inside.side = BackSide;
      return inside;
    },
  },
  saspHalo: { geometry: haloGeometry, material: () => cullWholeInstances(createHaloMaterial()), kinds: [CellKind.luminal], renderOrder: 2 },
};

/**
 * The meshes of every shape, made once for the life of the view: geometries and materials (hence
 * shader programs) are kept across runs; only the instance buffers grow when a run needs more.
 */
export function createShapeMeshes(structure?: RunStructure): ShapeMeshes {
  const meshes = {} as ShapeMeshes;
  for (const id of SHAPE_IDS) {
    const shape = SHAPES[id];
    const geometry = shape.geometry();
    // Instances are poses and colours in one buffer for all shapes (instance-buffer.ts); three's own
    // matrix and colour buffers keep their one unused slot.
    const mesh = new PosedInstancedMesh(geometry, readInstanceBuffer(skipWhenSliced(shape.material(), geometry)), 1);
    mesh.name = id;
    // Instances move anywhere in the lobule; the per-mesh bounding sphere would cull them wrongly.
    mesh.frustumCulled = false;
    mesh.renderOrder = shape.renderOrder ?? 0;
    mesh.count = 0;
    mesh.visible = false;
    if (shape.backFaces) {
      const inside = new PosedInstancedMesh(mesh.geometry, readInstanceBuffer(skipWhenSliced(shape.backFaces(), geometry)), 1);
      inside.name = `${id}-inside`;
      inside.frustumCulled = false;
      // Drawn just before the outside faces (transparent objects go by render order).
      inside.renderOrder = mesh.renderOrder - 0.5;
      mesh.userData.backFaces = inside;
      mesh.add(inside);
      shareInstances(mesh);
    }
    meshes[id] = mesh;
  }
  fitInstanceBuffers(SHAPE_IDS.map((id) => meshes[id]), SHAPE_IDS.map(() => 1));
  if (structure) fitShapeMeshes(meshes, structure);
  return meshes;
}

/** A sliced shape still drops, whole, the instances entirely on the cut-away side. */
function skipWhenSliced(material: Material, geometry: BufferGeometry): Material {
  return material.clippingPlanes ? skipWhollyCut(material, geometry) : material;
}

/** Instances each shape may need for a run: every agent that could take that shape. */
function capacitiesFor(structure: RunStructure): Record<ShapeId, number> {
  const kindCounts = new Int32Array(16);
  for (let i = 0; i < structure.slotCount; i++) kindCounts[structure.kind[i]]++;
  const capacities = {} as Record<ShapeId, number>;
  for (const id of SHAPE_IDS) {
    capacities[id] = id === 'milk' ? structure.alveolusLactatingRadiusUm.length : SHAPES[id].kinds.reduce((n: number, k) => n + kindCounts[k], 0);
  }
  return capacities;
}

/**
 * Makes every shape's region of the instance buffer large enough for `structure` (a run still being
 * computed grows), with headroom so growth is rare. Returns true if the buffer was replaced. Never
 * shrinks.
 */
export function fitShapeMeshes(meshes: ShapeMeshes, structure: RunStructure): boolean {
  const needed = capacitiesFor(structure);
  if (SHAPE_IDS.every((id) => needed[id] <= instanceCapacity(meshes[id]))) return false;
  // The back-face twin shares the geometry, hence the new buffer.
  fitInstanceBuffers(SHAPE_IDS.map((id) => meshes[id]), SHAPE_IDS.map((id) => {
    const mesh = meshes[id];
    return needed[id] <= instanceCapacity(mesh) ? instanceCapacity(mesh) : Math.ceil(needed[id] * 1.25) + 16;
  }));
  return true;
}

/** The back-face twin (if any) draws the same instances: its geometry, hence its instance buffer (uploaded once), is its twin's; so is its count. */
export function shareInstances(mesh: InstancedMesh): void {
  const inside = mesh.userData.backFaces as InstancedMesh | undefined;
  if (inside) inside.count = mesh.count;
}

/** Closed shapes that the cut-away slices open (the others lose their near cells whole). */
const SLICED_SOLIDS: readonly ShapeId[] = ['milk'];

/** Draws the inside faces of sliced solids (for the cut-away), so they read as solid, not as shells. */
export function showInsideFaces(meshes: ShapeMeshes, on: boolean): void {
  for (const id of SLICED_SOLIDS) {
    const material = meshes[id].material as Material;
    material.side = on ? DoubleSide : FrontSide;
    material.needsUpdate = true;
  }
}

export function disposeShapeMeshes(meshes: ShapeMeshes): void {
  for (const mesh of Object.values(meshes)) {
    mesh.geometry.dispose();
    (mesh.material as Material).dispose();
    const inside = mesh.userData.backFaces as InstancedMesh | undefined;
    if (inside) (inside.material as Material).dispose();
    mesh.dispose();
  }
}

// Which cell a ray from the eye hits first: one raycast against the cell meshes, on a click only
// (never per frame), skipping whatever the cut-away has removed. Instances map back to agent slots
// through the slot table write-tissue keeps beside each mesh.

import type { Intersection, Plane, Raycaster } from 'three';
import type { ShapeId } from '../instances/shape-ids';
import type { ShapeMeshes } from '../instances/write-tissue';

/** Shapes that are cells (not the membrane shell, milk, halo or badge, which would hide them). */
export const PICKABLE_SHAPES: readonly ShapeId[] = [
  'luminal', 'apoptotic', 'myoepithelial', 'macrophage', 'tumour', 'fibroblast', 'capillary', 'collagen', 'adipocyte',
];

export function pickSlot(raycaster: Raycaster, meshes: ShapeMeshes, clippingPlanes: readonly Plane[], hits: Intersection[] = []): number | null {
  hits.length = 0;
  for (const id of PICKABLE_SHAPES) {
    const mesh = meshes[id];
    if (!mesh.visible || mesh.count === 0) continue;
    // Instances move every frame; the bounds three caches for raycasting would be stale.
    mesh.computeBoundingSphere();
    mesh.raycast(raycaster, hits);
  }
  hits.sort((a, b) => a.distance - b.distance);
  for (const hit of hits) {
    if (clippingPlanes.some((plane) => plane.distanceToPoint(hit.point) < 0)) continue;
    const slots = hit.object.userData.slots as Int32Array | undefined;
    if (slots && hit.instanceId !== undefined) return slots[hit.instanceId];
  }
  return null;
}

// Which cell a ray from the eye hits first: one raycast against the cell meshes, on a click only
// (never per frame), skipping whatever the cut-away has removed. Instances map back to agent slots
// through the slot table write-tissue keeps beside each mesh.

import { Matrix4, Vector3, type InstancedMesh, type Intersection, type Material, type Plane, type Raycaster } from 'three';
import { KEEP_WITHIN_UM } from '../cutaway/cut-plane';
import type { ShapeId } from '../instances/shape-ids';
import type { ShapeMeshes } from '../instances/write-tissue';

/** Shapes that are cells (not the membrane shell, milk, halo or badge, which would hide them). */
export const PICKABLE_SHAPES: readonly ShapeId[] = [
  'luminal', 'apoptotic', 'myoepithelial', 'macrophage', 'tumour', 'fibroblast', 'capillary', 'collagen', 'adipocyte',
];

const instance = new Matrix4();
const centre = new Vector3();

/**
 * Whether the cut-away removed what the ray hit, as it is drawn: a sliced shape keeps what lies
 * beyond the plane, so the hit point decides; a culled shape keeps or removes whole cells, so the
 * cell's centre does (with the margin the shader keeps).
 */
function removedBy(plane: Plane, hit: Intersection): boolean {
  const mesh = hit.object as InstancedMesh;
  if ((mesh.material as Material).clippingPlanes || hit.instanceId === undefined) return plane.distanceToPoint(hit.point) < 0;
  mesh.getMatrixAt(hit.instanceId, instance);
  return plane.distanceToPoint(centre.setFromMatrixPosition(instance)) < -KEEP_WITHIN_UM;
}

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
    if (clippingPlanes.some((plane) => removedBy(plane, hit))) continue;
    const slots = hit.object.userData.slots as Int32Array | undefined;
    if (slots && hit.instanceId !== undefined) return slots[hit.instanceId];
  }
  return null;
}

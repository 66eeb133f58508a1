// The terminal duct and its ductules: static tubes (one instanced mesh), recoloured with the mode.
// The cut-away slices them (a duct removed segment by segment would break the tree apart).

import { useEffect, useMemo } from 'react';
import { InstancedMesh, SphereGeometry } from 'three';
import type { DuctSegment } from '../sim/anatomy';
import { useLobule } from '../state/store-context';
import { ductColourFor } from './instances/colour-table';
import { skipWhollyCut } from './cutaway/cut-plane';
import { createCellMaterial } from './materials/cell-material';
import { writeInstanceMatrix } from './instances/instance-matrix';
import { tubeGeometry } from './shapes/cell-geometries';

export function DuctTree({ ducts }: { ducts: DuctSegment[] }) {
  const colourMode = useLobule((s) => s.colourMode);
  // Bounds from a unit tube (never drawn): they also hold the unit ball of the joints.
  const material = useMemo(() => skipWhollyCut(createCellMaterial({ rim: 0.7, cut: 'slice' }), tubeGeometry(10)), []);
  const tubes = useMemo(() => {
    const mesh = new InstancedMesh(tubeGeometry(10), material, ducts.length);
    const joints = new InstancedMesh(new SphereGeometry(1, 10, 6), material, ducts.length);
    ducts.forEach((d, i) => {
      const dx = d.end[0] - d.start[0], dy = d.end[1] - d.start[1], dz = d.end[2] - d.start[2];
      const length = Math.hypot(dx, dy, dz) || 1;
      writeInstanceMatrix(mesh.instanceMatrix.array as Float32Array, i,
        (d.start[0] + d.end[0]) / 2, (d.start[1] + d.end[1]) / 2, (d.start[2] + d.end[2]) / 2,
        dx / length, dy / length, dz / length, d.radiusUm, length, d.radiusUm);
      // A ball at each branch point closes the seam between tubes.
      writeInstanceMatrix(joints.instanceMatrix.array as Float32Array, i, d.end[0], d.end[1], d.end[2], 0, 1, 0, d.radiusUm, d.radiusUm, d.radiusUm);
    });
    mesh.name = 'duct';
    joints.name = 'duct-joints';
    // Drawn before the cells, always: three orders opaque meshes by render order, then by material id,
    // and this material is made when the run's anatomy arrives, before or after the cells' by timing.
    // Where a capillary meets the duct at equal depth, the later mesh wins the pixel, so the same URL
    // drew one pixel differently now and then (the determinism test in scene.spec caught it).
    mesh.renderOrder = -1;
    joints.renderOrder = -1;
    return [mesh, joints];
  }, [ducts, material]);

  useEffect(() => {
    material.color.copy(ductColourFor(colourMode));
  }, [colourMode, material]);

  useEffect(() => () => {
    tubes.forEach((t) => { t.geometry.dispose(); t.dispose(); });
  }, [tubes]);
  useEffect(() => () => material.dispose(), [material]);

  return <>{tubes.map((t) => <primitive key={t.name} object={t} />)}</>;
}

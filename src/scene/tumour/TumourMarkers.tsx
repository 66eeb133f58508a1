// Makes a seeded tumour findable from any view: its cells are drawn a second time as a marker that
// shows through fat and ducts (no depth test) and through the cut-away, and cells that entered a
// vessel are drawn travelling along it out of the lobule. Two InstancedMeshes, rewritten when the
// day, run or colours change.

import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { InstancedMesh, MeshBasicMaterial, SphereGeometry } from 'three';
import { cellColour } from '../../palette/colour-modes';
import { CellFate, CellKind } from '../../sim/cell-kinds';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import { writeInstanceMatrix } from '../instances/instance-matrix';
import type { ColourMode } from '../../state/view-slice';
import type { RunSource } from '../TissueInstances';
import { travellerAt, TUMOUR_MARKER_SCALE, tumourCellAt, tumourTracks, type TumourTracks } from './tumour-tracks';

/** A travelling cell is drawn at least this big (µm) so a single one is seen from the overview. */
const TRAVELLER_RADIUS_UM = 9;

export function TumourMarkers({ source = 'run', onTravellers }: { source?: RunSource; onTravellers?: (count: number) => void }) {
  const store = useLobuleStoreApi();
  const run = useLobule((s) => s[source]);
  const colourMode = useLobule((s) => s.colourMode);
  const invalidate = useThree((s) => s.invalidate);
  const tracks = useMemo(() => (run && run.settings.tumour ? tumourTracks(run) : null), [run]);
  const meshes = useMemo(() => {
    if (!tracks) return null;
    const geometry = new SphereGeometry(1, 12, 8);
    const marker = (count: number, name: string): InstancedMesh => {
      // The cut-away does not remove a marker with its cell: a tumour in the near half (one seeded
      // late, in whichever alveolus still has cells) would vanish from the default view.
      const material = new MeshBasicMaterial({ depthTest: false, depthWrite: false, transparent: true, opacity: 0.9 });
      const mesh = new InstancedMesh(geometry, material, Math.max(1, count));
      mesh.name = name;
      mesh.count = 0;
      mesh.frustumCulled = false;
      // Drawn after everything else, over it.
      mesh.renderOrder = 10;
      return mesh;
    };
    return { geometry, cells: marker(tracks.slots.length, 'tumour-marker'), travellers: marker(tracks.travellers.length, 'vessel-travellers') };
  }, [tracks]);
  useEffect(() => () => {
    if (!meshes) return;
    meshes.geometry.dispose();
    for (const m of [meshes.cells, meshes.travellers]) { (m.material as MeshBasicMaterial).dispose(); m.dispose(); }
  }, [meshes]);

  useEffect(() => {
    if (!meshes) return;
    paintMarkers(meshes, colourMode);
    invalidate();
  }, [meshes, colourMode, invalidate]);

  const written = useRef<{ day: number; meshes: MarkerMeshes | null }>({ day: NaN, meshes: null });
  const place = useMemo(() => new Float32Array(4), []);

  useFrame(() => {
    if (!tracks || !meshes) return;
    const { day } = store.getState();
    if (day === written.current.day && meshes === written.current.meshes) return;
    written.current.day = day;
    written.current.meshes = meshes;
    // Written first, reported after: `onTravellers?.(write())` would skip the write where no one
    // listens (the compare view's second lobule).
    const travelling = writeMarkers(tracks, meshes, day * 24, place);
    onTravellers?.(travelling);
  });

  if (!meshes) return null;
  return (
    <>
      <primitive object={meshes.cells} />
      <primitive object={meshes.travellers} />
    </>
  );
}

interface MarkerMeshes {
  cells: InstancedMesh;
  travellers: InstancedMesh;
}

function paintMarkers(meshes: MarkerMeshes, mode: ColourMode): void {
  (meshes.cells.material as MeshBasicMaterial).color.set(cellColour(mode, CellKind.tumour, CellFate.proliferating).base);
  (meshes.travellers.material as MeshBasicMaterial).color.set(cellColour(mode, CellKind.tumour, CellFate.invasive).base);
}

/** Writes the tumour cells' markers and the travelling cells at `hour` (no allocation). */
/** Returns how many cells are travelling in vessels now. */
function writeMarkers(tracks: TumourTracks, meshes: MarkerMeshes, hour: number, place: Float32Array): number {
  const cellMatrices = meshes.cells.instanceMatrix.array as Float32Array;
  let n = 0;
  for (let k = 0; k < tracks.slots.length; k++) {
    if (!tumourCellAt(tracks.run, tracks.slots[k], hour, place)) continue;
    const r = place[3] * TUMOUR_MARKER_SCALE;
    writeInstanceMatrix(cellMatrices, n++, place[0], place[1], place[2], 0, 1, 0, r, r, r);
  }
  meshes.cells.count = n;
  meshes.cells.instanceMatrix.needsUpdate = true;
  const travellerMatrices = meshes.travellers.instanceMatrix.array as Float32Array;
  let m = 0;
  for (const t of tracks.travellers) {
    if (!travellerAt(t, hour, place)) continue;
    writeInstanceMatrix(travellerMatrices, m++, place[0], place[1], place[2], 0, 1, 0, TRAVELLER_RADIUS_UM, TRAVELLER_RADIUS_UM, TRAVELLER_RADIUS_UM);
  }
  meshes.travellers.count = m;
  meshes.travellers.instanceMatrix.needsUpdate = true;
  return m;
}

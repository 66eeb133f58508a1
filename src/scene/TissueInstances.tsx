// Draws the simulated tissue: one raw InstancedMesh per cell shape, rewritten only when the
// snapshot of the store's day changes. Reads the store in useFrame; sets no React state per frame.

import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { createTissueSnapshot, readTissueAt } from '../sim/tissue-snapshot';
import { useLobule, useLobuleStoreApi } from '../state/store-context';
import type { ColourMode } from '../state/view-slice';
import { colourTableFor, structureColoursFor } from './instances/colour-table';
import { createShapeMeshes, disposeShapeMeshes, showInsideFaces } from './instances/create-shape-meshes';
import { SHAPE_IDS } from './instances/shape-ids';
import { writeTissue } from './instances/write-tissue';

export function TissueInstances({ onDrawn }: { onDrawn?: (day: number, version: number) => void }) {
  const store = useLobuleStoreApi();
  const run = useLobule((s) => s.run);
  const invalidate = useThree((s) => s.invalidate);
  const snapshot = useMemo(() => createTissueSnapshot(), []);
  const written = useRef<{ version: number; mode: ColourMode | null }>({ version: -1, mode: null });
  const meshes = useMemo(() => (run ? createShapeMeshes(run.structure) : null), [run]);

  // With the cut-away on, sliced cells show their inside faces, so they read as solid, not as rings.
  const cutaway = useLobule((s) => s.cutaway);
  useEffect(() => {
    if (!meshes) return;
    showInsideFaces(meshes, cutaway);
    invalidate();
  }, [meshes, cutaway, invalidate]);

  useEffect(() => {
    written.current = { version: -1, mode: null };
    invalidate();
    return () => {
      if (meshes) disposeShapeMeshes(meshes);
    };
  }, [meshes, invalidate]);

  // Draw again whenever what the picture depends on changes (day, run, colours).
  useEffect(() => store.subscribe((s, p) => {
    if (s.day !== p.day || s.run !== p.run || s.colourMode !== p.colourMode) invalidate();
  }), [store, invalidate]);

  useFrame(() => {
    const { run: current, day, colourMode } = store.getState();
    if (!current || !meshes || current !== run) return;
    readTissueAt(current, day, snapshot);
    if (snapshot.version === written.current.version && colourMode === written.current.mode) return;
    writeTissue(snapshot, current.structure, meshes, colourTableFor(colourMode), structureColoursFor(colourMode));
    written.current = { version: snapshot.version, mode: colourMode };
    onDrawn?.(day, snapshot.version);
  });

  if (!meshes) return null;
  return (
    <group>
      {SHAPE_IDS.map((id) => <primitive key={id} object={meshes[id]} />)}
    </group>
  );
}

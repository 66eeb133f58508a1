// Draws the simulated tissue: one raw InstancedMesh per cell shape, made once and kept across runs
// (so shader programs compile once), rewritten only when the snapshot of the store's day changes.
// Reads the store in useFrame; sets no React state per frame.

import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Plane, type Camera, type Object3D, type WebGLRenderer } from 'three';
import { createTissueSnapshot, readTissueAt } from '../sim/tissue-snapshot';
import type { SimulationRun } from '../sim/simulate';
import { subscribeDay } from '../state/day-listeners';
import { useLobule, useLobuleStoreApi } from '../state/store-context';
import type { Theme } from '../state/preferences-slice';
import type { QualityLevel as Quality } from '../state/quality-slice';
import type { ColourMode } from '../state/view-slice';
import { colourTableFor, structureColoursFor } from './instances/colour-table';
import { createShapeMeshes, disposeShapeMeshes, fitShapeMeshes, showInsideFaces } from './instances/create-shape-meshes';
import { SHAPE_IDS } from './instances/shape-ids';
import { writeTissue, type ShapeMeshes } from './instances/write-tissue';
import { applyCellLook } from './materials/cell-look';
import { CellPicker } from './picking/CellPicker';
import { setCutPlane, SLICE_PLANES } from './cutaway/cut-plane';

/** Which of the store's runs to draw: the app's, or the compare view's other side. */
export type RunSource = 'run' | 'comparisonRun';

export function TissueInstances({ onDrawn, source = 'run' }: { onDrawn?: (day: number, version: number) => void; source?: RunSource }) {
  const store = useLobuleStoreApi();
  const invalidate = useThree((s) => s.invalidate);
  const get = useThree((s) => s.get);
  const snapshot = useMemo(() => createTissueSnapshot(), []);
  const written = useRef<{ version: number; mode: ColourMode | null; quality: Quality | null; theme: Theme | null; run: SimulationRun | null }>({ version: -1, mode: null, quality: null, theme: null, run: null });
  const meshes = useMemo(() => createShapeMeshes(), []);
  useEffect(() => () => {
    disposeShapeMeshes(meshes);
    // React may keep this unmounted component's state a while (its parent's spare fiber): let go of
    // the run now, so compare off or a remount frees it at once.
    snapshot.run = null;
    written.current.run = null;
  }, [meshes, snapshot]);

  // With the cut-away on, sliced cells show their inside faces, so they read as solid, not as rings.
  const cutaway = useLobule((s) => s.cutaway);
  useEffect(() => {
    showInsideFaces(meshes, cutaway);
    invalidate();
  }, [meshes, cutaway, invalidate]);

  // Compile every shape's shader programs once, with and without the cut-away, right after the
  // first picture: shapes first seen mid-timeline (apoptotic bodies, halos, tumour) then cost
  // nothing during play, and the first picture does not wait for programs it does not use.
  const warmUp = useRef<{ done: boolean; timer: ReturnType<typeof setTimeout> | null }>({ done: false, timer: null });
  useEffect(() => () => {
    if (warmUp.current.timer !== null) clearTimeout(warmUp.current.timer);
  }, []);
  const warmUpAfterThisFrame = (): void => {
    if (warmUp.current.done) return;
    warmUp.current.done = true;
    warmUp.current.timer = setTimeout(() => {
      warmUp.current.timer = null;
      const { gl, scene, camera } = get();
      performance.mark('lobule:programs-compiling');
      warmUpPrograms(meshes, gl, scene, camera, store.getState().cutaway);
      performance.mark('lobule:programs-compiled');
    }, 0);
  };

  // Draw again whenever what the picture depends on changes (day, run, colours).
  useEffect(() => store.subscribe((s, p) => {
    if (s[source] !== p[source] || s.colourMode !== p.colourMode || s.quality !== p.quality || s.theme !== p.theme) invalidate();
  }), [store, invalidate, source]);
  useEffect(() => subscribeDay(store, () => invalidate()), [store, invalidate]);

  useFrame(() => {
    const state = store.getState();
    const { day, colourMode, quality, theme } = state;
    const run = state[source];
    // The comparison run arrives only when finished; the app's may still be computing.
    const runReadyUntilDay = source === 'run' ? state.runReadyUntilDay : Infinity;
    if (!run) return;
    // Rim, outline and nucleus colours are uniforms shared by every cell material.
    if (colourMode !== written.current.mode || quality !== written.current.quality || theme !== written.current.theme) {
      applyCellLook(colourMode, quality, theme);
      written.current.quality = quality;
      written.current.theme = theme;
    }
    if (run !== written.current.run) {
      fitShapeMeshes(meshes, run.structure);
      written.current.run = run;
    }
    // A run still being computed is drawn at its last computed day until it reaches the clock.
    const shownDay = Math.min(day, runReadyUntilDay);
    readTissueAt(run, shownDay, snapshot);
    if (snapshot.version === written.current.version && colourMode === written.current.mode) return;
    writeTissue(snapshot, run.structure, meshes, colourTableFor(colourMode), structureColoursFor(colourMode), state.reducedMotion);
    written.current.version = snapshot.version;
    written.current.mode = colourMode;
    onDrawn?.(shownDay, snapshot.version);
    warmUpAfterThisFrame();
  });

  return (
    <group>
      {SHAPE_IDS.map((id) => <primitive key={id} object={meshes[id]} />)}
      {source === 'run' && <CellPicker meshes={meshes} />}
    </group>
  );
}

const WARM_UP_PLANE = new Plane();

/** Compiles the programs of every shape (hidden ones too) in both cut-away states. */
function warmUpPrograms(
  meshes: ShapeMeshes,
  gl: WebGLRenderer,
  scene: Object3D,
  camera: Camera,
  cutaway: boolean,
): void {
  const visible = SHAPE_IDS.map((id) => meshes[id].visible);
  for (const id of SHAPE_IDS) meshes[id].visible = true;
  // Culled shapes have one program either way; sliced ones one with and one without the plane.
  const planes = [...SLICE_PLANES];
  try {
    gl.compile(scene, camera);
    setCutPlane(cutaway ? null : WARM_UP_PLANE);
    showInsideFaces(meshes, !cutaway);
    gl.compile(scene, camera);
  } finally {
    setCutPlane(planes[0] ?? null);
    showInsideFaces(meshes, cutaway);
    SHAPE_IDS.forEach((id, i) => (meshes[id].visible = visible[i]));
  }
}

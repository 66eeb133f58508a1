// The 3D view: a full-window canvas that renders only when something changes (frameloop
// "demand"), lit brightly enough to read on a washed-out projector.

import { Canvas } from '@react-three/fiber';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Scene } from 'three';
import { translate } from '../i18n/translate';
import type { SimulationRun } from '../sim/simulate';
import { structureColour } from '../palette/colour-modes';
import { useLobule, useLobuleStoreApi } from '../state/store-context';
import { CameraRig } from './CameraRig';
import { ComparisonScene } from './compare/ComparisonScene';
import { SplitRenderer } from './compare/SplitRenderer';
import { Cutaway } from './Cutaway';
import { DuctTree } from './DuctTree';
import { FrameProbe } from './FrameProbe';
import { Headlight } from './Headlight';
import { ImageCapture } from './ImageCapture';
import { KioskCamera } from './KioskCamera';
import { SceneLabels } from './labels/SceneLabels';
import { SelectionMarker } from './picking/SelectionMarker';
import { TissueInstances } from './TissueInstances';
import { TumourMarkers } from './tumour/TumourMarkers';

export function LobuleCanvas() {
  // Read once: a WebGL context cannot change its antialiasing after creation.
  const antialias = useLobuleStoreApi().getState().antialias;
  const run = useLobule((s) => s.run);
  const colourMode = useLobule((s) => s.colourMode);
  const profiler = useLobule((s) => s.profiler);
  const compare = useLobule((s) => s.compare);
  const kiosk = useLobule((s) => s.mode === 'kiosk');
  const comparisonScene = useMemo(() => new Scene(), []);
  const wrapper = useRef<HTMLDivElement>(null);
  // The ducts belong to the anatomy (seed and scale): a switch flip or a new part of the same run
  // keeps the tubes already built.
  const [ducts, setDucts] = useState<{ anatomy: string; ducts: SimulationRun['structure']['ducts'] } | null>(null);
  const anatomy = run ? `${run.settings.seed}:${run.settings.scale}` : null;
  if (run && anatomy !== null && ducts?.anatomy !== anatomy) setDucts({ anatomy, ducts: run.structure.ducts });
  // Tests and tools read what was last drawn from these attributes (written directly, no re-render).
  const onDrawn = useCallback((day: number, version: number) => {
    const element = wrapper.current;
    if (!element) return;
    element.dataset.drawnDay = String(Math.round(day * 1000) / 1000);
    element.dataset.drawnVersion = String(version);
  }, []);
  const onTravellers = useCallback((count: number) => {
    if (wrapper.current) wrapper.current.dataset.vesselTravellers = String(count);
  }, []);
  const onComparisonDrawn = useCallback((day: number, version: number) => {
    const element = wrapper.current;
    if (!element) return;
    element.dataset.drawnComparisonDay = String(Math.round(day * 1000) / 1000);
    element.dataset.drawnComparisonVersion = String(version);
  }, []);

  return (
    <div className={compare ? 'scene compare' : 'scene'} ref={wrapper} data-testid="scene" tabIndex={0} role="application" aria-roledescription={translate('scene.role')} aria-label={translate('scene.label')}>
      <Canvas
        frameloop="demand"
        flat
        dpr={[1, 2]}
        gl={{ antialias, powerPreference: 'high-performance' }}
        camera={{ fov: 40, near: 2, far: 8000, position: [360, 270, 740] }}
      >
        <color attach="background" args={[structureColour(colourMode, 'background')!]} />
        <Headlight />
        {run && (
          <>
            <CameraRig run={run} />
            {kiosk && <KioskCamera run={run} />}
            {ducts && <DuctTree ducts={ducts.ducts} />}
          </>
        )}
        <TissueInstances onDrawn={onDrawn} />
        <TumourMarkers onTravellers={onTravellers} />
        <SelectionMarker />
        <SceneLabels />
        <Cutaway />
        {compare && (
          <>
            <ComparisonScene scene={comparisonScene} onDrawn={onComparisonDrawn} />
            <SplitRenderer comparisonScene={comparisonScene} />
          </>
        )}
        {profiler && <FrameProbe />}
        <ImageCapture />
      </Canvas>
    </div>
  );
}

// The 3D view: a full-window canvas that renders only when something changes (frameloop
// "demand"), lit brightly enough to read on a washed-out projector.

import { addAfterEffect, Canvas } from '@react-three/fiber';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Scene } from 'three';
import { translate } from '../i18n/translate';
import type { SimulationRun } from '../sim/simulate';
import { sceneBackground } from '../palette/scene-background';
import { useLobule, useLobuleStoreApi } from '../state/store-context';
import { CameraRig } from './CameraRig';
import { createDrawnMarks } from './drawn-marks';
import { ComparisonScene } from './compare/ComparisonScene';
import { releaseInitialSubscribers } from './release-initial-subscribers';
import { SplitRenderer } from './compare/SplitRenderer';
import { Cutaway } from './cutaway/Cutaway';
import { DepthCue } from './DepthCue';
import { DuctTree } from './DuctTree';
import { LobuleLens } from './LobuleLens';
import { Headlight } from './Headlight';
import { ImageCapture } from './ImageCapture';
import { KioskCamera } from './KioskCamera';
import { SceneLabels } from './labels/SceneLabels';
import { SelectionMarker } from './picking/SelectionMarker';
import { QualityGovernor } from './QualityGovernor';
import { RedrawOnRestore } from './RedrawOnRestore';
import { TissueInstances } from './TissueInstances';
import { TumourMarkers } from './tumour/TumourMarkers';

// `?profiler=1` only: loaded on demand, so no one else downloads it, and in a chunk of its own, so
// the benchmark can tell the garbage the instrument makes from the app's.
const FrameProbe = lazy(() => import('./FrameProbe').then((m) => ({ default: m.FrameProbe })));

export function LobuleCanvas() {
  // Read once: a WebGL context cannot change its antialiasing after creation.
  const store = useLobuleStoreApi();
  const antialias = store.getState().antialias;
  // Selected in pieces, never the run itself: React keeps the last props and state of each component
  // in a spare copy, so holding the run here would keep the previous one alive after a change.
  const hasRun = useLobule((s) => s.run !== null);
  const runSettings = useLobule((s) => s.run?.settings);
  const semiAxesUm = useLobule((s) => s.run?.structure.semiAxesUm);
  const runDucts = useLobule((s) => s.run?.structure.ducts);
  const alveolusRadii = useLobule((s) => s.run?.structure.alveolusLactatingRadiusUm);
  const background = useLobule((s) => sceneBackground(s.colourMode, s.theme));
  const profiler = useLobule((s) => s.profiler);
  const compare = useLobule((s) => s.compare);
  const kiosk = useLobule((s) => s.mode === 'kiosk');
  const comparisonScene = useMemo(() => new Scene(), []);
  const wrapper = useRef<HTMLDivElement>(null);
  const firstPictureDue = useRef(false);
  // The ducts belong to the anatomy (seed and scale): a switch flip or a new part of the same run
  // keeps the tubes already built.
  const [ducts, setDucts] = useState<{ anatomy: string; ducts: SimulationRun['structure']['ducts'] } | null>(null);
  const lobuleRadius = semiAxesUm ? Math.max(semiAxesUm[0], semiAxesUm[1], semiAxesUm[2]) : 0;
  const anatomy = runSettings ? `${runSettings.seed}:${runSettings.scale}` : null;
  if (runDucts && anatomy !== null && ducts?.anatomy !== anatomy) setDucts({ anatomy, ducts: runDucts });
  // Tests and tools read what was last drawn from attributes of the wrapper (drawn-marks.ts).
  const marks = useMemo(() => {
    const playing = (): boolean => store.getState().playing;
    return { run: createDrawnMarks(playing, 'drawnDay', 'drawnVersion'), comparison: createDrawnMarks(playing, 'drawnComparisonDay', 'drawnComparisonVersion') };
  }, [store]);
  const onDrawn = useCallback((day: number, version: number) => {
    if (!wrapper.current) return;
    marks.run.drawn(wrapper.current, day, version);
    if (!store.getState().pictureShown && !firstPictureDue.current) {
      // Shown once the frame is rendered (its programs linked), not when its buffers are written:
      // the poster goes, and the first run stops holding its computation back for it.
      firstPictureDue.current = true;
      const unsubscribe = addAfterEffect(() => {
        unsubscribe();
        performance.mark('lobule:first-picture');
        store.getState().setPictureShown();
      });
    }
  }, [store, marks]);
  const onTravellers = useCallback((count: number) => {
    if (wrapper.current) wrapper.current.dataset.vesselTravellers = String(count);
  }, []);
  const onComparisonDrawn = useCallback((day: number, version: number) => {
    if (wrapper.current) marks.comparison.drawn(wrapper.current, day, version);
  }, [marks]);
  useEffect(() => () => {
    marks.run.dispose();
    marks.comparison.dispose();
  }, [marks]);
  return (
    <div className={compare ? 'scene compare' : 'scene'} ref={wrapper} data-testid="scene" tabIndex={0} role="application" aria-roledescription={translate('scene.role')} aria-label={translate('scene.label')}>
      <Canvas
        frameloop="demand"
        flat
        dpr={[1, 2]}
        gl={{ antialias, powerPreference: 'high-performance' }}
        camera={{ fov: 40, near: 2, far: 8000, position: [360, 270, 740] }}
        onCreated={releaseInitialSubscribers}
      >
        {/* No background until there is tissue: the poster behind shows through meanwhile. */}
        {hasRun && <color attach="background" args={[background]} />}
        {hasRun && <DepthCue colour={background} />}
        <Headlight />
        <LobuleLens />
        {anatomy !== null && semiAxesUm && (
          <>
            <CameraRig anatomy={anatomy} lobuleRadius={lobuleRadius} />
            {kiosk && alveolusRadii && <KioskCamera lobuleRadius={lobuleRadius} alveolusRadii={alveolusRadii} />}
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
        <RedrawOnRestore />
        <QualityGovernor />
        {profiler && <Suspense fallback={null}><FrameProbe /></Suspense>}
        <ImageCapture />
      </Canvas>
    </div>
  );
}

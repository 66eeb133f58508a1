// The compare view's second lobule: the other run drawn into a scene of its own (a portal), lit
// like the first, under the same camera and cut-away. SplitRenderer puts it beside the first.

import { createPortal } from '@react-three/fiber';
import type { Scene } from 'three';
import { sceneBackground } from '../../palette/scene-background';
import { useLobule } from '../../state/store-context';
import { DuctTree } from '../DuctTree';
import { Headlight } from '../Headlight';
import { TissueInstances } from '../TissueInstances';
import { TumourMarkers } from '../tumour/TumourMarkers';

export function ComparisonScene({ scene, onDrawn }: { scene: Scene; onDrawn: (day: number, version: number) => void }) {
  // The ducts, not the run: state kept by React after compare is turned off must not hold the run.
  const ducts = useLobule((s) => s.comparisonRun?.structure.ducts);
  const background = useLobule((s) => sceneBackground(s.colourMode, s.theme));
  return createPortal(
    <>
      <color attach="background" args={[background]} />
      <Headlight />
      {ducts && <DuctTree ducts={ducts} />}
      <TissueInstances source="comparisonRun" onDrawn={onDrawn} />
      <TumourMarkers source="comparisonRun" />
    </>,
    scene,
  );
}

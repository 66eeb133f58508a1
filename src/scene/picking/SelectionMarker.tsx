// Draws the selected cell's outline and, with "Follow", keeps the camera centred on the cell while
// time plays. Reads the store in useFrame; no React state per frame.

import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Vector3 } from 'three';
import { cellPlaceAt, type CellPlace } from '../../sim/cell-story';
import { useLobuleStoreApi } from '../../state/store-context';
import { isCutAway } from '../cutaway/cut-plane';
import { SelectionOutline } from './selection-outline';

export function SelectionMarker() {
  const store = useLobuleStoreApi();
  const invalidate = useThree((s) => s.invalidate);
  const outline = useMemo(() => new SelectionOutline(), []);
  const place = useMemo<CellPlace>(() => ({ x: 0, y: 0, z: 0, radiusUm: 0 }), []);
  const shift = useMemo(() => new Vector3(), []);

  useEffect(() => store.subscribe((s, p) => {
    if (s.selectedSlot !== p.selectedSlot || s.followSelected !== p.followSelected) invalidate();
  }), [store, invalidate]);
  useEffect(() => () => outline.dispose(), [outline]);

  useFrame(({ camera, controls }) => {
    const { selectedSlot, run, day, followSelected } = store.getState();
    // Hidden with its cell when the cut-away has removed it.
    if (selectedSlot === null || !run || !(cellPlaceAt(run, selectedSlot, day, place).radiusUm > 0.05) || isCutAway(place.x, place.y, place.z)) {
      outline.hide();
      return;
    }
    outline.showAround(place, camera.quaternion);
    const orbit = controls as { target?: Vector3; update?: () => void } | null;
    if (followSelected && orbit?.target) {
      // Move eye and target together: the view keeps its angle and distance, centred on the cell.
      shift.set(place.x, place.y, place.z).sub(orbit.target);
      if (shift.lengthSq() > 1e-4) {
        orbit.target.add(shift);
        camera.position.add(shift);
        orbit.update?.();
      }
    }
  });
  return <primitive object={outline} />;
}

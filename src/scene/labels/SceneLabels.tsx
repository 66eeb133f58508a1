// Labels in the scene (L, and the tour's highlights): short names in boxes with leader lines to a
// representative of each structure, following the camera, never overlapping each other or the
// control panels. Plain DOM over the canvas positioned in the frame loop (label-overlay.ts), not
// drei Html/Text.

import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Vector3 } from 'three';
import type { SceneLabelId } from '../../state/scene-labels';
import { subscribeLightTickMoves } from '../../state/day-listeners';
import { useLobuleStoreApi } from '../../state/store-context';
import { mainViewRect } from '../picking/main-view';
import { SLICE_PLANES } from '../cutaway/cut-plane';
import { LabelOverlay } from './label-overlay';

const ORIGIN = new Vector3();

type OrbitLike = { target?: Vector3; addEventListener?: (type: string, listener: () => void) => void; removeEventListener?: (type: string, listener: () => void) => void };

export function SceneLabels() {
  const store = useLobuleStoreApi();
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useThree((s) => s.controls) as OrbitLike | null;
  const overlay = useMemo(() => new LabelOverlay(document), []);
  const part = useMemo(() => ({ left: 0, top: 0, width: 0, height: 0 }), []);
  // One function object, so the frame loop allocates nothing to ask which labels are wanted.
  const wanted = useMemo(() => (id: SceneLabelId): boolean => store.getState().labelsOn || store.getState().highlights.includes(id), [store]);

  useEffect(() => {
    (gl.domElement.parentElement ?? document.body).append(overlay.root);
    const resized = (): void => {
      overlay.markResized();
      invalidate();
    };
    window.addEventListener('resize', resized);
    const unsubscribe = store.subscribe((s, p) => {
      if (s.labelsOn !== p.labelsOn || s.highlights !== p.highlights || s.cleanView !== p.cleanView || s.selectedSlot !== p.selectedSlot
        || s.tourOpen !== p.tourOpen || s.compare !== p.compare) resized();
      else if ((s as { lang?: unknown }).lang !== (p as { lang?: unknown }).lang || (s as { theme?: unknown }).theme !== (p as { theme?: unknown }).theme) {
        overlay.relabel();
        invalidate();
      } else if (s.run !== p.run || s.dayTick !== p.dayTick || s.cameraRequest !== p.cameraRequest) {
        overlay.markStale();
        invalidate();
      }
    });
    // While playing, a new quarter day inside a day is no store update.
    const unsubscribeTicks = subscribeLightTickMoves(store, () => {
      overlay.markStale();
      invalidate();
    });
    return () => {
      unsubscribe();
      unsubscribeTicks();
      window.removeEventListener('resize', resized);
      overlay.root.remove();
    };
  }, [gl, overlay, store, invalidate]);

  // A turn, pan or zoom that has ended: the nearest representatives may have changed.
  useEffect(() => {
    if (!controls?.addEventListener) return;
    const settled = (): void => {
      overlay.markStale();
      invalidate();
    };
    controls.addEventListener('end', settled);
    return () => controls.removeEventListener?.('end', settled);
  }, [controls, overlay, invalidate]);

  useFrame(({ camera, size }) => {
    const state = store.getState();
    const { labelsOn, highlights, run, day } = state;
    mainViewRect(state, size.width, size.height, part);
    overlay.update(camera, part, run, day, wanted, labelsOn || highlights.length > 0, controls?.target ?? ORIGIN, SLICE_PLANES);
  });
  return null;
}

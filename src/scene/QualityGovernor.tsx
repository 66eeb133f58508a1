// Applies the quality level to the renderer (its pixel ratio) and moves the level with the measured
// frame rate (see quality-governor.ts). Runs after each drawn frame; allocates nothing per frame.

import { addAfterEffect, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { useLobule, useLobuleStoreApi } from '../state/store-context';
import { QUALITY_PIXEL_RATIO } from '../state/quality-slice';
import { createQualityGovernor } from './quality-governor';

export function QualityGovernor() {
  const store = useLobuleStoreApi();
  const setDpr = useThree((s) => s.setDpr);
  const quality = useLobule((s) => s.quality);
  const governor = useMemo(() => createQualityGovernor(), []);

  useEffect(() => {
    setDpr(Math.min(window.devicePixelRatio || 1, QUALITY_PIXEL_RATIO[quality]));
  }, [quality, setDpr]);

  useEffect(() => addAfterEffect((now) => {
    const current = store.getState().quality;
    const next = governor.frame(now, current);
    if (next !== current) store.getState().setQuality(next);
  }), [store, governor]);
  return null;
}

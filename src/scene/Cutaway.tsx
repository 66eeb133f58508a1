// The cut-away: a clipping plane through the orbit target, facing the viewer, that removes the
// near half of everything so the inside of the alveoli shows. It follows the camera.

import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Plane, Vector3 } from 'three';
import { useLobule } from '../state/store-context';

const ORIGIN = new Vector3();

export function Cutaway() {
  const on = useLobule((s) => s.cutaway);
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  const plane = useMemo(() => new Plane(), []);
  const normal = useMemo(() => new Vector3(), []);

  useEffect(() => {
    // Renderer-wide, so every material is cut without knowing about it.
    get().gl.clippingPlanes = on ? [plane] : [];
    invalidate();
  }, [on, get, plane, invalidate]);

  useFrame(({ camera, controls }) => {
    if (!on) return;
    const target = (controls as { target?: Vector3 } | null)?.target ?? ORIGIN;
    // Fragments on the camera's side of the plane (negative distance) are clipped.
    normal.copy(target).sub(camera.position).normalize();
    plane.setFromNormalAndCoplanarPoint(normal, target);
  });
  return null;
}

// The cut-away: a plane through the orbit target, facing the viewer, that removes the near half of
// the lobule so the inside of the alveoli shows. It follows the camera. How each shape meets it
// (whole cells removed, or sliced through) is cut-plane.ts's business.

import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useMemo } from 'react';
import { Plane, Vector3 } from 'three';
import { useLobule } from '../../state/store-context';
import { ViewWatch } from '../view-moves';
import { setCutPlane } from './cut-plane';

const ORIGIN = new Vector3();

export function Cutaway() {
  const on = useLobule((s) => s.cutaway);
  const invalidate = useThree((s) => s.invalidate);
  const get = useThree((s) => s.get);
  const plane = useMemo(() => new Plane(), []);
  const normal = useMemo(() => new Vector3(), []);
  const watch = useMemo(() => new ViewWatch(), []);

  useEffect(() => {
    if (!on) setCutPlane(null);
    // Turned on again: the plane is set on the next frame, whether or not the view has moved.
    watch.forget();
    invalidate();
  }, [on, invalidate, watch]);
  useEffect(() => {
    // Sliced shapes carry the plane on their material (three ignores those unless told to look).
    get().gl.localClippingEnabled = true;
    return () => setCutPlane(null);
  }, [get]);

  useFrame(({ camera, controls }) => {
    if (!on || !watch.moved(controls)) return;
    const target = (controls as { target?: Vector3 } | null)?.target ?? ORIGIN;
    // Points on the camera's side of the plane (negative distance) are cut away.
    normal.copy(target).sub(camera.position).normalize();
    plane.setFromNormalAndCoplanarPoint(normal, target);
    setCutPlane(plane);
  });
  return null;
}

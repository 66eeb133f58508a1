// The orbit controls (three-stdlib's), wired as drei's <OrbitControls makeDefault> wires them, but
// updated only when something moves the view. Without damping or auto-rotation an update between
// moves changes nothing: the controls' own pointer, wheel and key handlers update them, and so does
// every move the app makes (presets and glides in CameraRig, following a cell, the kiosk's drift).
// drei's component updates them every frame, re-aiming the camera (a lookAt and a matrix
// decomposition, garbage every frame while playing) for nothing.

import { useThree } from '@react-three/fiber';
import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useMemo } from 'react';
import type { TOUCH } from 'three';
import { OrbitControls } from 'three-stdlib';
import { countViewMove } from './view-moves';

interface OrbitViewProps {
  enableZoom: boolean;
  minDistance: number;
  maxDistance: number;
  touches: { ONE?: TOUCH; TWO?: TOUCH };
}

export const OrbitView = forwardRef<OrbitControls, OrbitViewProps>(function OrbitView({ enableZoom, minDistance, maxDistance, touches }, ref) {
  const camera = useThree((s) => s.camera);
  const gl = useThree((s) => s.gl);
  const connected = useThree((s) => s.events.connected) as HTMLElement | undefined;
  const invalidate = useThree((s) => s.invalidate);
  const set = useThree((s) => s.set);
  const get = useThree((s) => s.get);
  // The constructor updates once, so the camera looks at the target from the start.
  const controls = useMemo(() => new OrbitControls(camera), [camera]);
  useImperativeHandle(ref, () => controls, [controls]);

  // Set in a layout effect: before any effect (CameraRig's, KioskCamera's) or frame reads them.
  useLayoutEffect(() => {
    controls.enableDamping = false;
    controls.enableZoom = enableZoom;
    controls.minDistance = minDistance;
    controls.maxDistance = maxDistance;
    controls.touches = touches;
  }, [controls, enableZoom, minDistance, maxDistance, touches]);

  const element = connected ?? gl.domElement;
  useEffect(() => {
    controls.connect(element);
    return () => controls.dispose();
  }, [controls, element]);
  useEffect(() => {
    const changed = (): void => {
      countViewMove(controls);
      invalidate();
    };
    controls.addEventListener('change', changed);
    return () => controls.removeEventListener('change', changed);
  }, [controls, invalidate]);
  // The scene's default controls, as `useThree((s) => s.controls)` and useFrame's state give them.
  useEffect(() => {
    const previous = get().controls;
    set({ controls });
    return () => set({ controls: previous });
  }, [controls, get, set]);
  return null;
});

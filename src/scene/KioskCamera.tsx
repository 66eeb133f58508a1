// Kiosk only: pinch and pan keep the lobule in view (never inside a cell, never lost in space),
// and when nobody has touched the screen for a while the view drifts gently back home.

import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useRef } from 'react';
import { Vector3, type PerspectiveCamera } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { useLobuleStoreApi } from '../state/store-context';
import { cameraPose, portraitStepBack } from './camera-presets';

/** Closest the camera may come to the centre of the view, in alveolus radii: a whole alveolus stays
 * in view (the "inside an alveolus" preset stands at 5), so nobody flies into a cell. */
const MIN_DISTANCE_ALVEOLUS_RADII = 3.5;
/** Farthest, in lobule radii (the overview stands at about 3), on a landscape screen; a portrait one
 * allows as much farther as the overview steps back there (CameraRig). */
const MAX_DISTANCE_RADII = 4.5;
/** How far from the lobule's centre the view's centre may be panned, in lobule radii. */
const MAX_PAN_RADII = 1;
/** Seconds without input before the view starts drifting home, and how fast it closes in. */
const DRIFT_AFTER_SECONDS = 20;
const DRIFT_TIME_CONSTANT_SECONDS = 1.6;

/**
 * Takes sizes, not the run (a prop holding the run keeps the previous one alive in React's spare
 * fiber); the drift home reads the current run from the store when it starts.
 */
export function KioskCamera({ lobuleRadius: radius, alveolusRadii }: { lobuleRadius: number; alveolusRadii: Float32Array }) {
  const store = useLobuleStoreApi();
  const get = useThree((s) => s.get);
  const hasControls = useThree((s) => s.controls !== null);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const invalidate = useThree((s) => s.invalidate);
  const meanAlveolusRadius = alveolusRadii.reduce((sum, r) => sum + r, 0) / Math.max(1, alveolusRadii.length);
  const home = useRef({ position: new Vector3(), target: new Vector3() });
  const drifting = useRef(false);
  /** The input after which the view last came home: it stays put until someone touches it again. */
  const homeAfterInput = useRef(-1);

  // Limits, checked after every change of the view (CameraRig's props may reset OrbitControls' own).
  useEffect(() => {
    const controls = hasControls ? (get().controls as OrbitControlsImpl | null) : null;
    if (!controls) return;
    const minDistance = meanAlveolusRadius * MIN_DISTANCE_ALVEOLUS_RADII;
    const limit = radius * MAX_PAN_RADII;
    const offset = new Vector3();
    const enforce = (): void => {
      // Read at each change: the screen may turn. A landscape limit held the portrait overview (which
      // steps back so the width fits) to half its distance, and the lobule spilled off the screen.
      const maxDistance = radius * MAX_DISTANCE_RADII * portraitStepBack(camera.aspect);
      controls.minDistance = minDistance;
      controls.maxDistance = maxDistance;
      const { target } = controls;
      if (target.length() > limit) {
        offset.copy(target).setLength(limit).sub(target);
        target.add(offset);
        camera.position.add(offset);
      }
      offset.copy(camera.position).sub(target);
      const distance = offset.length();
      if (distance < minDistance || distance > maxDistance) {
        camera.position.copy(target).add(offset.setLength(Math.min(maxDistance, Math.max(minDistance, distance))));
      }
    };
    controls.addEventListener('change', enforce);
    enforce();
    return () => controls.removeEventListener('change', enforce);
  }, [get, hasControls, camera, radius, meanAlveolusRadius]);

  // Start drifting once input has stopped long enough (checked twice a second; renders only then).
  useEffect(() => {
    const check = window.setInterval(() => {
      const s = store.getState();
      const idleSeconds = (performance.now() - s.kioskLastInputMs) / 1000;
      const shouldDrift = s.kioskPhase !== 'attract' && idleSeconds > DRIFT_AFTER_SECONDS && homeAfterInput.current !== s.kioskLastInputMs;
      if (shouldDrift && !drifting.current && s.run) {
        const pose = cameraPose('overview', s.run);
        // As CameraRig frames presets.
        const backOff = portraitStepBack(camera.aspect);
        home.current.target.set(...pose.target);
        home.current.position.set(...pose.position).sub(home.current.target).multiplyScalar(backOff).add(home.current.target);
      }
      drifting.current = shouldDrift;
      if (shouldDrift) invalidate();
    }, 500);
    return () => window.clearInterval(check);
  }, [store, camera, invalidate]);

  useFrame((_, deltaSeconds) => {
    const controls = get().controls as OrbitControlsImpl | null;
    if (!drifting.current || !controls) return;
    const { position, target } = home.current;
    const step = 1 - Math.exp(-Math.min(deltaSeconds, 0.25) / DRIFT_TIME_CONSTANT_SECONDS);
    camera.position.lerp(position, step);
    controls.target.lerp(target, step);
    camera.lookAt(controls.target);
    controls.update();
    if (camera.position.distanceToSquared(position) + controls.target.distanceToSquared(target) < 1) {
      drifting.current = false;
      homeAfterInput.current = store.getState().kioskLastInputMs;
    } else {
      invalidate();
    }
  });
  return null;
}

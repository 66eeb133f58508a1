// The camera: orbit, zoom and pan by mouse and touch (two fingers pan), the keyboard (arrows turn,
// Shift+arrows pan, + and − zoom), and the named presets the store asks for.

import { useFrame, useThree } from '@react-three/fiber';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { Spherical, TOUCH, Vector3, type PerspectiveCamera } from 'three';
import type { OrbitControls as OrbitControlsImpl } from 'three-stdlib';
import { prefersReducedMotion } from '../state/reduced-motion';
import { useLobule, useLobuleStoreApi } from '../state/store-context';
import type { CameraPreset } from '../state/view-slice';
import { CameraGlide } from './camera-glide';
import { OrbitView } from './OrbitView';
import { cameraPose, portraitStepBack, tumourCentre } from './camera-presets';

const TURN_RAD = Math.PI / 18;
const ZOOM_STEP = 1.15;
/** One finger turns, two pan and zoom. */
const ORBIT_TOUCHES = { ONE: TOUCH.ROTATE, TWO: TOUCH.DOLLY_PAN };

/**
 * Takes the lobule's size and identity, not the run: a prop holding the run would keep the previous
 * run alive in React's spare fiber after a change.
 */
export function CameraRig({ lobuleRadius, anatomy }: { lobuleRadius: number; anatomy: string }) {
  const controls = useRef<OrbitControlsImpl>(null);
  const camera = useThree((s) => s.camera) as PerspectiveCamera;
  const invalidate = useThree((s) => s.invalidate);
  const store = useLobuleStoreApi();
  // Embedded, the wheel belongs to the course page until the view is clicked (as maps do).
  const wheelZooms = useLobule((s) => s.viewEngaged);
  // Only a new anatomy (seed or scale) re-frames the view: flipping a switch keeps the camera where
  // the user put it. Presets read the latest run from the store (where the tumour is).
  // The tour glides between its chapters' views (unless motion is reduced); everything else jumps.
  const glide = useMemo(() => new CameraGlide(), []);
  const goal = useMemo(() => ({ position: new Vector3(), target: new Vector3() }), []);
  // The tumour view asked for before its tumour exists (a tour chapter or a switch that seeds one
  // starts a new run, and a run still computing has not reached the seeding day) falls back to the
  // overview and waits: the first run that has tumour cells moves the view to them, unless someone
  // took the camera in hand meanwhile.
  const awaitingTumour = useRef(false);

  const apply = useCallback((name: CameraPreset) => {
    const c = controls.current;
    const state = store.getState();
    const latest = state.run;
    awaitingTumour.current = name === 'tumour' && (!latest || tumourCentre(latest) === null);
    if (!c || !latest) return;
    const { position, target } = cameraPose(name, latest);
    const backOff = portraitStepBack(camera.aspect);
    goal.target.set(...target);
    goal.position.set(position[0] - target[0], position[1] - target[1], position[2] - target[2]).multiplyScalar(backOff).add(goal.target);
    if (state.tourOpen && !prefersReducedMotion(state)) {
      glide.start(camera.position, c.target, goal.position, goal.target, performance.now());
    } else {
      glide.stop();
      c.target.copy(goal.target);
      camera.position.copy(goal.position);
      camera.lookAt(c.target);
      c.update();
    }
    invalidate();
  }, [camera, invalidate, store, glide, goal]);

  useFrame(() => {
    const c = controls.current;
    if (!c || !glide.step(camera.position, c.target, performance.now())) return;
    camera.lookAt(c.target);
    c.update();
    invalidate();
  });
  // Someone taking the camera in hand ends a glide where it is.
  useEffect(() => {
    const c = controls.current;
    if (!c) return;
    const stop = (): void => {
      glide.stop();
      awaitingTumour.current = false;
    };
    c.addEventListener('start', stop);
    return () => c.removeEventListener('start', stop);
  }, [glide]);

  // A new lobule (seed or scale) is framed in the current preset.
  useEffect(() => {
    if (anatomy) apply(store.getState().cameraPreset);
  }, [apply, store, anatomy]);
  // Asking for a preset (again) applies it.
  useEffect(() => store.subscribe((s, p) => {
    if (s.cameraRequest !== p.cameraRequest) apply(s.cameraPreset);
    else if (awaitingTumour.current && s.run !== p.run && s.cameraPreset === 'tumour' && s.run && tumourCentre(s.run)) apply('tumour');
    // Following a cell takes the camera; a finished run with no tumour cells ends the wait.
    else if (awaitingTumour.current && ((s.followSelected && !p.followSelected) || (s.runStatus === 'ready' && p.runStatus !== 'ready'))) awaitingTumour.current = false;
  }), [apply, store]);

  useEffect(() => {
    const offset = new Vector3();
    const spherical = new Spherical();
    const onKey = (event: KeyboardEvent): void => {
      const c = controls.current;
      if (!c || isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = c.target;
      offset.copy(camera.position).sub(target);
      if (event.key.startsWith('Arrow') && event.shiftKey) {
        // Pan in the screen plane by a tenth of the distance.
        const step = offset.length() * 0.1;
        const right = new Vector3().setFromMatrixColumn(camera.matrix, 0).multiplyScalar(step);
        const up = new Vector3().setFromMatrixColumn(camera.matrix, 1).multiplyScalar(step);
        const move = event.key === 'ArrowLeft' ? right.negate() : event.key === 'ArrowRight' ? right : event.key === 'ArrowUp' ? up : up.negate();
        camera.position.add(move);
        target.add(move);
      } else if (event.key.startsWith('Arrow')) {
        spherical.setFromVector3(offset);
        if (event.key === 'ArrowLeft') spherical.theta -= TURN_RAD;
        if (event.key === 'ArrowRight') spherical.theta += TURN_RAD;
        if (event.key === 'ArrowUp') spherical.phi = Math.max(0.05, spherical.phi - TURN_RAD);
        if (event.key === 'ArrowDown') spherical.phi = Math.min(Math.PI - 0.05, spherical.phi + TURN_RAD);
        camera.position.copy(target).add(offset.setFromSpherical(spherical));
      } else if (event.key === '+' || event.key === '=' || event.key === '-' || event.key === '_') {
        const factor = event.key === '-' || event.key === '_' ? ZOOM_STEP : 1 / ZOOM_STEP;
        camera.position.copy(target).add(offset.multiplyScalar(factor));
      } else {
        return;
      }
      event.preventDefault();
      glide.stop();
      awaitingTumour.current = false;
      c.update();
      invalidate();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [camera, invalidate, glide]);

  return (
    <OrbitView ref={controls} enableZoom={wheelZooms} minDistance={8} maxDistance={lobuleRadius * 8} touches={ORBIT_TOUCHES} />
  );
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
}

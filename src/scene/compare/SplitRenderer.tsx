// Draws the compare view in one WebGL context: the untreated lobule in the left half, the
// senolytic one in the right, each through a scissored viewport with the same camera (so turning
// one turns both). Mounted only in compare; while it is, it does the rendering (priority 1).

import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import { useLobuleStoreApi } from '../../state/store-context';

export function SplitRenderer({ comparisonScene }: { comparisonScene: Scene }) {
  const store = useLobuleStoreApi();
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const { gl, camera } = get() as { gl: WebGLRenderer; camera: PerspectiveCamera };
    // Each half is a narrower view: frame it for its own shape, and again when leaving compare.
    const { width, height } = gl.domElement.getBoundingClientRect();
    if (width > 0 && height > 0) fitAspect(camera, Math.floor(width / 2) / height);
    store.getState().showCameraPreset(store.getState().cameraPreset);
    // Count both halves' draw calls for the profiler, not only the last one drawn.
    gl.info.autoReset = false;
    invalidate();
    return () => {
      gl.info.autoReset = true;
      const whole = gl.domElement.getBoundingClientRect();
      if (whole.width > 0 && whole.height > 0) fitAspect(camera, whole.width / whole.height);
      store.getState().showCameraPreset(store.getState().cameraPreset);
      invalidate();
    };
  }, [get, store, invalidate]);

  useFrame(({ scene, gl, size, camera: shared }) => {
    const camera = shared as PerspectiveCamera;
    const { width, height } = size;
    const half = Math.floor(width / 2);
    // The canvas may have been resized (which sets the whole width's aspect): keep the half's.
    fitAspect(camera, half / height);
    const mainIsTreated = store.getState().settings.clearance;
    const left = mainIsTreated ? comparisonScene : scene;
    const right = mainIsTreated ? scene : comparisonScene;
    gl.info.reset();
    gl.setScissorTest(true);
    gl.setViewport(0, 0, half, height);
    gl.setScissor(0, 0, half, height);
    gl.render(left, camera);
    gl.setViewport(half, 0, width - half, height);
    gl.setScissor(half, 0, width - half, height);
    gl.render(right, camera);
    gl.setScissorTest(false);
    gl.setViewport(0, 0, width, height);
  }, 1);
  return null;
}

/** Sets the camera's aspect; true if it changed. */
function fitAspect(camera: PerspectiveCamera, aspect: number): boolean {
  if (Math.abs(camera.aspect - aspect) < 1e-6) return false;
  camera.aspect = aspect;
  camera.updateProjectionMatrix();
  return true;
}

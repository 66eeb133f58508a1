// Draws the compare view in one WebGL context: the untreated and the senolytic lobule each through a
// scissored viewport with the same camera (so turning one turns both), side by side on a landscape
// canvas and stacked on a portrait one (compare-viewports.ts). Mounted only in compare; while it
// is, it does the rendering (priority 1).

import { useFrame, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { PerspectiveCamera, Scene, WebGLRenderer } from 'three';
import { useLobuleStoreApi } from '../../state/store-context';
import { compareViewports, type ViewRect } from './compare-viewports';

// Scratch parts, written every frame (one SplitRenderer exists at a time).
const untreated: ViewRect = { left: 0, top: 0, width: 0, height: 0 };
const senolytic: ViewRect = { left: 0, top: 0, width: 0, height: 0 };

export function SplitRenderer({ comparisonScene }: { comparisonScene: Scene }) {
  const store = useLobuleStoreApi();
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);

  useEffect(() => {
    const { gl, camera } = get() as { gl: WebGLRenderer; camera: PerspectiveCamera };
    // Each part is a differently shaped view: frame the camera for its shape, now, whenever the
    // arrangement changes (a turned phone, or the controls' size measured after mounting), and
    // again for the whole canvas when leaving compare. The aspect is set before the preset is
    // asked for, because the preset's distance depends on it.
    const frame = (): void => {
      const { width, height } = gl.domElement.getBoundingClientRect();
      const state = store.getState();
      if (width > 0 && height > 0) {
        state.setCompareArrangement(compareViewports(width, height, state.pictureInsets, untreated, senolytic));
        fitAspect(camera, untreated.width / Math.max(1, untreated.height));
      }
      state.showCameraPreset(state.cameraPreset);
      invalidate();
    };
    frame();
    // Count both parts' draw calls for the profiler, not only the last one drawn.
    gl.info.autoReset = false;
    // A new arrangement changes the parts' shape: the frame loop finds it after a resize, the
    // insets' owner after the controls change size. (Insets alone only shorten stacked parts,
    // which stay wider than tall and so are framed alike.)
    const unsubscribe = store.subscribe((s, p) => {
      if (s.compareArrangement !== p.compareArrangement) frame();
      else if (s.pictureInsets !== p.pictureInsets) {
        const { width, height } = gl.domElement.getBoundingClientRect();
        if (compareViewports(width, height, s.pictureInsets, untreated, senolytic) !== s.compareArrangement) frame();
      }
    });
    return () => {
      unsubscribe();
      gl.info.autoReset = true;
      const whole = gl.domElement.getBoundingClientRect();
      if (whole.width > 0 && whole.height > 0) fitAspect(camera, whole.width / whole.height);
      store.getState().showCameraPreset(store.getState().cameraPreset);
      invalidate();
    };
  }, [get, store, invalidate]);

  useFrame(({ scene, gl, size, camera: shared }) => {
    const camera = shared as PerspectiveCamera;
    const state = store.getState();
    state.setCompareArrangement(compareViewports(size.width, size.height, state.pictureInsets, untreated, senolytic));
    // The canvas may have been resized (which sets the whole canvas's aspect): keep the part's.
    fitAspect(camera, untreated.width / Math.max(1, untreated.height));
    const mainIsTreated = state.settings.clearance;
    gl.info.reset();
    gl.setScissorTest(true);
    drawInto(gl, size.height, untreated, mainIsTreated ? comparisonScene : scene, camera);
    drawInto(gl, size.height, senolytic, mainIsTreated ? scene : comparisonScene, camera);
    gl.setScissorTest(false);
    gl.setViewport(0, 0, size.width, size.height);
  }, 1);
  return null;
}

/** Renders a scene into a part of the canvas (WebGL counts rows from the bottom). */
function drawInto(gl: WebGLRenderer, canvasHeight: number, part: ViewRect, scene: Scene, camera: PerspectiveCamera): void {
  const bottom = canvasHeight - part.top - part.height;
  gl.setViewport(part.left, bottom, part.width, part.height);
  gl.setScissor(part.left, bottom, part.width, part.height);
  gl.render(scene, camera);
}

/** Sets the camera's aspect; true if it changed. */
function fitAspect(camera: PerspectiveCamera, aspect: number): boolean {
  if (Math.abs(camera.aspect - aspect) < 1e-6) return false;
  camera.aspect = aspect;
  camera.updateProjectionMatrix();
  return true;
}

// Measures each drawn frame for the profiler overlay and the tests: frame interval, the frame's
// JavaScript time (the playback tick, React commits, the scene's snapshot and buffer writes, and
// three's submission together), and the renderer's counts.
// Publishes to the store's frame-figures channel (not store state) at most four times a second, plus
// once after the last frame.

import { addAfterEffect, addEffect, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { takeFrameWork } from '../state/frame-work-meter';
import { useLobuleStoreApi } from '../state/store-context';

const PUBLISH_EVERY_MS = 250;
/** Frames kept in the log the benchmark reads (`window.lobuleFrameLog`, a ring). */
const LOG_FRAMES = 2048;

export interface FrameLog {
  /** Frames logged so far; entry k is at k % LOG_FRAMES. */
  count: number;
  jsMs: Float64Array;
  frameMs: Float64Array;
  /** Of jsMs, the time inside three's `render` (its JavaScript and the WebGL calls, which may wait for the GPU process). */
  renderMs: Float64Array;
}

export function FrameProbe() {
  const store = useLobuleStoreApi();
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);

  useEffect(() => {
    let frameStart = 0;
    let lastFrameAt = 0;
    let frameMs = 0;
    let frames = 0;
    let lastPublish = 0;
    let trailing: ReturnType<typeof setTimeout> | null = null;
    let renderMs = 0;
    const log: FrameLog = { count: 0, jsMs: new Float64Array(LOG_FRAMES), frameMs: new Float64Array(LOG_FRAMES), renderMs: new Float64Array(LOG_FRAMES) };
    // Times three's render apart from the rest (profiler only): fixed parameters, so timing allocates nothing.
    const renderer = get().gl;
    const render = renderer.render;
    renderer.render = function timedRender(this: typeof renderer, scene, camera): void {
      const started = performance.now();
      try {
        render.call(this, scene, camera);
      } finally {
        renderMs += performance.now() - started;
      }
    };
    (window as unknown as { lobuleFrameLog?: FrameLog }).lobuleFrameLog = log;
    const figures = { frameMs: 0, jsMs: 0, calls: 0, triangles: 0, geometries: 0, textures: 0, programs: 0, frames: 0 };

    const publish = (): void => {
      trailing = null;
      lastPublish = performance.now();
      store.getState().frameFigures.publish(figures);
    };
    const removeBefore = addEffect(() => {
      frameStart = performance.now();
    });
    const removeAfter = addAfterEffect(() => {
      const now = performance.now();
      if (lastFrameAt > 0) frameMs = now - lastFrameAt;
      lastFrameAt = now;
      frames++;
      const jsMs = now - frameStart + takeFrameWork();
      log.jsMs[log.count % LOG_FRAMES] = jsMs;
      log.frameMs[log.count % LOG_FRAMES] = frameMs;
      log.renderMs[log.count % LOG_FRAMES] = renderMs;
      renderMs = 0;
      log.count++;
      figures.frameMs = Math.round(frameMs * 10) / 10;
      figures.jsMs = Math.round(jsMs * 100) / 100;
      figures.calls = gl.info.render.calls;
      figures.triangles = gl.info.render.triangles;
      figures.geometries = gl.info.memory.geometries;
      figures.textures = gl.info.memory.textures;
      figures.programs = gl.info.programs?.length ?? 0;
      figures.frames = frames;
      if (now - lastPublish >= PUBLISH_EVERY_MS) publish();
      else if (trailing === null) trailing = setTimeout(publish, PUBLISH_EVERY_MS);
    });
    return () => {
      renderer.render = render;
      removeBefore();
      removeAfter();
      if (trailing !== null) clearTimeout(trailing);
    };
  }, [store, gl, get]);
  return null;
}

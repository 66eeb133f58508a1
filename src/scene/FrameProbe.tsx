// Measures each drawn frame for the profiler overlay and the tests: frame interval, the frame's
// JavaScript time (the playback tick, React commits, the scene's snapshot and buffer writes, and
// three's submission together), and the renderer's counts.
// Publishes to the store's frame-figures channel (not store state) at most four times a second, plus
// once after the last frame. `?profiler=1` only, loaded on demand (LobuleCanvas.tsx): its garbage is
// the instrument's, in its own chunk, which the benchmark counts apart from the app's.

import { addAfterEffect, addEffect, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { tickWatch, type TickWatcher } from '../state/tick-watch';
import type { FrameFigures } from '../state/profiler-slice';
import { useLobuleStoreApi } from '../state/store-context';

const PUBLISH_EVERY_MS = 250;
/** Frames kept in the log the benchmark reads (`window.lobuleFrameLog`, a ring). */
const LOG_FRAMES = 2048;
/** Slots of the probe's `times` (ms). */
const FRAME_START = 0;
const LAST_FRAME_AT = 1;
const FRAME_MS = 2;
const JS_MS = 3;
const NOW = 4;
const LAST_PUBLISH = 5;
const RENDER_STARTED = 6;
const RENDER_MS = 7;
/** When the playback tick started, and the tick work (with the React work it caused) not yet counted in a frame. */
const TICK_STARTED = 8;
const TICK_WORK_MS = 9;
const TIME_SLOTS = 10;

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
    // The frame's times live in a typed array: a number kept in a closure's `let` is boxed anew at
    // each store, which made this probe allocate on every frame it measures.
    const times = new Float64Array(TIME_SLOTS);
    let frames = 0;
    let trailing: ReturnType<typeof setTimeout> | null = null;
    const log: FrameLog = { count: 0, jsMs: new Float64Array(LOG_FRAMES), frameMs: new Float64Array(LOG_FRAMES), renderMs: new Float64Array(LOG_FRAMES) };
    // Times three's render apart from the rest (profiler only): fixed parameters, so timing allocates nothing.
    const renderer = get().gl;
    const render = renderer.render;
    renderer.render = function timedRender(this: typeof renderer, scene, camera): void {
      times[RENDER_STARTED] = performance.now();
      try {
        render.call(this, scene, camera);
      } finally {
        times[RENDER_MS] += performance.now() - times[RENDER_STARTED];
      }
    };
    (window as unknown as { lobuleFrameLog?: FrameLog }).lobuleFrameLog = log;
    // The channel's own figures, written in place (publishing them copies nothing).
    const channel = store.getState().frameFigures;
    const figures: FrameFigures = channel.figures;
    // React renders a store update in a microtask the tick's update queued; the one queued at the
    // tick's end runs after it, so the tick's count includes the React work it caused.
    const recordTickWork = (): void => {
      times[TICK_WORK_MS] += performance.now() - times[TICK_STARTED];
    };
    const watcher: TickWatcher = {
      tickStarted: () => {
        times[TICK_STARTED] = performance.now();
      },
      tickEnded: () => queueMicrotask(recordTickWork),
    };
    tickWatch.watcher = watcher;

    // The figures are read when published (a few times a second), not on every frame: the last
    // frame's times are in `times`, and the renderer's counts stay until its next render.
    const publish = (): void => {
      trailing = null;
      times[LAST_PUBLISH] = performance.now();
      figures.frameMs = Math.round(times[FRAME_MS] * 10) / 10;
      figures.jsMs = Math.round(times[JS_MS] * 100) / 100;
      figures.calls = gl.info.render.calls;
      figures.triangles = gl.info.render.triangles;
      figures.geometries = gl.info.memory.geometries;
      figures.textures = gl.info.memory.textures;
      figures.programs = gl.info.programs?.length ?? 0;
      figures.frames = frames;
      channel.publish(figures);
    };
    const removeBefore = addEffect(() => {
      times[FRAME_START] = performance.now();
    });
    const removeAfter = addAfterEffect(() => {
      times[NOW] = performance.now();
      if (times[LAST_FRAME_AT] > 0) times[FRAME_MS] = times[NOW] - times[LAST_FRAME_AT];
      times[LAST_FRAME_AT] = times[NOW];
      frames++;
      times[JS_MS] = times[NOW] - times[FRAME_START] + times[TICK_WORK_MS];
      times[TICK_WORK_MS] = 0;
      const slot = log.count % LOG_FRAMES;
      log.jsMs[slot] = times[JS_MS];
      log.frameMs[slot] = times[FRAME_MS];
      log.renderMs[slot] = times[RENDER_MS];
      times[RENDER_MS] = 0;
      log.count++;
      if (times[NOW] - times[LAST_PUBLISH] >= PUBLISH_EVERY_MS) publish();
      else if (trailing === null) trailing = setTimeout(publish, PUBLISH_EVERY_MS);
    });
    // Loaded on demand, the probe may arrive after the paused scene drew its last frame: it asks for
    // one, so its figures describe the picture on screen rather than stay at zero.
    get().invalidate();
    return () => {
      if (tickWatch.watcher === watcher) tickWatch.watcher = null;
      renderer.render = render;
      removeBefore();
      removeAfter();
      if (trailing !== null) clearTimeout(trailing);
    };
  }, [store, gl, get]);
  return null;
}

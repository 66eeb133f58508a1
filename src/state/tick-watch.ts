// Where the profiler's frame probe (scene/FrameProbe.tsx) watches the playback tick, to count the
// main-thread JavaScript it and the React work it causes add to a frame. Nothing watches unless
// `?profiler=1`, and then the watching code (and the garbage it makes) is the probe's, in the
// probe's own chunk: the benchmark tells it apart from the app's.

export interface TickWatcher {
  /** The playback tick starts. */
  tickStarted(): void;
  /** The playback tick has moved the clock (any store update it made is already queued). */
  tickEnded(): void;
}

/** The tick's watcher, if any (one object the tick reads, so watching costs it nothing otherwise). */
export const tickWatch: { watcher: TickWatcher | null } = { watcher: null };

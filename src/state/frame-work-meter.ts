// Adds up the main-thread JavaScript spent on one drawn frame by the different layers (the
// playback tick, React commits, the scene's update and three's submission), for the profiler.
// A plain accumulator, not store state: it changes many times a frame.

let pendingMs = 0;

/** Records `ms` of work done for the frame about to be drawn. */
export function addFrameWork(ms: number): void {
  pendingMs += ms;
}

/** The work recorded since the last call, and starts a new count. */
export function takeFrameWork(): number {
  const ms = pendingMs;
  pendingMs = 0;
  return ms;
}

// A workaround for react-three-fiber 9 holding on to unmounted useFrame callbacks.
//
// When the canvas starts, the library replaces its `internal` state object with a copy, but the
// copy keeps the same `subscribers` array, and the store keeps its first state (zustand's
// `getInitialState`, and the Canvas's own ref to the root state), which still points at that
// array. The live list is replaced by a filtered copy the first time a subscriber leaves; from then
// on the old array is frozen with every useFrame callback subscribed until that moment, and so with
// everything their closures hold. Measured: switching compare on, then off, kept the comparison run
// (about 20 MB) until the 3D view was remounted.

import type { RootState } from '@react-three/fiber';

/** For `<Canvas onCreated>`: the first state's `internal` no longer holds the subscribers. */
export function releaseInitialSubscribers(created: RootState): void {
  // `created` is the state from before the copy; the live one has the copy.
  const initial = created.internal;
  if (initial !== created.get().internal) initial.subscribers = [];
}

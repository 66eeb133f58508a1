// Gives React components the app's store, with single-value selectors.

import { createContext, useCallback, useContext, useSyncExternalStore, type ReactNode } from 'react';
import { subscribeLightTickMoves } from './day-listeners';
import type { LobuleState, LobuleStore } from './store';

const StoreContext = createContext<LobuleStore | null>(null);

export function StoreProvider({ store, children }: { store: LobuleStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useLobuleStoreApi(): LobuleStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useLobule needs a <StoreProvider>');
  return store;
}

/** Store updates and the quarter day's light moves (playback-slice.ts), one subscription per store. */
const subscribeOf = new WeakMap<LobuleStore, (onChange: () => void) => () => void>();
function subscriptionOf(store: LobuleStore): (onChange: () => void) => () => void {
  let subscribe = subscribeOf.get(store);
  if (!subscribe) {
    subscribe = (onChange) => {
      const unsubscribe = store.subscribe(onChange);
      const unsubscribeTicks = subscribeLightTickMoves(store, onChange);
      return () => {
        unsubscribe();
        unsubscribeTicks();
      };
    };
    subscribeOf.set(store, subscribe);
  }
  return subscribe;
}

/**
 * The selected value, re-read on every store update and every light move of the quarter day (so
 * `s.dayTick` follows play). The selector must return a primitive or a kept reference, as with
 * zustand's `useStore`.
 */
export function useLobule<T>(selector: (state: LobuleState) => T): T {
  const store = useLobuleStoreApi();
  const read = useCallback(() => selector(store.getState()), [store, selector]);
  return useSyncExternalStore(subscriptionOf(store), read, read);
}

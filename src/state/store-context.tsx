// Gives React components the app's store, with single-value selectors.

import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
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

export function useLobule<T>(selector: (state: LobuleState) => T): T {
  return useStore(useLobuleStoreApi(), selector);
}

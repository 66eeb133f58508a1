// The page: the 3D lobule filling the window, with the HUD over it.

import { useStore } from 'zustand';
import { LobuleCanvas } from '../scene/LobuleCanvas';
import type { LobuleStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { Hud } from '../ui/Hud';
import { KioskOverlays } from './kiosk/KioskOverlays';
import { SceneBoundary } from './SceneBoundary';

export function App({ store }: { store: LobuleStore }) {
  // Every string is looked up while rendering, so a new language re-renders the whole tree (no
  // component is memoised against it), keeping focus and open panels where they were.
  useStore(store, (s) => s.lang);
  return (
    <StoreProvider store={store}>
      <main className={`app mode-${store.getState().mode}`}>
        <SceneBoundary>
          <LobuleCanvas />
        </SceneBoundary>
        <Hud />
        {store.getState().mode === 'kiosk' && <KioskOverlays />}
      </main>
    </StoreProvider>
  );
}

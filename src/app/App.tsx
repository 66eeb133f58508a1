// The page: the 3D lobule filling the window, with the HUD over it.

import { LobuleCanvas } from '../scene/LobuleCanvas';
import type { LobuleStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { Hud } from '../ui/Hud';
import { SceneBoundary } from './SceneBoundary';

export function App({ store }: { store: LobuleStore }) {
  return (
    <StoreProvider store={store}>
      <main className={`app mode-${store.getState().mode}`}>
        <SceneBoundary>
          <LobuleCanvas />
        </SceneBoundary>
        <Hud />
      </main>
    </StoreProvider>
  );
}

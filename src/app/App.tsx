// The page: the 3D lobule filling the window, with the HUD over it. The HUD and a still poster paint
// first; three.js and the 3D view arrive as a separate chunk and take over when they have drawn.

import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import type { LobuleStore } from '../state/store';
import { StoreProvider } from '../state/store-context';
import { Hud } from '../ui/Hud';
import { ScenePoster } from '../ui/status/ScenePoster';
import { KioskOverlays } from './kiosk/KioskOverlays';
import { SceneBoundary } from './SceneBoundary';

const LobuleCanvas = lazy(() => import('../scene/LobuleCanvas').then((m) => ({ default: m.LobuleCanvas })));

export function App({ store }: { store: LobuleStore }) {
  // Every string is looked up while rendering, so a new language re-renders the whole tree (no
  // component is memoised against it), keeping focus and open panels where they were.
  useStore(store, (s) => s.lang);
  return (
    <StoreProvider store={store}>
      <main className={`app mode-${store.getState().mode}`}>
        <ScenePoster />
        <SceneBoundary>
          <Suspense fallback={null}>
            <LobuleCanvas />
          </Suspense>
        </SceneBoundary>
        <Hud />
        {store.getState().mode === 'kiosk' && <KioskOverlays />}
      </main>
    </StoreProvider>
  );
}

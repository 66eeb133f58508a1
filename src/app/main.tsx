// Composition root: reads the URL, creates the store, starts the run controller, the playback loop
// and the URL sync, and renders the app.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startEmbedApi } from '../embed/messages/embed-api';
import { parseUrlParameters } from '../embed/url-params';
import { syncUrlWithStore } from '../embed/url-sync';
import { bestLanguageFor } from '../i18n/catalogues';
import { createLobuleStore, type LobuleStore } from '../state/store';
import { applyTourChapter } from '../ui/tour/apply-chapter';
import { startTourDriver } from '../ui/tour/tour-driver';
import '../ui/styles.css';
import '../ui/themes.css';
import { App } from './App';
import { startComparisonController } from './comparison-controller';
import { followPreferencesInDocument, followSystemReducedMotion, systemPrefersReducedMotion } from './document-preferences';
import { startKioskSession } from './kiosk/kiosk-session';
import { lockDownForKiosk } from './kiosk/lock-down';
import { startPlaybackLoop } from './playback-loop';
import { startRunController } from './run-controller';

const { initial, problems } = parseUrlParameters(window.location.search);
// Without ?lang=, speak the browser's language when we can.
initial.lang ??= bestLanguageFor(navigator.languages ?? [navigator.language]);
// Under reduced motion nothing plays by itself, not even a link's play=1.
initial.reducedMotion = systemPrefersReducedMotion();
if (initial.reducedMotion) initial.playing = false;
const store = createLobuleStore(initial);
for (const problem of problems) store.getState().addNotice(problem);
// `?tour=<chapter>`: the chapter's settings are in place before the first run is asked for.
if (store.getState().tourOpen) applyTourChapter(store, store.getState().tourChapter);

// With the profiler on, tests, the fuzzer and the soak script reach the store from outside.
if (initial.profiler) (window as unknown as { lobuleStore?: LobuleStore }).lobuleStore = store;

startRunController(store);
startComparisonController(store);
startPlaybackLoop(store);
startTourDriver(store);
syncUrlWithStore(store);
if (store.getState().mode === 'embed') {
  // Embedded: the wheel scrolls the course page until the view is clicked; the host may drive the app.
  store.getState().setViewEngaged(false);
  startEmbedApi(store);
}
followPreferencesInDocument(store);
followSystemReducedMotion(store);
if (store.getState().mode === 'kiosk') {
  // A museum floor: no way out of the app, and the tour plays itself until a visitor touches.
  lockDownForKiosk();
  startKioskSession(store);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);

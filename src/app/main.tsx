// Composition root: reads the URL, creates the store, starts the run controller, the playback loop
// and the URL sync, and renders the app.

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startEmbedApi } from '../embed/messages/embed-api';
import { parseUrlParameters } from '../embed/url-params';
import { syncUrlWithStore } from '../embed/url-sync';
import { createLobuleStore, type LobuleStore } from '../state/store';
import { applyTourChapter } from '../ui/tour/apply-chapter';
import { startTourDriver } from '../ui/tour/tour-driver';
import '../ui/styles.css';
import { App } from './App';
import { startComparisonController } from './comparison-controller';
import { startPlaybackLoop } from './playback-loop';
import { startRunController } from './run-controller';

const { initial, problems } = parseUrlParameters(window.location.search);
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

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);

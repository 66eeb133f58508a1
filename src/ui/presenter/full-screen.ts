// Full screen for the whole app (F, and the button): the document, so the HUD comes along. A page
// that may not go full screen (an iframe without allowfullscreen, some phones) gets a notice.

import type { LobuleStore } from '../../state/store';

export function isFullScreen(): boolean {
  return typeof document !== 'undefined' && document.fullscreenElement !== null && document.fullscreenElement !== undefined;
}

export function toggleFullScreen(store: LobuleStore): void {
  if (isFullScreen()) {
    void document.exitFullscreen?.().catch(() => undefined);
    return;
  }
  const root = document.documentElement;
  if (!document.fullscreenEnabled || !root.requestFullscreen) {
    store.getState().addNotice({ key: 'presenter.fullScreenUnavailable' });
    return;
  }
  root.requestFullscreen().catch(() => store.getState().addNotice({ key: 'presenter.fullScreenUnavailable' }));
}

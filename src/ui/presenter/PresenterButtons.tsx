// The presenter's buttons under the clock: full screen and the clean view (only the timeline
// stays; "Show controls" or Escape brings the rest back).

import { useEffect, useState } from 'react';
import { translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import { isFullScreen, toggleFullScreen } from './full-screen';

export function FullScreenButton() {
  const store = useLobuleStoreApi();
  const [on, setOn] = useState(isFullScreen);
  useEffect(() => {
    const changed = (): void => setOn(isFullScreen());
    document.addEventListener('fullscreenchange', changed);
    return () => document.removeEventListener('fullscreenchange', changed);
  }, []);
  return (
    <button type="button" className="presenter-only not-on-kiosk" aria-pressed={on} aria-keyshortcuts="F" data-testid="full-screen" onClick={() => toggleFullScreen(store)}>
      {translate('presenter.fullScreen')}
    </button>
  );
}

export function CleanViewButton() {
  const store = useLobuleStoreApi();
  return (
    <button type="button" className="presenter-only" data-testid="clean-view" onClick={() => store.getState().setCleanView(true)}>{translate('presenter.cleanView')}</button>
  );
}

/** In the clean view, the one way back (besides Escape), beside the timeline. */
export function ShowControlsButton() {
  const store = useLobuleStoreApi();
  const clean = useLobule((s) => s.cleanView);
  if (!clean) return null;
  return (
    <button type="button" className="show-controls" data-testid="show-controls" onClick={() => store.getState().setCleanView(false)}>
      {translate('presenter.showControls')}
    </button>
  );
}

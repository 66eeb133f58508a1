// "Reduce motion": nothing plays by itself, the camera cuts instead of gliding, halos stay still.
// Starts from the system's setting; this switch overrides it for the session.

import { translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';

export function ReducedMotionSwitch() {
  const store = useLobuleStoreApi();
  const reducedMotion = useLobule((s) => s.reducedMotion);
  return (
    <label className="switch">
      <input type="checkbox" role="switch" data-testid="reduced-motion" checked={reducedMotion}
        onChange={(e) => store.getState().setReducedMotion(e.target.checked)} />
      <span className="switch-text">
        <strong>{translate('prefs.reducedMotion')}</strong>
        <small>{translate('prefs.reducedMotionHint')}</small>
      </span>
    </label>
  );
}

// A visible way back to the start: every switch, the clock, playback and the view to their defaults.

import { translate } from '../../i18n/translate';
import { useLobuleStoreApi } from '../../state/store-context';

export function ResetButton() {
  const store = useLobuleStoreApi();
  return (
    <button type="button" className="reset" onClick={() => store.getState().resetAll()} title={translate('controls.resetHint')}>
      {translate('controls.reset')}
    </button>
  );
}

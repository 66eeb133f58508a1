// The "Labels" button (also the L key): names the structures in the scene.

import { translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';

export function LabelsButton() {
  const store = useLobuleStoreApi();
  const on = useLobule((s) => s.labelsOn);
  return (
    <button type="button" aria-pressed={on} aria-keyshortcuts="L" data-testid="labels-button" onClick={() => store.getState().setLabelsOn(!on)}>
      {translate('labels.button')}
    </button>
  );
}

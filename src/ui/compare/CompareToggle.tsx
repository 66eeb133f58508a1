// The button that puts the untreated and the senolytic lobule side by side (and back to one).

import { translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';

export function CompareToggle() {
  const store = useLobuleStoreApi();
  const compare = useLobule((s) => s.compare);
  return (
    <button type="button" className="compare-toggle" aria-pressed={compare} onClick={() => store.getState().setCompare(!compare)}>
      {translate('compare.button')}
    </button>
  );
}

// The "About the science" button: opens the panel at its first section.

import { translate } from '../../i18n/translate';
import { useLobuleStoreApi } from '../../state/store-context';

export function AboutButton() {
  const store = useLobuleStoreApi();
  return (
    <button type="button" className="presenter-only" aria-haspopup="dialog" data-testid="about-button" onClick={() => store.getState().openAbout('study')}>{translate('about.button')}</button>
  );
}

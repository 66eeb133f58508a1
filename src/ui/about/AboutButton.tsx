// The "About the science" button: opens the panel at its first section. Wide screens show it in the
// title card with the presenter's buttons; small screens, where those give the picture room, show
// it in the Controls drawer instead, so a student on a phone finds it where the other settings are.

import { translate } from '../../i18n/translate';
import { useLobuleStoreApi } from '../../state/store-context';

export function AboutButton({ place = 'title' }: { place?: 'title' | 'panel' }) {
  const store = useLobuleStoreApi();
  return (
    <button type="button" className={place === 'title' ? 'presenter-only' : 'about-in-panel'} aria-haspopup="dialog"
      data-testid={place === 'title' ? 'about-button' : 'about-button-panel'} onClick={() => store.getState().openAbout('study')}>
      {translate('about.button')}
    </button>
  );
}

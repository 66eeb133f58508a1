// The switches' state in words where the switches themselves are hidden in a drawer (small
// screens, embeds): always on screen, and a tap opens the controls.

import { translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';

export function SwitchChips() {
  const store = useLobuleStoreApi();
  const settings = useLobule((s) => s.settings);
  const [start, end] = settings.clearanceWindowDays;
  return (
    <button type="button" className="switch-chips" data-testid="switch-chips" aria-controls="controls-panel" onClick={() => store.getState().setPanelOpen(true)}>
      <span className={settings.clearance ? 'chip on' : 'chip'}>
        {settings.clearance ? translate('chips.clearanceOn', { start, end }) : translate('chips.clearanceOff')}
      </span>
      <span className={settings.tumour ? 'chip on' : 'chip'}>
        {settings.tumour ? translate('chips.tumourOn', { day: settings.tumourSeedDay }) : translate('chips.tumourOff')}
      </span>
    </button>
  );
}

// The switches' state in words where the switches themselves are hidden in a drawer (small
// screens, embeds): always on screen, and a tap opens the controls.

import { translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';

export function SwitchChips() {
  const store = useLobuleStoreApi();
  const settings = useLobule((s) => s.settings);
  const compare = useLobule((s) => s.compare);
  const [start, end] = settings.clearanceWindowDays;
  // Compare shows both arms, whichever the switch names: the chip says so rather than "No senolytic"
  // above a lobule labelled "Senolytic".
  const clearance = compare ? translate('chips.compare', { start, end })
    : settings.clearance ? translate('chips.clearanceOn', { start, end }) : translate('chips.clearanceOff');
  return (
    <button type="button" className="switch-chips" data-testid="switch-chips" aria-controls="controls-panel" onClick={() => store.getState().setPanelOpen(true)}>
      <span className={settings.clearance || compare ? 'chip on' : 'chip'} data-chip="clearance">{clearance}</span>
      <span className={settings.tumour ? 'chip on' : 'chip'}>
        {settings.tumour ? translate('chips.tumourOn', { day: settings.tumourSeedDay }) : translate('chips.tumourOff')}
      </span>
    </button>
  );
}

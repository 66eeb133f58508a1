// The paradox's two switches: clear senescent cells with a senolytic, and seed a tumour. Changing
// either recomputes the run; the clock keeps its day.

import { translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';

export function SwitchPanel() {
  const store = useLobuleStoreApi();
  const settings = useLobule((s) => s.settings);
  const [start, end] = settings.clearanceWindowDays;
  return (
    <section className="panel-section switches" aria-label={translate('switch.group')}>
      <label className="switch">
        <input type="checkbox" role="switch" data-testid="switch-clearance" checked={settings.clearance}
          onChange={(e) => store.getState().setClearance(e.target.checked)} />
        <span className="switch-text">
          <strong>{translate('switch.clearance')}</strong>
          <small>{translate('switch.clearanceHint', { start, end })}</small>
        </span>
      </label>
      <label className="switch">
        <input type="checkbox" role="switch" data-testid="switch-tumour" checked={settings.tumour}
          onChange={(e) => store.getState().setTumour(e.target.checked)} />
        <span className="switch-text">
          <strong>{translate('switch.tumour')}</strong>
          <small>{translate('switch.tumourHint', { day: settings.tumourSeedDay })}</small>
        </span>
      </label>
    </section>
  );
}

// The paradox's two switches: clear senescent cells with a senolytic, and seed a tumour. Changing
// either recomputes the run; the clock keeps its day.

import { translate } from '../../i18n/translate';
import { phaseForDay } from '../../sim/phases';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import { clearanceWindowOptions, parseWindowValue, tumourSeedDayOptions, windowValue } from './switch-options';

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
      <label className="switch-option">
        <span>{translate('switch.clearanceWindow')}</span>
        <select value={windowValue(settings.clearanceWindowDays)}
          onChange={(e) => store.getState().setClearance(store.getState().settings.clearance, parseWindowValue(e.target.value))}>
          {clearanceWindowOptions(settings.clearanceWindowDays).map((w) => (
            <option key={windowValue(w)} value={windowValue(w)}>{translate('switch.windowOption', { start: w[0], end: w[1] })}</option>
          ))}
        </select>
      </label>
      <label className="switch">
        <input type="checkbox" role="switch" data-testid="switch-tumour" checked={settings.tumour}
          onChange={(e) => store.getState().setTumour(e.target.checked)} />
        <span className="switch-text">
          <strong>{translate('switch.tumour')}</strong>
          <small>{translate('switch.tumourHint', { day: settings.tumourSeedDay })}</small>
        </span>
      </label>
      <label className="switch-option">
        <span>{translate('switch.tumourDay')}</span>
        <select value={settings.tumourSeedDay}
          onChange={(e) => store.getState().setTumour(store.getState().settings.tumour, Number(e.target.value))}>
          {tumourSeedDayOptions(settings.tumourSeedDay).map((d) => (
            <option key={d} value={d}>{translate(d === 0 ? 'switch.seedAtWeaning' : phaseForDay(d) === 'resting' ? 'switch.seedAfterInvolution' : 'switch.seedOnDay', { day: d })}</option>
          ))}
        </select>
      </label>
      {settings.tumour && <TumourWhen seedDay={settings.tumourSeedDay} />}
    </section>
  );
}

/** Says plainly whether the tumour is already there on the day shown, or when it will be seeded. */
function TumourWhen({ seedDay }: { seedDay: number }) {
  const before = useLobule((s) => s.dayTick < seedDay);
  return (
    <p className="note" data-testid="tumour-when" aria-live="polite">
      {before ? translate('switch.tumourLater', { day: seedDay }) : translate('switch.tumourPresent', { day: seedDay })}
    </p>
  );
}

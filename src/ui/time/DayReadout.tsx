// The clock in words: the phase, the mouse day and its human equivalent (marked illustrative).

import { translate } from '../../i18n/translate';
import { phaseForDay } from '../../sim/phases';
import { useLobule } from '../../state/store-context';
import { humanTimeLabel } from './human-time';

export function DayReadout() {
  const day = useLobule((s) => s.dayTick);
  const phase = phaseForDay(day);
  return (
    <div className="day-readout">
      {/* Announced when the phase changes, not on every quarter day. */}
      <div className={`phase-badge phase-${phase}`} data-testid="phase" aria-live="polite">{translate(`phase.${phase}`)}</div>
      <div className="day-line">
        <strong data-testid="day">{translate('time.day', { day: formatDay(day) })}</strong>{' '}
        <span className="muted">{day < 0 ? translate('time.lactating') : translate('time.sinceWeaning')}</span>
      </div>
      <div className="human-line">
        {translate('time.human', { human: humanTimeLabel(day) })} <span className="inf">{translate('time.humanIllustrative')}</span>
      </div>
    </div>
  );
}

export const formatDay = (day: number): string => (Number.isInteger(day) ? String(day) : day.toFixed(2).replace(/0$/, ''));

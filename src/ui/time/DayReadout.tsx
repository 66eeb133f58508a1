// The clock in words: the phase, the mouse day and its human equivalent (marked illustrative).
// The phase re-renders only when it changes (its selector returns a cheap primitive); the day number
// changes every frame while playing and the human time about once a second, so both are written
// straight into the DOM by transient subscriptions, at most four times a second while playing
// (subscribe-readout.ts): a re-render of this component would rebuild its badges and marks.

import { useLayoutEffect, useRef } from 'react';
import { formatNumber, translate, TWO_DECIMALS } from '../../i18n/translate';
import { subscribeReadout } from '../readouts/subscribe-readout';
import { phaseForDay } from '../../sim/phases';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import { TissueBadge } from '../tissue/TissueBadge';
import { humanTimeCode, humanTimeLabelOf } from './human-time';
import { InfMark, withInfMarks } from '../about/InfMark';

export function DayReadout() {
  const store = useLobuleStoreApi();
  const phase = useLobule((s) => phaseForDay(s.day));
  const lactating = useLobule((s) => s.day < 0);
  const lang = useLobule((s) => s.lang);
  const dayText = useRef<HTMLElement>(null);
  const humanText = useRef<HTMLSpanElement>(null);

  // Layout effects, so the first paint has both texts. The day in hundredths (what formatDay
  // shows), so the text is made only when it changes. The human time's few texts are kept (it
  // changes about once a second while playing, back and forth over a looping timeline).
  useLayoutEffect(() => subscribeReadout(store, (s) => Math.round(s.day * 100), (hundredths) => {
    if (dayText.current) dayText.current.textContent = translate('time.day', { day: formatDay(hundredths / 100) }, lang);
  }), [store, lang]);
  useLayoutEffect(() => {
    const texts = new Map<number, string>();
    return subscribeReadout(store, (s) => humanTimeCode(s.day), (code) => {
      let text = texts.get(code);
      if (text === undefined) texts.set(code, (text = translate('time.human', { human: humanTimeLabelOf(code) }, lang)));
      if (humanText.current) humanText.current.textContent = text;
    });
  }, [store, lang]);

  return (
    <div className="day-readout">
      {/* Not a live region: the live description (ui/live) announces the phase with the tissue's state. */}
      <div className="badges">
        <div className={`phase-badge phase-${phase}`} data-testid="phase">{translate(`phase.${phase}`)}</div>
        <TissueBadge />
      </div>
      <div className="day-line">
        <strong data-testid="day" ref={dayText} />{' '}
        <span className="muted">{lactating ? translate('time.lactating') : translate('time.sinceWeaning')}</span>
      </div>
      <div className="human-line">
        <span ref={humanText} />{' '}<span className="inf inf-words">{withInfMarks(translate('time.humanIllustrative'), 'timescale')}</span>
        {/* Where the words do not fit (small screens), the mark alone still says it is illustrative. */}
        <span className="inf-alone"><InfMark section="timescale" /></span>
      </div>
    </div>
  );
}

/** A day for reading in the active language: whole days plain, others to two decimals at most ("3.25", "4,1"). */
export const formatDay = (day: number): string => formatNumber(Math.round(day * 100) / 100, TWO_DECIMALS);

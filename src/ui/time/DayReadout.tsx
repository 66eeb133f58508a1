// The clock in words: the phase, the mouse day and its human equivalent (marked illustrative).
// The phase and the "since weaning" words re-render only when they change (their selectors return
// cheap primitives); the day number changes every frame while playing and the human time about
// once a second, so both are written straight into the DOM by transient subscriptions, four times a
// second while playing (subscribe-readout.ts): a re-render would rebuild the badges and marks.

import { useLayoutEffect, useRef } from 'react';
import { formatNumber, translate, TWO_DECIMALS } from '../../i18n/translate';
import { subscribeReadout } from '../readouts/subscribe-readout';
import { phaseForDay } from '../../sim/phases';
import { DAY_MAX, DAY_MIN } from '../../sim/settings';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import { TissueBadge } from '../tissue/TissueBadge';
import { humanTimeCode, humanTimeLabelOf } from './human-time';
import { InfMark, withInfMarks } from '../about/InfMark';

/** Tenths of a day from the timeline's start to its end, both included. */
const TENTHS_ON_TIMELINE = (DAY_MAX - DAY_MIN) * 10 + 1;

export function DayReadout() {
  const store = useLobuleStoreApi();
  const lang = useLobule((s) => s.lang);
  const dayText = useRef<HTMLElement>(null);
  const humanText = useRef<HTMLSpanElement>(null);

  // Layout effects, so the first paint has both texts. The day in hundredths (what formatDay shows),
  // to the tenth while playing: at four writes a second the hundredths only flicker, and a looping
  // timeline then has a few hundred texts, kept, so it makes no new strings; paused (outside the
  // tour), the exact day.
  // The human time's few texts are kept too (it changes about once a second while playing, back and
  // forth over a looping timeline).
  useLayoutEffect(() => {
    // Sized once for every tenth of the timeline: four writes a second meet a looping timeline's
    // tenths over several loops, and a growing Map would copy itself meanwhile.
    const tenths: (string | undefined)[] = new Array(TENTHS_ON_TIMELINE).fill(undefined);
    // `| 0`: a whole number V8's middle tier returns without boxing (this runs every frame while playing).
    // The tour moves the day too (its chapters' spans, the kiosk's attract loop): to the tenth then.
    return subscribeReadout(store, (s) => (s.playing || s.tourOpen ? Math.round(s.day * 10) * 10 : Math.round(s.day * 100)) | 0, (hundredths) => {
      // Where this day's text is kept: only whole tenths, and only on the timeline.
      const tenth = hundredths % 10 === 0 ? hundredths / 10 - DAY_MIN * 10 : -1;
      const kept = tenth >= 0 && tenth < TENTHS_ON_TIMELINE;
      let text = kept ? tenths[tenth] : undefined;
      if (text === undefined) {
        text = translate('time.day', { day: formatDay(hundredths / 100) }, lang);
        if (kept) tenths[tenth] = text;
      }
      if (dayText.current) dayText.current.textContent = text;
    });
  }, [store, lang]);
  useLayoutEffect(() => {
    const texts = new Map<number, string>();
    // Read at each new quarter day while playing (its words change about once a second), at once
    // when paused.
    return subscribeReadout(store, (s) => humanTimeCode(s.day), (code) => {
      let text = texts.get(code);
      if (text === undefined) texts.set(code, (text = translate('time.human', { human: humanTimeLabelOf(code) }, lang)));
      if (humanText.current) humanText.current.textContent = text;
    }, 'quarterDay');
  }, [store, lang]);

  // The phase and lactation re-render only their own elements when they change (a few times a loop).
  return (
    <div className="day-readout">
      {/* Not a live region: the live description (ui/live) announces the phase with the tissue's state. */}
      <div className="badges">
        <PhaseBadge />
        <TissueBadge />
      </div>
      <div className="day-line">
        <strong data-testid="day" ref={dayText} />{' '}
        <SinceWeaning />
      </div>
      <div className="human-line">
        <span ref={humanText} />{' '}<span className="inf inf-words">{withInfMarks(translate('time.humanIllustrative'), 'timescale', translate('time.humanAbout'))}</span>
        {/* Where the words do not fit (small screens), the mark alone still says it is illustrative. */}
        <span className="inf-alone"><InfMark section="timescale" about={translate('time.humanAbout')} /></span>
      </div>
    </div>
  );
}

function PhaseBadge() {
  const phase = useLobule((s) => phaseForDay(s.day));
  return <div className={`phase-badge phase-${phase}`} data-testid="phase">{translate(`phase.${phase}`)}</div>;
}

function SinceWeaning() {
  const lactating = useLobule((s) => s.day < 0);
  return <span className="muted">{lactating ? translate('time.lactating') : translate('time.sinceWeaning')}</span>;
}

/** A day for reading in the active language: whole days plain, others to two decimals at most ("3.25", "4,1"). */
export const formatDay = (day: number): string => formatNumber(Math.round(day * 100) / 100, TWO_DECIMALS);

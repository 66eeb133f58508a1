// The timeline: play, step, speed, and a scrubbable ruler of phases with the events to jump to
// (weaning, senescence onset, the clearance window, tumour seeding). The slider follows the clock
// through a transient subscription, so playing re-renders nothing.

import { useEffect, useMemo, useRef } from 'react';
import { translate } from '../../i18n/translate';
import { PHASES, phaseEndDay } from '../../sim/phases';
import { DAY_MAX, DAY_MIN } from '../../sim/settings';
import { senescenceOnsetDay } from '../../sim/summary';
import { SPEED_DAYS_PER_SECOND, STEP_DAYS } from '../../state/playback-slice';
import { subscribeDay } from '../../state/day-listeners';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import { formatDay } from './DayReadout';
import { useFittedPhaseLabels } from './use-fitted-phase-labels';

const SPAN = DAY_MAX - DAY_MIN;
const percent = (day: number): string => `${((Math.min(DAY_MAX, Math.max(DAY_MIN, day)) - DAY_MIN) / SPAN) * 100}%`;

export function Timeline() {
  const store = useLobuleStoreApi();
  // A tour chapter moving the day counts as playing: the button offers Pause.
  const playing = useLobule((s) => s.playing || s.tourSpanPlaying);
  const speed = useLobule((s) => s.speedDaysPerSecond);
  const settings = useLobule((s) => s.settings);
  // Senescence is induced by the cells' state, so its onset is read from the run, not a constant.
  // Selected as the samples (they change per run), not computed in the selector, which runs on every
  // store change, so several times a second while playing.
  const samples = useLobule((s) => s.run?.samples);
  const senescenceOnset = useMemo(() => (samples ? senescenceOnsetDay(samples) : null), [samples]);
  const tumourAtWeaning = settings.tumour && settings.tumourSeedDay === 0;
  // Compare always has a treated lobule (one side has the switch flipped): its window is marked too.
  const showsClearance = useLobule((s) => s.settings.clearance || s.compare);
  const lang = useLobule((s) => s.lang);
  const slider = useRef<HTMLInputElement>(null);
  const bands = useRef<HTMLDivElement>(null);
  useFittedPhaseLabels(bands);

  useEffect(() => {
    // The thumb moves every frame; the spoken value (a quarter day) is set only when it changes, and
    // each quarter's text is kept (a looping timeline then makes no new strings).
    let spokenQuarter = Number.NaN;
    const spokenTexts = new Map<number, string>();
    const show = (day: number): void => {
      const input = slider.current;
      if (!input) return;
      // A number, not a string: a new string every frame while playing was garbage.
      input.valueAsNumber = day;
      const quarter = Math.round(day * 4);
      if (quarter === spokenQuarter) return;
      spokenQuarter = quarter;
      let text = spokenTexts.get(quarter);
      if (text === undefined) spokenTexts.set(quarter, (text = translate('time.day', { day: formatDay(quarter / 4) }, lang)));
      input.setAttribute('aria-valuetext', text);
    };
    show(store.getState().day);
    return subscribeDay(store, show);
  }, [store, lang]);

  const { setDay, togglePlaying, stepDays, setSpeed } = store.getState();
  const [clearStart, clearEnd] = settings.clearanceWindowDays;
  return (
    <div className="timeline" role="group" aria-label={translate('controls.timeline')}>
      <div className="transport">
        <button type="button" onClick={() => stepDays(-STEP_DAYS)} aria-label={translate('controls.stepBack')} title={translate('controls.stepBack')}>◀︎</button>
        <button type="button" className="play" onClick={togglePlaying} data-testid="play" aria-pressed={playing}>
          {playing ? translate('controls.pause') : translate('controls.play')}
        </button>
        <button type="button" onClick={() => stepDays(STEP_DAYS)} aria-label={translate('controls.stepForward')} title={translate('controls.stepForward')}>▶︎</button>
        <label className="speed">
          <span>{translate('controls.speed')}</span>
          <select value={speed} aria-label={translate('controls.speed')} onChange={(e) => setSpeed(Number(e.target.value))}>
            {[...new Set([...SPEED_DAYS_PER_SECOND, speed])].sort((a, b) => a - b).map((v) => (
              <option key={v} value={v}>{translate(v <= 1 ? 'controls.speedValueOne' : 'controls.speedValue', { speed: v })}</option>
            ))}
          </select>
        </label>
      </div>
      <div className="ruler">
        <div className="bands" ref={bands}>
          {PHASES.map((p) => {
            const start = Math.max(DAY_MIN, p.startDay);
            const end = Math.min(DAY_MAX, phaseEndDay(p.id));
            return (
              <div key={p.id} aria-hidden="true" className={`band phase-${p.id}`} style={{ left: percent(start), width: `${((end - start) / SPAN) * 100}%` }}>
                <span className="short" title={translate(`phase.${p.id}`)}>{translate(`phaseShort.${p.id}`)}</span>
                <span className="tiny" title={translate(`phase.${p.id}`)}>{translate(`phaseTiny.${p.id}`)}</span>
              </div>
            );
          })}
          {showsClearance && (
            <button type="button" className="window clearance" style={{ left: percent(clearStart), width: `${((clearEnd - clearStart) / SPAN) * 100}%` }}
              onClick={() => setDay(clearStart)} title={translate('event.goTo', { day: clearStart })} aria-label={translate('event.clearance', { start: clearStart, end: clearEnd })}>
              <span className="short">{translate('event.clearance', { start: clearStart, end: clearEnd })}</span>
              <span className="tiny">{translate('event.clearanceTiny', { start: clearStart, end: clearEnd })}</span>
            </button>
          )}
        </div>
        <input
          ref={slider}
          type="range"
          min={DAY_MIN}
          max={DAY_MAX}
          step={0.05}
          defaultValue={DAY_MIN}
          aria-label={translate('controls.timeline')}
          data-testid="timeline"
          onInput={(e) => setDay(Number((e.target as HTMLInputElement).value))}
        />
        <div className="markers">
          {/* A tumour seeded at weaning shares its marker: a third row of markers would take the height a small screen's lobule needs. */}
          <Marker day={0} row={0} label={translate(tumourAtWeaning ? 'event.weaningTumour' : 'event.weaning')} onJump={setDay} />
          {senescenceOnset !== null && <Marker day={senescenceOnset} row={1} label={translate('event.senescence')} onJump={setDay} />}
          {settings.tumour && !tumourAtWeaning && <Marker day={settings.tumourSeedDay} row={settings.tumourSeedDay < 6 ? 4 : 0} label={translate('event.tumour')} onJump={setDay} />}
        </div>
      </div>
    </div>
  );
}

/** Markers sit on staggered rows below the ruler (0, 1 and 4 hang right of their day; 2, 3 hang left) so labels never overlap. */
function Marker({ day, row, label, onJump }: { day: number; row: number; label: string; onJump: (day: number) => void }) {
  return (
    <button type="button" className={`marker row-${row}`} style={{ left: percent(day) }} onClick={() => onJump(day)} title={translate('event.goTo', { day })}>
      {label}
    </button>
  );
}

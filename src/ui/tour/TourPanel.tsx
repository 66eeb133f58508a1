// The tour's caption card: chapter title, two-sentence caption, "3 / 8", Previous / Next, and a
// close button; Escape closes it too. (tour-driver.ts plays each chapter's span.)

import { useEffect, useRef } from 'react';
import { translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import { phaseForDay } from '../../sim/phases';
import { RunStatus } from '../status/RunStatus';
import { formatDay } from '../time/DayReadout';
import { applyTourChapter } from './apply-chapter';
import { TOUR_CHAPTERS } from './tour-chapters';

export function TourPanel() {
  const store = useLobuleStoreApi();
  const open = useLobule((s) => s.tourOpen);
  const index = useLobule((s) => s.tourChapter);
  const next = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    // Focus moves into the card, so Enter or Space on Next walks the story.
    next.current?.focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent): void => {
      // A dialog on top (help, about) takes its own Escape.
      if (event.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      store.getState().closeTour();
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, store]);

  if (!open) return null;
  const chapter = TOUR_CHAPTERS[index];
  const last = index === TOUR_CHAPTERS.length - 1;
  const go = (to: number): void => applyTourChapter(store, to, { autoplay: false });
  return (
    <section className="tour-card" aria-label={translate('tour.label')} data-testid="tour" data-chapter={chapter.id}>
      <p className="tour-count"><span data-testid="tour-count">{translate('tour.count', { n: index + 1, total: TOUR_CHAPTERS.length })}</span> <TourDay /></p>
      <h2>{translate(chapter.title)}</h2>
      <p className="tour-caption" aria-live="polite" tabIndex={0}>{translate(chapter.caption)}</p>
      <div className="button-row tour-buttons">
        <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>{translate('tour.previous')}</button>
        <button type="button" ref={next} className="primary" onClick={() => (last ? store.getState().closeTour() : go(index + 1))}>
          {last ? translate('tour.close') : translate('tour.next')}
        </button>
        {!last && <button type="button" className="tour-close" onClick={() => store.getState().closeTour()}>{translate('tour.close')}</button>}
      </div>
      {/* A chapter's new run takes about a second: said here where the title card is not shown (CSS). */}
      <RunStatus testId="tour-computing" />
    </section>
  );
}

/**
 * The day and phase, for where the title card steps aside during the tour (a phone, the clean
 * view; CSS shows it there): to the quarter day, so it re-renders four times a simulated day.
 */
function TourDay() {
  const day = useLobule((s) => s.dayTick);
  const phase = useLobule((s) => phaseForDay(s.day));
  return <span className="tour-day" data-testid="tour-day">{translate('time.day', { day: formatDay(day) })} · {translate(`phase.${phase}`)}</span>;
}

/** The "Tour" button: opens the tour at its first chapter, or closes it. */
export function TourButton() {
  const store = useLobuleStoreApi();
  const open = useLobule((s) => s.tourOpen);
  return (
    <button type="button" className="tour-button" aria-pressed={open} data-testid="tour-button"
      onClick={() => (open ? store.getState().closeTour() : applyTourChapter(store, 0, { autoplay: false }))}>
      {translate('tour.button')}
    </button>
  );
}

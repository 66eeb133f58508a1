// A polite live region that tells screen-reader users what the tissue is doing as time moves, in
// generated sentences (describe-tissue.ts). Rate-limited: at most one sentence every few seconds,
// never the same one twice, written into the DOM without re-rendering React.

import { useEffect, useRef } from 'react';
import { sampleAtDay } from '../../sim/sample-at-day';
import { subscribeLightTickMoves } from '../../state/day-listeners';
import { useLobuleStoreApi } from '../../state/store-context';
import { describeTissue } from './describe-tissue';

/** The shortest gap between two sentences: long enough for a screen reader to finish one. */
export const LIVE_GAP_MS = 6000;

export function LiveDescription() {
  const store = useLobuleStoreApi();
  const region = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let lastMs = -Infinity;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const announce = (): void => {
      timer = null;
      const { run, day, runReadyUntilDay, playing } = store.getState();
      const element = region.current;
      if (!run || !element) return;
      // What the picture shows: a run still being computed stops at its last computed day, and a
      // switch just flipped keeps the previous run (and its settings) on screen until the new one
      // comes. The requested day's words with an earlier day's numbers said, on a fresh load at day
      // 28, "alveoli full of milk".
      const shownDay = Math.min(day, runReadyUntilDay);
      const text = describeTissue({
        // To the tenth while playing, as the day readout then shows it.
        day: playing ? Math.round(shownDay * 10) / 10 : shownDay,
        now: sampleAtDay(run, shownDay),
        weaning: sampleAtDay(run, 0),
        lactation: run.samples[0],
        settings: run.settings,
      });
      if (element.textContent === text) return;
      element.textContent = text;
      lastMs = Date.now();
    };
    const request = (): void => {
      if (timer !== null) return;
      timer = setTimeout(announce, Math.max(0, lastMs + LIVE_GAP_MS - Date.now()));
    };
    const unsubscribe = store.subscribe((s, p) => {
      if (s.dayTick !== p.dayTick || s.run !== p.run || s.runReadyUntilDay !== p.runReadyUntilDay || s.lang !== p.lang) request();
    });
    // While playing, a new quarter day inside a day is no store update.
    const unsubscribeTicks = subscribeLightTickMoves(store, request);
    return () => {
      unsubscribe();
      unsubscribeTicks();
      if (timer !== null) clearTimeout(timer);
    };
  }, [store]);

  return <div ref={region} className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="live-description" />;
}

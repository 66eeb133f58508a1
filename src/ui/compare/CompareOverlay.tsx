// Over the compare view: a line between the two lobules and, with each, its name and scorecard
// (beside or under each when side by side, at each one's top-left corner when stacked).
// Re-renders on the quarter-day tick, not every frame. Side by side, each card stands under its
// lobule or beside it (the scene chooses, from the part's shape), and the overlay tells the scene
// how much room the cards take, so the lobules are framed clear of them rather than behind them.

import { useLayoutEffect, useRef, type RefObject } from 'react';
import { untreatedAndSenolytic } from '../../sim/compare-runs';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import type { MetricsSample } from '../../sim/metrics';
import type { ScorecardsPlacement } from '../../state/view-slice';
import { DAY_MAX, type SimulationSettings } from '../../sim/settings';
import { Scorecard, type ScorecardRun } from './Scorecard';

export function CompareOverlay() {
  // The runs' samples and settings, never the runs: React keeps a closed overlay's state a while,
  // and that must not keep a 21 MB run alive after compare is turned off.
  const mainSettings = useLobule((s) => s.run?.settings);
  const mainSamples = useLobule((s) => s.run?.samples);
  const otherSettings = useLobule((s) => s.comparisonRun?.settings);
  const otherSamples = useLobule((s) => s.comparisonRun?.samples);
  const sampleHours = useLobule((s) => s.run?.sampleHours ?? 6);
  // The comparison run arrives whole; the main one part by part.
  const mainComplete = useLobule((s) => s.runReadyUntilDay >= DAY_MAX);
  const day = useLobule((s) => s.dayTick);
  const arrangement = useLobule((s) => s.compareArrangement);
  const placement = useLobule((s) => s.scorecardsPlacement);
  const overlay = useRef<HTMLDivElement>(null);
  const sideBySide = arrangement === 'side-by-side';
  useScorecardsExtent(overlay, sideBySide ? placement : null);
  useLineUnderTitleCard(overlay, sideBySide);
  const side = (settings: SimulationSettings | undefined, samples: MetricsSample[] | undefined, complete: boolean): ScorecardRun | null =>
    settings && samples ? { settings, samples, sampleHours, complete } : null;
  const { untreated, senolytic } = untreatedAndSenolytic(side(mainSettings, mainSamples, mainComplete), side(otherSettings, otherSamples, true));
  return (
    <div ref={overlay} className={`compare-overlay ${arrangement}${sideBySide ? ` cards-${placement}` : ''}`} data-testid="compare-overlay" data-arrangement={arrangement}>
      <Scorecard side="untreated" run={untreated} day={day} />
      <Scorecard side="senolytic" run={senolytic} day={day} />
    </div>
  );
}

/**
 * Side by side on a narrow canvas (a 1024×768 projector) the title card reaches past the middle:
 * the line between the lobules then starts under the card (`line-under-card`, styles.css), so the
 * card reads as the view's heading rather than as cut by the line.
 */
function useLineUnderTitleCard(overlay: RefObject<HTMLDivElement | null>, sideBySide: boolean): void {
  const titleRight = useLobule((s) => s.pictureInsets.titleRight);
  useLayoutEffect(() => {
    const root = overlay.current;
    if (!root) return;
    const place = (): void => {
      root.classList.toggle('line-under-card', sideBySide && titleRight > root.clientWidth / 2);
    };
    place();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(place);
    observer.observe(root);
    return () => observer.disconnect();
  }, [overlay, sideBySide, titleRight]);
}

/** Room kept between a card and the lobule framed beside or above it, CSS px. */
const GAP_TO_CARDS = 6;

/**
 * Measures the room the side-by-side cards take from their parts, for the scene's framing: from the
 * timeline's top up to a card's top (cards under the lobules), or from its part's right edge to the
 * card's left (beside them). Both lobules share one framing, so the larger of the two cards' counts.
 */
function useScorecardsExtent(overlay: RefObject<HTMLDivElement | null>, placement: ScorecardsPlacement | null): void {
  const store = useLobuleStoreApi();
  useLayoutEffect(() => {
    const root = overlay.current;
    const setExtent = store.getState().setScorecardsExtent;
    const cards = root ? [...root.querySelectorAll<HTMLElement>('.scorecard')] : [];
    if (!root || cards.length === 0 || placement === null || typeof ResizeObserver === 'undefined') {
      setExtent(0);
      return;
    }
    const measure = (): void => {
      // The overlay ends where the picture does (--picture-inset-bottom): its bottom is the edge the scene frames to.
      const whole = root.getBoundingClientRect();
      let extent = 0;
      cards.forEach((card, k) => {
        const box = card.getBoundingClientRect();
        if (box.height === 0) return;
        // Untreated on the left half, senolytic on the right.
        const partRight = k === 0 ? whole.left + whole.width / 2 : whole.right;
        extent = Math.max(extent, Math.ceil(placement === 'below' ? whole.bottom - box.top : partRight - box.left) + GAP_TO_CARDS);
      });
      setExtent(extent);
    };
    measure();
    const observer = new ResizeObserver(measure);
    for (const box of [root, ...cards]) observer.observe(box);
    return () => {
      observer.disconnect();
      setExtent(0);
    };
  }, [overlay, placement, store]);
}

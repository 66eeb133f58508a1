// Each phase band on the timeline shows its short name ("Lactation") where it fits and its tiny one
// ("Lact.") where it does not: on a phone the first phases are a few days, about 30 px, wide. So does
// the senolytic's window ("Senolytic d2–6", or "d2–6"). Decided by measuring, so any language's words
// fit; never per frame (the timeline does not re-render then).

import { useLayoutEffect, type RefObject } from 'react';

export function useFittedPhaseLabels(bands: RefObject<HTMLElement | null>): void {
  // After each render (a new language brings new words) and on each resize.
  useLayoutEffect(() => {
    if (bands.current) fitPhaseLabels(bands.current);
  });
  useLayoutEffect(() => {
    const root = bands.current;
    if (!root || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => fitPhaseLabels(root));
    observer.observe(root);
    return () => observer.disconnect();
  }, [bands]);
}

function fitPhaseLabels(root: HTMLElement): void {
  const all = [...root.querySelectorAll<HTMLElement>('.band, .window')];
  // Lay every band out with its short name first, then read them all: one layout, not one per band.
  for (const band of all) delete band.dataset.tiny;
  const tooNarrow = all.map((band) => {
    const name = band.querySelector<HTMLElement>('.short');
    const style = getComputedStyle(band);
    return name !== null && name.offsetWidth > band.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  });
  all.forEach((band, i) => { if (tooNarrow[i]) band.dataset.tiny = ''; });
}

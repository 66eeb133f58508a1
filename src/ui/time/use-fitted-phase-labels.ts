// Each phase band on the timeline shows its short name ("Lactation") where it fits and its tiny one
// ("Lact.") where it does not: on a phone the first phases are a few days, about 30 px, wide. So does
// the senolytic's window ("Senolytic d2–6", or "d2–6"). A band the window lies over shows its name in
// the larger part the window leaves uncovered, or none if even the tiny one does not fit there (the
// window's own name says where we are). Decided by measuring, so any language's words fit; never per
// frame (the timeline does not re-render then).

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

/** Where in a band its name may go: px from the band's left edge, how wide, and whether the window lies over the band. */
interface Room { from: number; width: number; covered: boolean }

function fitPhaseLabels(root: HTMLElement): void {
  const all = [...root.querySelectorAll<HTMLElement>('.band, .window')];
  const clearance = root.querySelector<HTMLElement>('.window');
  // Lay every band out with its short name first, then read them all: one layout, not one per band.
  for (const band of all) {
    delete band.dataset.tiny;
    delete band.dataset.covered;
    band.style.removeProperty('padding-left');
  }
  const rooms = all.map((band) => roomFor(band, band === clearance ? null : clearance));
  const fits = (band: HTMLElement, i: number, which: '.short' | '.tiny'): boolean => {
    const name = band.querySelector<HTMLElement>(which);
    return name === null || name.offsetWidth <= rooms[i].width;
  };
  const shortFits = all.map((band, i) => fits(band, i, '.short'));
  all.forEach((band, i) => {
    if (!shortFits[i]) band.dataset.tiny = '';
    if (rooms[i].from > 0) band.style.paddingLeft = `${rooms[i].from}px`;
  });
  // A band the window lies over may not fit even its tiny name beside it (read after the above: a second layout).
  const tinyFits = all.map((band, i) => shortFits[i] || !rooms[i].covered || fits(band, i, '.tiny'));
  all.forEach((band, i) => { if (!tinyFits[i]) band.dataset.covered = ''; });
}

/** The room for a band's name: all of it, or the larger part of it the window leaves uncovered. */
function roomFor(band: HTMLElement, clearance: HTMLElement | null): Room {
  const style = getComputedStyle(band);
  const padLeft = parseFloat(style.paddingLeft), padRight = parseFloat(style.paddingRight);
  const whole = { from: 0, width: band.clientWidth - padLeft - padRight, covered: false };
  if (!clearance) return whole;
  const left = band.offsetLeft, right = left + band.offsetWidth;
  const coverFrom = Math.max(left, clearance.offsetLeft), coverTo = Math.min(right, clearance.offsetLeft + clearance.offsetWidth);
  if (coverTo <= coverFrom) return whole;
  const before = coverFrom - left - padLeft;
  const after = right - coverTo - padLeft - padRight;
  if (before >= after) return { from: 0, width: Math.max(0, before), covered: true };
  return { from: coverTo - left + padLeft, width: Math.max(0, after), covered: true };
}

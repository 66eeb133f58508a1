// Keeps the page itself in step with the preferences: `<html lang>` (screen readers pick their voice
// and hyphenation from it), the theme and reduced motion as attributes the style sheet keys on, the
// colour behind the lobule, and the system's reduced-motion setting while the person has not chosen
// otherwise.

import type { LobuleState, LobuleStore } from '../state/store';
import { CATALOGUES } from '../i18n/catalogues';
import { sceneBackground } from '../palette/scene-background';
import { translate } from '../i18n/translate';
import { THEME_COLOURS } from '../ui/themes/theme-colours';

export function followPreferencesInDocument(store: LobuleStore, root: HTMLElement = document.documentElement): () => void {
  const apply = (s: LobuleState): void => {
    root.lang = CATALOGUES[s.lang]?.locale ?? 'en';
    root.ownerDocument.title = `${translate('app.title')} — ${translate('app.subtitle')}`;
    root.dataset.theme = s.theme;
    for (const [name, value] of Object.entries(THEME_COLOURS[s.theme])) root.style.setProperty(`--${name}`, value);
    root.dataset.motion = s.reducedMotion ? 'reduced' : 'full';
    // The 3D view stops short of the side panels; the page behind them takes the view's colour, so a
    // stain's slide tint runs on to the screen's edge instead of ending in a seam.
    root.style.setProperty('--scene', sceneBackground(s.colourMode, s.theme));
  };
  apply(store.getState());
  return store.subscribe((s, p) => {
    if (s.lang !== p.lang || s.theme !== p.theme || s.reducedMotion !== p.reducedMotion || s.colourMode !== p.colourMode) apply(s);
  });
}

/** Follows `prefers-reduced-motion` as the system changes it (the settings dialog may override it). */
export function followSystemReducedMotion(store: LobuleStore, target: Window = window): () => void {
  const query = target.matchMedia?.('(prefers-reduced-motion: reduce)');
  if (!query) return () => {};
  const onChange = (event: MediaQueryListEvent): void => store.getState().setReducedMotion(event.matches);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function systemPrefersReducedMotion(target: Window = window): boolean {
  return target.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

// The picture key, in the title card: what the main shapes and colours in the lobule are, in view
// from the first second (the full legend is in the side panel, below the curves). It folds away
// (a disclosure), and starts folded where the screen is not much wider than tall. A row whose cells
// the run has none of on the day shown is dimmed and says so, so senescent cells and macrophages
// visibly join the key as involution starts. Small screens leave it out (CSS): there the picture
// needs the room, and the panel's legend is one tap away.
//
// Presence follows the quarter day: the rows' `data-present` is written straight into the DOM by a
// subscription, so playing re-renders nothing, and only when the presence mask changes.

import { useLayoutEffect, useRef, useState } from 'react';
import { translate } from '../../i18n/translate';
import { structureColour } from '../../palette/colour-modes';
import { sampleAtDay } from '../../sim/sample-at-day';
import { subscribeLightTickMoves } from '../../state/day-listeners';
import { prefersReducedMotion } from '../../state/reduced-motion';
import type { LobuleState } from '../../state/store';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import { pictureKeyRows, presenceMask, rowLabel } from './picture-key';
import { Swatch } from './Swatch';

/** The mask before a run is ready: nothing is said to be absent. */
const UNKNOWN = -1;
/**
 * Screens not much wider than tall (4:3, 5:4): the title card stands over the picture rather than
 * beside the lobule, and an open key would leave the lens too little room. It starts closed there.
 */
const NARROW_LANDSCAPE = '(min-aspect-ratio: 1/1) and (max-aspect-ratio: 3/2)';
const startsOpen = (): boolean => typeof matchMedia !== 'function' || !matchMedia(NARROW_LANDSCAPE).matches;

export function PictureKey() {
  const store = useLobuleStoreApi();
  const mode = useLobule((s) => s.colourMode);
  const tumour = useLobule((s) => s.settings.tumour);
  const halo = structureColour(mode, 'saspHalo') !== null;
  const rows = pictureKeyRows(tumour);
  const items = useRef<(HTMLLIElement | null)[]>([]);
  const [open, setOpen] = useState(startsOpen);

  useLayoutEffect(() => {
    const shown = pictureKeyRows(tumour);
    let written = Number.NaN;
    const maskOf = (s: LobuleState): number => (s.run ? presenceMask(shown, sampleAtDay(s.run, s.dayTick)) : UNKNOWN);
    const write = (): void => {
      const mask = maskOf(store.getState());
      if (mask === written) return;
      written = mask;
      for (let k = 0; k < shown.length; k++) {
        const item = items.current[k];
        if (item) item.dataset.present = mask === UNKNOWN || (mask & (1 << k)) !== 0 ? 'true' : 'false';
      }
    };
    write();
    const unsubscribe = store.subscribe((s, previous) => {
      if (s.dayTick !== previous.dayTick || s.run !== previous.run) write();
    });
    const unsubscribeTicks = subscribeLightTickMoves(store, write);
    return () => {
      unsubscribe();
      unsubscribeTicks();
    };
  }, [store, tumour]);

  const showFullLegend = (): void => {
    const state = store.getState();
    state.setLegendOpen(true);
    const legend = document.querySelector<HTMLElement>('.side-panel .legend');
    legend?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion(state) ? 'auto' : 'smooth' });
    legend?.querySelector<HTMLElement>('summary')?.focus({ preventScroll: true });
  };

  return (
    <details className="picture-key" open={open} onToggle={(e) => setOpen(e.currentTarget.open)} data-testid="picture-key">
      <summary><h2>{translate('key.title')}</h2></summary>
      {/* A stain's colours are the lab's, not the cells': said where the key is read, not only in the panel. */}
      {mode !== 'cells' && <p className="key-stain" data-testid="key-stain">{translate(mode === 'he' ? 'key.stainHe' : 'key.stainSabgal')}</p>}
      <ul>
        {rows.map((row, k) => {
          const [colour, second] = row.colours?.(mode) ?? [row.entry.colour(mode), undefined];
          return (
            <li key={row.label} data-key-row={row.label} ref={(item) => { items.current[k] = item; }}>
              <Swatch shape={row.entry.shape} colour={colour} second={second} halo={halo} />
              <span>{translate(rowLabel(row, mode))}<span className="key-none">{`, ${translate('key.none')}`}</span></span>
            </li>
          );
        })}
      </ul>
      {/* Drawn at the summary line's right (CSS), after the rows in reading order. */}
      <button type="button" className="full-legend" onClick={showFullLegend}>{translate('key.more')}</button>
    </details>
  );
}

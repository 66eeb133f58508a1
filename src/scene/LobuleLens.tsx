// Keeps the lobule out from under the title card and the timeline by shifting the camera's lens
// (framing/lobule-lens.ts), on resize and when the controls change size; never per frame. In
// compare both lobules share the camera, so both get the lens that clears the untreated lobule's
// part of the controls over it: the two stay drawn alike, each in the same place in its part.
// Side by side, each lobule is framed clear of its scorecard too, under it or beside it as the
// part's shape suits (framing/scorecard-placement.ts).

import { useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import type { PerspectiveCamera } from 'three';
import { useLobule, useLobuleStoreApi } from '../state/store-context';
import type { PictureInsets } from '../state/view-slice';
import { compareViewports, type ViewRect } from './compare/compare-viewports';
import { lensShift, type LensShift } from '../framing/lobule-lens';
import { scorecardsPlacement } from '../framing/scorecard-placement';

/** CSS px kept clear along a side-by-side part's left edge: the canvas's edge, or the line between the lobules. */
const SIDE_BY_SIDE_MARGIN_PX = 16;

export function LobuleLens() {
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  const width = useThree((s) => s.size.width);
  const height = useThree((s) => s.size.height);
  const compare = useLobule((s) => s.compare);
  const insets = useLobule((s) => s.pictureInsets);
  const store = useLobuleStoreApi();
  // Side by side, the scorecards stand under or beside the lobules, which are framed clear of them.
  const cardsExtent = useLobule((s) => s.scorecardsExtent);
  const preset = useLobule((s) => s.cameraPreset);
  const shift = useMemo<LensShift>(() => ({ fullWidth: 0, fullHeight: 0, offsetX: 0, offsetY: 0, scale: 1, clear: true }), []);

  useLayoutEffect(() => {
    const camera = get().camera as PerspectiveCamera;
    if (width <= 0 || height <= 0) return;
    const part: ViewRect = { left: 0, top: 0, width, height };
    const sideBySide = compare && compareViewports(width, height, insets, part, { left: 0, top: 0, width: 0, height: 0 }) === 'side-by-side';
    const within = insetsWithin(part, width, height, insets);
    if (sideBySide) {
      // A close-up fills its part whatever the lens: its subject goes above the cards, in the middle.
      const placement = preset === 'overview' ? scorecardsPlacement(part.width, part.height - within.top - within.bottom) : 'below';
      store.getState().setScorecardsPlacement(placement);
      // The extent measured is the cards' as last laid out; a new placement is measured again at once.
      // A margin on the part's left keeps the untreated lobule off the canvas's edge and the
      // senolytic one (framed alike) off the line between them.
      const margined = { ...within, left: SIDE_BY_SIDE_MARGIN_PX };
      const withCards = placement === 'below' ? { ...margined, bottom: within.bottom + cardsExtent } : { ...margined, right: cardsExtent };
      lensShift(part.width, part.height, withCards, shift);
      // Cards leave too little room (a small frame): frame as without them, the cards over the lobule's edge.
      if (!shift.clear) lensShift(part.width, part.height, within, shift);
    } else {
      lensShift(part.width, part.height, within, shift);
    }
    // The camera may still carry the other view's aspect (compare sets each part's every frame).
    camera.aspect = part.width / part.height;
    camera.setViewOffset(shift.fullWidth, shift.fullHeight, shift.offsetX, shift.offsetY, part.width, part.height);
    // Where the orbit centre is drawn, in CSS px of the canvas (the untreated part's, in compare): for
    // tests and tools that click or look at "the middle of the picture".
    const scene = get().gl.domElement.closest<HTMLElement>('[data-testid=scene]');
    if (scene) scene.dataset.viewCentre = `${Math.round(part.left + shift.fullWidth / 2 - shift.offsetX)},${Math.round(part.top + shift.fullHeight / 2 - shift.offsetY)}`;
    invalidate();
  }, [get, invalidate, width, height, compare, insets, cardsExtent, preset, store, shift]);

  useLayoutEffect(() => () => (get().camera as PerspectiveCamera).clearViewOffset(), [get]);
  return null;
}

/** The controls over a part of the canvas, measured from that part's edges. */
function insetsWithin(part: ViewRect, width: number, height: number, insets: PictureInsets): PictureInsets {
  const timelineTop = height - insets.bottom;
  return {
    top: Math.max(0, insets.top - part.top),
    bottom: Math.max(0, part.top + part.height - timelineTop),
    titleRight: Math.max(0, Math.min(part.width, insets.titleRight - part.left)),
  };
}

// A still picture of the lobule where the 3D view will be, shown from the first paint until the 3D
// view has drawn (three.js loads and the first run part arrives meanwhile). The still is of the
// lobule centred with nothing over it (tests/tools/make-poster.mjs); it is placed and sized as the
// lens will draw the lobule (framing/lobule-lens.ts), so the 3D view replaces it in place.

import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { lensShift, type LensShift } from '../../framing/lobule-lens';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import type { PictureInsets } from '../../state/view-slice';

/** The still's shape (it is a 3D view's box at 1280×720: 952 × 720 px). */
const POSTER_ASPECT = 952 / 720;

export function ScenePoster() {
  const store = useLobuleStoreApi();
  const [drawn, setDrawn] = useState(() => store.getState().pictureShown);
  useEffect(() => {
    if (drawn) return;
    return store.subscribe((s) => {
      if (s.pictureShown) setDrawn(true);
    });
  }, [store, drawn]);
  return drawn ? null : <Poster />;
}

function Poster() {
  const insets = useLobule((s) => s.pictureInsets);
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = (): void => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div className="scene scene-poster" data-testid="poster" aria-hidden="true" ref={box}>
      {size && size.width > 0 && size.height > 0 && <img src="./poster.webp" alt="" decoding="async" style={placed(size.width, size.height, insets)} />}
    </div>
  );
}

/**
 * The still's box: in it the lobule's radius is the overview's share of half its height, so a box
 * `scale` × the canvas's shorter side high draws it at the lens's size, centred where the lens puts it.
 */
function placed(width: number, height: number, insets: PictureInsets): CSSProperties {
  const lens: LensShift = lensShift(width, height, insets, { fullWidth: 0, fullHeight: 0, offsetX: 0, offsetY: 0, scale: 1, clear: true });
  const centreX = lens.fullWidth / 2 - lens.offsetX, centreY = lens.fullHeight / 2 - lens.offsetY;
  const shownHeight = lens.scale * Math.min(width, height);
  const shownWidth = shownHeight * POSTER_ASPECT;
  return { left: centreX - shownWidth / 2, top: centreY - shownHeight / 2, width: shownWidth, height: shownHeight };
}

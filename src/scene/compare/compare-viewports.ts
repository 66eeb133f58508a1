// Where the compare view draws its two lobules on the canvas. On a landscape canvas they stand side
// by side (untreated left, senolytic right). On a tall one (a phone, a portrait kiosk) two
// side-by-side halves would each be a thin strip that shrinks its lobule, so they are stacked
// (untreated above, senolytic below) in the band between the title card and the timeline, which
// would otherwise hide the upper lobule's top and the lower one's bottom.
// Pure: SplitRenderer draws with it, picking and labels find the main lobule's part with it.

import type { CompareArrangement, PictureInsets } from '../../state/view-slice';

/** A part of the canvas, in CSS px from its top-left corner. */
export interface ViewRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** The free band is used only when it leaves each lobule a useful height; otherwise the whole canvas. */
const MIN_BAND_SHARE = 0.4;

/**
 * Stacked when that draws each lobule larger: a lobule is framed to fit its part's shorter side, so
 * compare half the width (side by side) with half the free band's height (stacked).
 */
export function compareArrangement(width: number, height: number, insets: PictureInsets): CompareArrangement {
  const band = freeBand(height, insets);
  const stackedSize = Math.min(width, (band.bottom - band.top) / 2);
  const sideBySideSize = Math.min(width / 2, height);
  return stackedSize > sideBySideSize ? 'stacked' : 'side-by-side';
}

/** Writes the untreated and senolytic lobules' parts into `untreated` and `senolytic`. */
export function compareViewports(width: number, height: number, insets: PictureInsets, untreated: ViewRect, senolytic: ViewRect): CompareArrangement {
  const arrangement = compareArrangement(width, height, insets);
  if (arrangement === 'side-by-side') {
    const half = Math.floor(width / 2);
    setRect(untreated, 0, 0, half, height);
    setRect(senolytic, half, 0, width - half, height);
    return arrangement;
  }
  const { top, bottom } = freeBand(height, insets);
  const half = Math.floor((bottom - top) / 2);
  setRect(untreated, 0, top, width, half);
  setRect(senolytic, 0, top + half, width, bottom - top - half);
  return arrangement;
}

// Scratch for freeBand (asked every frame: no garbage).
const band = { top: 0, bottom: 0 };

/** The rows not covered by the title card or the timeline, or all rows if that leaves too few. */
function freeBand(height: number, insets: PictureInsets): { top: number; bottom: number } {
  band.top = Math.max(0, Math.min(insets.top, height));
  band.bottom = Math.max(band.top, height - Math.max(0, insets.bottom));
  if (band.bottom - band.top < height * MIN_BAND_SHARE) {
    band.top = 0;
    band.bottom = height;
  }
  return band;
}

function setRect(out: ViewRect, left: number, top: number, width: number, height: number): void {
  out.left = left;
  out.top = top;
  out.width = width;
  out.height = height;
}

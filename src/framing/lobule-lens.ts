// The lens shift: the camera's view is moved (and if need be narrowed) so the point it
// orbits is drawn at the centre of the clear disc and the lobule fits inside it. Only the picture
// moves: orbit, zoom, presets, picking and labels all work through the same projection.

import type { PictureInsets } from '../state/view-slice';
import { clearDisc, type ClearDisc } from './clear-disc';

/**
 * Radius of the lobule as the overview draws it with no lens, as a share of half the canvas's shorter
 * side (measured in screenshots: 0.75–0.85 as the fat cells fill; the larger is taken).
 */
export const OVERVIEW_RADIUS_SHARE = 0.85;
/** The lobule's radius as a share of the clear disc's (its outermost fat cells may reach the edge). */
const DISC_FILL = 0.95;

/** A `PerspectiveCamera.setViewOffset` call: the full view's size and where the canvas's window sits in it. */
export interface LensShift {
  fullWidth: number;
  fullHeight: number;
  offsetX: number;
  offsetY: number;
  /** The lobule's size against the unshifted view (never above 1: the lens only makes room). */
  scale: number;
  /** False when the controls left too little clear and the lobule is framed on the whole canvas. */
  clear: boolean;
}

const disc: ClearDisc = { x: 0, y: 0, radius: 0, clear: true };

/**
 * The view offset that draws the camera's axis at the clear disc's centre, scaled so the overview's
 * lobule fits the disc. The canvas's window is `width` × `height` px of a full view `scale` times the
 * canvas: the axis, at the full view's centre, lands at (fullWidth / 2 − offsetX, fullHeight / 2 − offsetY).
 */
export function lensShift(width: number, height: number, insets: PictureInsets, out: LensShift): LensShift {
  clearDisc(width, height, insets, disc);
  const overviewRadius = OVERVIEW_RADIUS_SHARE * Math.min(width, height) / 2;
  const scale = Math.min(1, (DISC_FILL * disc.radius) / Math.max(1, overviewRadius));
  out.scale = scale;
  out.clear = disc.clear;
  out.fullWidth = width * scale;
  out.fullHeight = height * scale;
  out.offsetX = out.fullWidth / 2 - disc.x;
  out.offsetY = out.fullHeight / 2 - disc.y;
  return out;
}

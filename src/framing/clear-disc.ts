// Where the lobule is drawn: inside the largest circle of the canvas that the title card
// (top left), the timeline (bottom) and, in compare, the scorecards beside a lobule (right) and a
// margin off the part's left edge leave clear. Seen from any side a lobule is roughly round, so a
// circle is its frame. Pure, asked on resize only; `lobule-lens.ts` turns it into a camera lens shift
// (drawn by `scene/LobuleLens.tsx`, and the poster is placed by it).

import type { PictureInsets } from '../state/view-slice';

/** A circle on the canvas, in CSS px from its top-left corner. */
export interface ClearDisc {
  x: number;
  y: number;
  radius: number;
  /** False when the controls left too little clear and the disc is the whole canvas's own. */
  clear: boolean;
}

/** Centres tried across each axis, then refined around the best few (the answer is within a pixel). */
const GRID_STEPS = 32;
const REFINE_ROUNDS = 6;
const REFINE_STEPS = 12;
/** How many of the grid's best centres, apart from each other, are refined: the grid's best may sit on a lesser peak. */
const REFINED_STARTS = 4;
/**
 * A px of radius is worth this many px of balance (see `balance`): the largest disc wins, and where
 * many are as large (a free band longer than it is wide), the one midway along the band.
 */
const BALANCE_WEIGHT = 0.005;

/**
 * The largest disc inside the canvas above the timeline that keeps clear of the title card; among
 * near-equals, the one midway between what bounds it (on a phone, halfway between the title card and
 * the timeline, not against the card). If the controls leave almost nothing clear (a tiny frame), the
 * whole canvas's own disc: a lobule half-hidden beats a lobule the size of a coin.
 */
export function clearDisc(width: number, height: number, insets: PictureInsets, out: ClearDisc): ClearDisc {
  const clearBottom = Math.max(0, height - Math.max(0, insets.bottom));
  // Columns kept clear on the right (the compare view's cards beside the lobules) and on the left.
  const clearRight = Math.max(0, width - Math.max(0, insets.right ?? 0));
  const clearLeft = Math.min(clearRight, Math.max(0, insets.left ?? 0));
  const clearWidth = clearRight - clearLeft;
  const card = { right: Math.max(0, Math.min(insets.titleRight, clearRight)), bottom: Math.max(0, Math.min(insets.top, clearBottom)) };
  const midX = (clearLeft + clearRight) / 2, midY = clearBottom / 2;
  const score = (x: number, y: number): number => radiusAt(x, y, clearLeft, clearRight, clearBottom, card.right, card.bottom) + BALANCE_WEIGHT * balance(x, y, clearLeft, clearRight, clearBottom, card.right, card.bottom);
  const starts: { x: number; y: number; score: number }[] = [];
  for (let i = 0; i <= GRID_STEPS; i++) {
    for (let j = 0; j <= GRID_STEPS; j++) {
      const x = clearLeft + (clearWidth * i) / GRID_STEPS, y = (clearBottom * j) / GRID_STEPS;
      starts.push({ x, y, score: score(x, y) });
    }
  }
  starts.sort((p, q) => q.score - p.score);
  // The best few centres that lie apart from each other: neighbours of one peak would refine alike.
  const apart = Math.hypot(clearWidth, clearBottom) * (3 / GRID_STEPS);
  const chosen: typeof starts = [];
  for (const start of starts) {
    if (chosen.length === REFINED_STARTS) break;
    if (chosen.every((c) => Math.hypot(c.x - start.x, c.y - start.y) > apart)) chosen.push(start);
  }
  let bestX = midX, bestY = midY, bestScore = score(midX, midY);
  for (const start of chosen) {
    let x0 = start.x, y0 = start.y, s0 = start.score;
    let spanX = (2 * clearWidth) / GRID_STEPS, spanY = (2 * clearBottom) / GRID_STEPS;
    for (let round = 0; round < REFINE_ROUNDS; round++) {
      const fromX = x0 - spanX / 2, fromY = y0 - spanY / 2;
      for (let i = 0; i <= REFINE_STEPS; i++) {
        for (let j = 0; j <= REFINE_STEPS; j++) {
          const x = Math.max(clearLeft, Math.min(clearRight, fromX + (spanX * i) / REFINE_STEPS));
          const y = Math.max(0, Math.min(clearBottom, fromY + (spanY * j) / REFINE_STEPS));
          const s = score(x, y);
          if (s > s0) { s0 = s; x0 = x; y0 = y; }
        }
      }
      spanX /= 3; spanY /= 3;
    }
    if (s0 > bestScore) { bestScore = s0; bestX = x0; bestY = y0; }
  }
  const radius = radiusAt(bestX, bestY, clearLeft, clearRight, clearBottom, card.right, card.bottom);
  const whole = Math.min(width, height) / 2;
  if (radius < whole * MIN_CLEAR_SHARE) {
    out.x = width / 2; out.y = height / 2; out.radius = whole; out.clear = false;
  } else {
    out.x = bestX; out.y = bestY; out.radius = radius; out.clear = true;
  }
  return out;
}

/** Below this share of the canvas's own disc, the controls are ignored. */
const MIN_CLEAR_SHARE = 0.45;

/**
 * How evenly a centre sits between what bounds it: the clearance to the nearer of the obstacles above
 * and below it (the card or the top edge; the timeline) plus the nearer of those left and right of it.
 */
function balance(x: number, y: number, clearLeft: number, clearRight: number, clearBottom: number, cardRight: number, cardBottom: number): number {
  const up = x < cardRight ? y - cardBottom : y;
  const left = y < cardBottom ? x - Math.max(cardRight, clearLeft) : x - clearLeft;
  return Math.min(up, clearBottom - y) + Math.min(left, clearRight - x);
}

/** Radius of the largest disc centred at (x, y) clear of the edges, the timeline and the title card. */
function radiusAt(x: number, y: number, clearLeft: number, clearRight: number, clearBottom: number, cardRight: number, cardBottom: number): number {
  const toEdges = Math.min(x - clearLeft, clearRight - x, y, clearBottom - y);
  if (cardRight <= 0 || cardBottom <= 0) return Math.max(0, toEdges);
  // Distance to the card's rectangle [0, cardRight] × [0, cardBottom] (zero inside it).
  const dx = Math.max(0, x - cardRight), dy = Math.max(0, y - cardBottom);
  return Math.max(0, Math.min(toEdges, Math.hypot(dx, dy)));
}

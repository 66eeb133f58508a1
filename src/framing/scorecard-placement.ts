// Side by side, each compare part shows a lobule and its scorecard. Under the lobule the card is
// wide and short; beside it (on the part's right) narrow and tall. Whichever leaves the larger
// circle for the lobule wins: beside on a wide, short part (a 1280×720 projector, where a card
// below would halve the lobule), below on a narrower one (1024×768, Full HD). Pure; the sizes are
// styles.css's cards, as typical figures (the lens is then framed by the cards' measured size).

import type { ScorecardsPlacement } from '../state/view-slice';

/** CSS px a card beside its lobule takes from the part's width at most, margins included (13.5rem + 1rem). */
export const CARD_BESIDE_WIDTH = 232;
/** CSS px a card under its lobule takes from the part's height: name and tissue, two or three rows of figures (French words wrap). */
export const CARD_BELOW_HEIGHT = 110;

/**
 * Where the cards go in a part `partWidth` wide whose clear band (between the title card and the
 * timeline) is `clearHeight` tall: the placement whose circle, the shorter side left, is larger.
 */
export function scorecardsPlacement(partWidth: number, clearHeight: number): ScorecardsPlacement {
  const beside = Math.min(partWidth - CARD_BESIDE_WIDTH, clearHeight);
  const below = Math.min(partWidth, clearHeight - CARD_BELOW_HEIGHT);
  return beside > below ? 'beside' : 'below';
}

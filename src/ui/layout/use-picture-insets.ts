// Tells the scene how much of the picture the title card and the timeline cover (the single view
// frames the lobule clear of both; the stacked compare view draws its two lobules between them), and gives CSS the title card's bottom edge as
// `--title-card-bottom` so the scorecards line up with the lobules. Measured before the first paint
// (the poster is placed by it) and then on resize only. On a small screen the open tour's card
// stands over the picture, full width, above the timeline: it is then the picture's bottom edge
// (on a large one it stands in the side column, off the picture).

import { useLayoutEffect, type RefObject } from 'react';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';

export function usePictureInsets(hud: RefObject<HTMLElement | null>, titleCard: RefObject<HTMLElement | null>, bottomBar: RefObject<HTMLElement | null>): void {
  const store = useLobuleStoreApi();
  const tourOpen = useLobule((s) => s.tourOpen);
  useLayoutEffect(() => {
    const root = hud.current, title = titleCard.current, bar = bottomBar.current;
    if (!root || !title || !bar || typeof ResizeObserver === 'undefined') return;
    const tour = tourOpen ? root.querySelector<HTMLElement>('.tour-card') : null;
    const measure = (): void => {
      // Looked up each time: the 3D view's element is replaced when the view (re)mounts.
      const scene = root.parentElement?.querySelector<HTMLElement>('.scene');
      const whole = root.getBoundingClientRect();
      // A hidden title card (the clean view, a phone's tour) covers nothing.
      const titleBox = title.getBoundingClientRect();
      const top = titleBox.height > 0 ? Math.ceil(titleBox.bottom - whole.top) : 0;
      const titleRight = titleBox.height > 0 ? Math.ceil(titleBox.right - whole.left) : 0;
      const barBox = bar.getBoundingClientRect();
      let edge = barBox.height > 0 ? barBox.top : whole.bottom;
      const tourBox = tour?.getBoundingClientRect();
      if (tourBox && tourBox.height > 0 && tourBox.left < (scene?.getBoundingClientRect().right ?? whole.right)) edge = Math.min(edge, tourBox.top);
      const bottom = edge < whole.bottom ? Math.ceil(whole.bottom - edge) : 0;
      root.style.setProperty('--title-card-bottom', `${top}px`);
      root.style.setProperty('--picture-inset-bottom', `${bottom}px`);
      store.getState().setPictureInsets(top, bottom, titleRight);
    };
    measure();
    const observer = new ResizeObserver(measure);
    for (const box of [root, title, bar, tour]) if (box) observer.observe(box);
    return () => observer.disconnect();
  }, [hud, titleCard, bottomBar, store, tourOpen]);
}

// Tells the scene how much of the picture the title card and the timeline cover (the single view
// frames the lobule clear of both; the stacked compare view draws its two lobules between them), and gives CSS the title card's bottom edge as
// `--title-card-bottom` so the scorecards line up with the lobules. Measured before the first paint
// (the poster is placed by it) and then on resize only.

import { useLayoutEffect, type RefObject } from 'react';
import { useLobuleStoreApi } from '../../state/store-context';

export function usePictureInsets(hud: RefObject<HTMLElement | null>, titleCard: RefObject<HTMLElement | null>, bottomBar: RefObject<HTMLElement | null>): void {
  const store = useLobuleStoreApi();
  useLayoutEffect(() => {
    const root = hud.current, title = titleCard.current, bar = bottomBar.current;
    if (!root || !title || !bar || typeof ResizeObserver === 'undefined') return;
    const measure = (): void => {
      const whole = root.getBoundingClientRect();
      // A hidden title card (the clean view) covers nothing.
      const titleBox = title.getBoundingClientRect();
      const top = titleBox.height > 0 ? Math.ceil(titleBox.bottom - whole.top) : 0;
      const titleRight = titleBox.height > 0 ? Math.ceil(titleBox.right - whole.left) : 0;
      const barBox = bar.getBoundingClientRect();
      const bottom = barBox.height > 0 ? Math.ceil(whole.bottom - barBox.top) : 0;
      root.style.setProperty('--title-card-bottom', `${top}px`);
      root.style.setProperty('--picture-inset-bottom', `${bottom}px`);
      store.getState().setPictureInsets(top, bottom, titleRight);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    observer.observe(title);
    observer.observe(bar);
    return () => observer.disconnect();
  }, [hud, titleCard, bottomBar, store]);
}

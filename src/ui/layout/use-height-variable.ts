// Publishes an element's height as a CSS custom property on another element, so overlays can sit
// just above a bar whose height depends on the screen and the language.

import { useEffect, type RefObject } from 'react';

export function useHeightVariable(source: RefObject<HTMLElement | null>, target: RefObject<HTMLElement | null>, name: string): void {
  useEffect(() => {
    const from = source.current;
    const to = target.current;
    if (!from || !to || typeof ResizeObserver === 'undefined') return;
    const write = (): void => to.style.setProperty(name, `${Math.ceil(from.getBoundingClientRect().height)}px`);
    write();
    const observer = new ResizeObserver(write);
    observer.observe(from);
    return () => observer.disconnect();
  }, [source, target, name]);
}

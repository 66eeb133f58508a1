// The canvas's size, for @react-three/fiber's <Canvas>, which measures its container with
// react-use-measure: the vite configs alias that package to this file (vite-plugins/dependency-aliases.ts).
// The package also follows scrolling, to keep the container's page position current; R3F reads
// only the size (pointer events use offsetX/Y), and the app never scrolls the canvas, so a
// ResizeObserver is all it needs: ~1 KB gzip less to load. Same contract: [ref, bounds, refresh].

import { useCallback, useEffect, useState } from 'react';

export interface RectReadOnly {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

const NOTHING_YET: RectReadOnly = { x: 0, y: 0, width: 0, height: 0, top: 0, right: 0, bottom: 0, left: 0 };

function sameRect(a: RectReadOnly, b: DOMRect): boolean {
  return a.width === b.width && a.height === b.height && a.top === b.top && a.left === b.left;
}

export default function useMeasure(): [(element: Element | null) => void, RectReadOnly, () => void] {
  const [element, setElement] = useState<Element | null>(null);
  const [bounds, setBounds] = useState<RectReadOnly>(NOTHING_YET);
  const measure = useCallback(() => {
    if (!element) return;
    const r = element.getBoundingClientRect();
    // A new object only when something changed: R3F reconfigures its root on every new one.
    setBounds((now) => (sameRect(now, r) ? now : { x: r.x, y: r.y, width: r.width, height: r.height, top: r.top, right: r.right, bottom: r.bottom, left: r.left }));
  }, [element]);
  useEffect(() => {
    if (!element) return;
    // A ResizeObserver reports an element's size when it starts observing it (if not 0 × 0).
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, measure]);
  return [setElement, bounds, measure];
}

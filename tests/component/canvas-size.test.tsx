// @vitest-environment jsdom
// The canvas's size for R3F's <Canvas> (scene/canvas-size.ts, standing in for react-use-measure in
// the builds): nothing until the container is observed, its box when it is, a new box only when
// the size or place changed, and no observer left behind.

import { act, cleanup, render } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import useMeasure, { type RectReadOnly } from '../../src/scene/canvas-size';

afterEach(cleanup);

/** A ResizeObserver the test drives: `resize()` reports every observed element, as a browser would. */
class FakeResizeObserver {
  static live = new Set<FakeResizeObserver>();
  private readonly targets = new Set<Element>();
  constructor(private readonly callback: () => void) { FakeResizeObserver.live.add(this); }
  observe(target: Element): void { this.targets.add(target); }
  unobserve(target: Element): void { this.targets.delete(target); }
  disconnect(): void { this.targets.clear(); FakeResizeObserver.live.delete(this); }
  static resize(): void { for (const o of FakeResizeObserver.live) if (o.targets.size > 0) o.callback(); }
}

it('reports the container box on each change, keeps the same object while nothing changed, and stops observing when unmounted', () => {
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver = FakeResizeObserver;
  let box = { left: 0, top: 0, width: 0, height: 0 };
  const seen: RectReadOnly[] = [];
  function Probe() {
    const [ref, bounds] = useMeasure();
    seen.push(bounds);
    return <div ref={(el) => {
      ref(el);
      if (el) el.getBoundingClientRect = () => ({ ...box, x: box.left, y: box.top, right: box.left + box.width, bottom: box.top + box.height, toJSON: () => box }) as DOMRect;
    }} />;
  }
  const { unmount } = render(<Probe />);
  expect(seen.at(-1)).toMatchObject({ width: 0, height: 0 });
  expect(FakeResizeObserver.live.size).toBe(1);

  box = { left: 10, top: 20, width: 640, height: 400 };
  act(() => FakeResizeObserver.resize());
  expect(seen.at(-1)).toEqual({ x: 10, y: 20, left: 10, top: 20, width: 640, height: 400, right: 650, bottom: 420 });
  const renders = seen.length;
  const before = seen.at(-1);
  act(() => FakeResizeObserver.resize());
  expect(seen.length).toBe(renders);
  expect(seen.at(-1)).toBe(before);

  box = { left: 10, top: 20, width: 320, height: 400 };
  act(() => FakeResizeObserver.resize());
  expect(seen.at(-1)).toMatchObject({ width: 320, right: 330 });

  unmount();
  expect(FakeResizeObserver.live.size).toBe(0);
});

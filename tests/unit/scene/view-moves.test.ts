// Per-frame work that follows the camera redoes itself only after the view has moved.
import { describe, expect, it } from 'vitest';
import { countViewMove, ViewWatch } from '../../../src/scene/view-moves';

describe('ViewWatch', () => {
  it('says moved once per move of the controls it sees, and for new controls', () => {
    const controls = {};
    const watch = new ViewWatch();
    expect(watch.moved(controls)).toBe(true);
    expect(watch.moved(controls)).toBe(false);
    countViewMove(controls);
    expect(watch.moved(controls)).toBe(true);
    expect(watch.moved(controls)).toBe(false);
    // Other controls (a new camera): moved, then quiet again.
    const other = {};
    expect(watch.moved(other)).toBe(true);
    expect(watch.moved(other)).toBe(false);
    // Each watcher keeps its own place.
    const second = new ViewWatch();
    expect(second.moved(other)).toBe(true);
  });

  it('always says moved without controls, and after forgetting', () => {
    const watch = new ViewWatch();
    expect(watch.moved(null)).toBe(true);
    expect(watch.moved(undefined)).toBe(true);
    const controls = {};
    watch.moved(controls);
    watch.forget();
    expect(watch.moved(controls)).toBe(true);
  });
});

// The playback clock: days advance at the chosen speed, frame gaps are capped, and the end loops.

import { describe, expect, it } from 'vitest';
import { startPlaybackLoop } from '../../../src/app/playback-loop';
import { DAY_MAX, DAY_MIN } from '../../../src/sim/settings';
import { createLobuleStore } from '../../../src/state/store';

/** Animation frames we fire by hand, at chosen times (ms). */
function manualFrames() {
  let queued: ((now: number) => void) | null = null;
  return {
    requestAnimationFrame: (callback: (now: number) => void) => { queued = callback; return 1; },
    cancelAnimationFrame: () => { queued = null; },
    fire(now: number) { const callback = queued; queued = null; callback?.(now); },
    get waiting() { return queued !== null; },
  };
}

describe('the playback loop', () => {
  it('advances the day by speed × elapsed seconds while playing', () => {
    const store = createLobuleStore({ day: 0, speedDaysPerSecond: 2 });
    const frames = manualFrames();
    startPlaybackLoop(store, frames);
    expect(frames.waiting).toBe(false);
    store.getState().play();
    frames.fire(1000);
    frames.fire(1050);
    frames.fire(1100);
    expect(store.getState().day).toBeCloseTo(0.2, 6);
  });

  it('keeps wall time on a slow machine: frames 0.8 s apart move the clock 0.8 s each', () => {
    const store = createLobuleStore({ day: 0, speedDaysPerSecond: 10, playing: true });
    const frames = manualFrames();
    startPlaybackLoop(store, frames);
    frames.fire(0);
    frames.fire(800);
    frames.fire(1600);
    expect(store.getState().day).toBeCloseTo(16, 6);
  });

  it('does not jump after a stall (hidden tab): a long gap counts as one typical frame', () => {
    const store = createLobuleStore({ day: 0, speedDaysPerSecond: 1, playing: true });
    const frames = manualFrames();
    startPlaybackLoop(store, frames);
    frames.fire(0);
    for (let t = 50; t <= 1000; t += 50) frames.fire(t);
    const before = store.getState().day;
    expect(before).toBeCloseTo(1, 6);
    frames.fire(61_000);
    const moved = store.getState().day - before;
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThanOrEqual(0.05 + 1e-9);
  });

  it('waits at the last computed day of a run still being computed', () => {
    const store = createLobuleStore({ day: 4.9, speedDaysPerSecond: 1, playing: true });
    store.setState({ runReadyUntilDay: 5 });
    const frames = manualFrames();
    startPlaybackLoop(store, frames);
    frames.fire(0);
    frames.fire(500);
    expect(store.getState().day).toBe(5);
    expect(frames.waiting).toBe(true);
    store.setState({ runReadyUntilDay: 28 });
    frames.fire(600);
    expect(store.getState().day).toBeCloseTo(5.1, 6);
  });

  it('loops from the end back to lactation, or stops there when looping is off', () => {
    const store = createLobuleStore({ day: DAY_MAX - 0.01, speedDaysPerSecond: 4, playing: true });
    const frames = manualFrames();
    startPlaybackLoop(store, frames);
    frames.fire(0);
    frames.fire(100);
    expect(store.getState().day).toBe(DAY_MIN);
    store.getState().setLoop(false);
    store.getState().setDay(DAY_MAX - 0.01);
    frames.fire(200);
    expect(store.getState()).toMatchObject({ day: DAY_MAX, playing: false });
  });

  it('stops asking for frames when paused', () => {
    const store = createLobuleStore({ playing: true });
    const frames = manualFrames();
    startPlaybackLoop(store, frames);
    store.getState().pause();
    frames.fire(0);
    expect(frames.waiting).toBe(false);
  });
});

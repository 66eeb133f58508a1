// Readouts written into the DOM by a store subscription: at once when paused (scrubbing, stepping),
// on the readouts' beat (four times a second) while playing, and the last value as soon as playing
// stops.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLobuleStore } from '../../../src/state/store';
import { READOUT_EVERY_MS } from '../../../src/state/readout-beat';
import { subscribeReadout } from '../../../src/ui/readouts/subscribe-readout';

describe('readout subscriptions', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] }));
  afterEach(() => {
    // Two beats: one writes what waits, the next finds nothing and stops the shared timer.
    vi.advanceTimersByTime(2 * READOUT_EVERY_MS);
    vi.useRealTimers();
  });

  it('writes at once, then on every change while paused', () => {
    const store = createLobuleStore({ day: 1 });
    const written: number[] = [];
    subscribeReadout(store, (s) => Math.round(s.day * 100), (v) => written.push(v));
    store.getState().setDay(1.5);
    store.getState().setDay(1.5);
    store.getState().stepDays(0.25);
    expect(written).toEqual([100, 150, 175]);
  });

  it('writes at most four times a second while playing, and the day it paused on at once', () => {
    const store = createLobuleStore({ day: 0 });
    const written: number[] = [];
    subscribeReadout(store, (s) => Math.round(s.day * 100), (v) => written.push(v));
    store.getState().play();
    // Two seconds of 60 Hz frames at 1 day/s: every frame changes the hundredths.
    for (let k = 1; k <= 120; k++) {
      vi.advanceTimersByTime(1000 / 60);
      store.getState().setDay(k / 60);
    }
    expect(written.length - 1).toBeLessThanOrEqual((2000 / READOUT_EVERY_MS) + 1);
    expect(written.length - 1).toBeGreaterThanOrEqual(2000 / READOUT_EVERY_MS - 1);
    store.getState().setDay(2.017);
    store.getState().pause();
    expect(written.at(-1)).toBe(202);
  });

  it('follows the light moves of the day while playing (moves within a quarter day that are no store update)', () => {
    const store = createLobuleStore({ day: 3 });
    const written: number[] = [];
    subscribeReadout(store, (s) => Math.round(s.day * 100), (v) => written.push(v));
    store.getState().play();
    const update = store.getState();
    store.getState().setDay(3.05);
    expect(store.getState()).toBe(update);
    expect(written.at(-1)).toBe(300);
    vi.advanceTimersByTime(READOUT_EVERY_MS);
    expect(written.at(-1)).toBe(305);
  });

  it('writes every readout waiting on the same beat, from one timer that stops when nothing waits', () => {
    const store = createLobuleStore({ day: 3 });
    const days: number[] = [];
    const ticks: number[] = [];
    subscribeReadout(store, (s) => Math.round(s.day * 100), (v) => days.push(v));
    subscribeReadout(store, (s) => s.dayTick, (v) => ticks.push(v));
    store.getState().play();
    store.getState().setDay(3.1);
    store.getState().setDay(3.3);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(READOUT_EVERY_MS);
    // Only the value at the beat is written, once per readout.
    expect(days).toEqual([300, 330]);
    expect(ticks).toEqual([3, 3.25]);
    // A beat with nothing waiting stops the timer; the next change starts it again.
    vi.advanceTimersByTime(READOUT_EVERY_MS);
    expect(vi.getTimerCount()).toBe(0);
    store.getState().setDay(3.4);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(READOUT_EVERY_MS);
    expect(days.at(-1)).toBe(340);
  });

  it('can follow only the quarter day while playing: its selector runs four times a day, not every frame, and pausing settles it', () => {
    const store = createLobuleStore({ day: 3 });
    const written: number[] = [];
    let selected = 0;
    subscribeReadout(store, (s) => {
      selected++;
      return Math.round(s.day * 100);
    }, (v) => written.push(v), 'quarterDay');
    store.getState().play();
    selected = 0;
    for (let k = 1; k <= 60; k++) store.getState().setDay(3 + k / 60);
    // Sixty frames over a day: a new quarter day four times (3.25, 3.5, 3.75, 4).
    expect(selected).toBe(4);
    vi.advanceTimersByTime(READOUT_EVERY_MS);
    expect(written.at(-1)).toBe(400);
    store.getState().setDay(4.1);
    store.getState().pause();
    expect(written.at(-1)).toBe(410);
  });

  it('stops writing when unsubscribed', () => {
    const store = createLobuleStore({ day: 0 });
    const written: number[] = [];
    const stop = subscribeReadout(store, (s) => s.dayTick, (v) => written.push(v));
    store.getState().play();
    store.getState().setDay(0.5);
    stop();
    vi.advanceTimersByTime(1000);
    store.getState().setDay(3);
    expect(written.every((v) => v <= 0.5)).toBe(true);
  });
});

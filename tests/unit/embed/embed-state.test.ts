// The embed API's `state` message: sent on any change, at most four times a second, and the
// playing day is a change even when it moves without a store update (within a quarter day).

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startEmbedApi } from '../../../src/embed/messages/embed-api';
import { createLobuleStore } from '../../../src/state/store';

function framedWindow(posted: { type: string; state?: { day: number } }[]): Window {
  const host = { postMessage: (message: { type: string; state?: { day: number } }) => posted.push(message) };
  return {
    parent: host,
    location: { search: '' },
    innerWidth: 800,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  } as unknown as Window;
}

describe('the embed API while the clock plays', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the playing day at most four times a second, moves within a quarter day included', () => {
    const store = createLobuleStore({ day: 3 });
    const posted: { type: string; state?: { day: number } }[] = [];
    const stop = startEmbedApi(store, { self: framedWindow(posted), chrome: () => [] });
    store.getState().play();
    vi.advanceTimersByTime(300);
    const states = (): number[] => posted.filter((m) => m.type === 'state').map((m) => m.state!.day);
    const before = states().length;
    // Ten frames of 1/120 day, all inside the quarter around day 3: no store update among them.
    const update = store.getState();
    for (let k = 1; k <= 10; k++) store.getState().setDay(3 + k / 120);
    expect(store.getState()).toBe(update);
    vi.advanceTimersByTime(300);
    expect(states().length).toBe(before + 1);
    expect(states().at(-1)).toBeCloseTo(3 + 10 / 120, 2);
    stop();
  });
});

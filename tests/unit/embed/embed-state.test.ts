// The embed API's `state` message: sent on any change, at most four times a second, and the
// playing day is a change even when it moves without a store update (within a quarter day); never
// the same state twice in a row, and no numbers from a run computed for other settings.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { embedState } from '../../../src/embed/messages/app-messages';
import { startEmbedApi } from '../../../src/embed/messages/embed-api';
import { withDefaults } from '../../../src/sim/settings';
import { simulate } from '../../../src/sim/simulate';
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

describe('the embed API\'s state under new settings', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const run = simulate(withDefaults({ seed: 2 }), { endDay: 6, sampleHours: 12 });

  it('has no metrics while the run on hand was computed for other settings, and the new run\'s once it reaches the day', () => {
    const store = createLobuleStore({ day: 5, settings: run.settings });
    store.getState().setRun(run, 6, true);
    expect(embedState(store.getState()).metrics?.senescentCells).toBe(run.samples.find((s) => s.day === 5)!.senescentCells);
    // The senolytic goes on: the untreated run is still the one on hand, but its numbers are not the senolytic's.
    store.getState().setClearance(true);
    store.getState().setRunComputing();
    expect(embedState(store.getState()).metrics).toBeNull();
    const treated = { ...run, settings: { ...run.settings, clearance: true, clearanceWindowDays: [...run.settings.clearanceWindowDays] as [number, number] } };
    store.getState().setRun(treated, 3, false);
    expect(embedState(store.getState()).metrics).toBeNull(); // computed up to day 3 only
    store.getState().setRun(treated, 6, true);
    expect(embedState(store.getState()).metrics).not.toBeNull();
  });

  it('sends a state once per change the host can see, not again for each part of a run that changes nothing it reports', () => {
    const store = createLobuleStore({ day: 5, settings: run.settings });
    store.getState().setRun(run, 6, true);
    const posted: { type: string; state?: { day: number } }[] = [];
    const stop = startEmbedApi(store, { self: framedWindow(posted), chrome: () => [] });
    store.getState().setCutaway(false);
    vi.advanceTimersByTime(300);
    const states = (): number => posted.filter((m) => m.type === 'state').length;
    expect(states()).toBe(1);
    // The same run arriving again (as a computing run's parts do, with its progress): nothing new to tell.
    for (let k = 0; k < 3; k++) {
      store.getState().setRun({ ...run }, 6, true);
      vi.advanceTimersByTime(300);
    }
    expect(states()).toBe(1);
    stop();
  });
});

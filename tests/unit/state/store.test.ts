// The store: playback clamps and steps the clock, and settings changes make new settings objects
// (which is what asks for a new run).

import { describe, expect, it } from 'vitest';
import { DAY_MAX, DAY_MIN } from '../../../src/sim/settings';
import { createLobuleStore } from '../../../src/state/store';

describe('the store', () => {
  it('keeps the day on the timeline, with a quarter-day tick for slow readouts', () => {
    const store = createLobuleStore({ day: 4.3 });
    expect(store.getState().dayTick).toBe(4.25);
    store.getState().setDay(99);
    expect(store.getState().day).toBe(DAY_MAX);
    store.getState().setDay(Number.NaN);
    expect(store.getState().day).toBe(0);
  });

  it('pauses when stepping and restarts from the beginning when played at the end', () => {
    const store = createLobuleStore({ day: DAY_MAX, playing: true });
    store.getState().stepDays(-0.25);
    expect(store.getState().playing).toBe(false);
    store.getState().setDay(DAY_MAX);
    store.getState().play();
    expect(store.getState().day).toBe(DAY_MIN);
  });

  it('replaces the settings object when a switch changes', () => {
    const store = createLobuleStore();
    const before = store.getState().settings;
    store.getState().setClearance(true);
    expect(store.getState().settings).not.toBe(before);
    expect(store.getState().settings.clearance).toBe(true);
    expect(before.clearance).toBe(false);
  });

  it('cuts the front away for close-ups and shows the whole lobule in the overview', () => {
    const store = createLobuleStore();
    store.getState().showCameraPreset('alveolus');
    expect(store.getState()).toMatchObject({ cameraPreset: 'alveolus', cutaway: true, cameraRequest: 1 });
    store.getState().showCameraPreset('overview');
    expect(store.getState()).toMatchObject({ cameraPreset: 'overview', cutaway: false, cameraRequest: 2 });
  });
});

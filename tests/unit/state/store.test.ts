// The store: playback clamps and steps the clock, and settings changes make new settings objects
// (which is what asks for a new run).

import { describe, expect, it } from 'vitest';
import { DAY_MAX, DAY_MIN, DEFAULT_SETTINGS } from '../../../src/sim/settings';
import { subscribeDay, subscribeLightTickMoves } from '../../../src/state/day-listeners';
import { createLobuleStore } from '../../../src/state/store';

describe('the store', () => {
  it('merges an update into a new state object, as zustand does, and tells subscribers old and new', () => {
    const store = createLobuleStore();
    const before = store.getState();
    const seen: [number, number][] = [];
    store.subscribe((s, p) => seen.push([s.day, p.day]));
    store.setState({ day: 3 });
    expect(store.getState()).not.toBe(before);
    expect(store.getState()).toMatchObject({ day: 3, settings: before.settings, setDay: before.setDay });
    store.setState((s) => ({ day: s.day + 1 }));
    expect(store.getState().day).toBe(4);
    expect(seen).toEqual([[3, DAY_MIN], [4, 3]]);
    // Returning the state itself changes nothing and wakes nobody.
    store.setState((s) => s);
    expect(seen).toHaveLength(2);
  });

  it('makes every state object with the same fields (every update copies the state)', () => {
    const store = createLobuleStore();
    const keys = Object.keys(store.getState());
    store.getState().setDay(1.5);
    store.getState().setClearance(true);
    expect(Object.keys(store.getState())).toEqual(keys);
  });

  it('moves the day lightly while playing: no store update, the day and quarter-day listeners hear it', () => {
    const store = createLobuleStore({ day: 3 });
    const updates: number[] = [];
    const heard: number[] = [];
    const ticks: number[] = [];
    store.subscribe((s) => updates.push(s.day));
    subscribeDay(store, (day) => heard.push(day));
    subscribeLightTickMoves(store, () => ticks.push(store.getState().dayTick));
    store.getState().play();
    const playing = store.getState();
    updates.length = 0;
    store.getState().setDay(3.05);
    store.getState().setDay(3.1);
    // The same state object, holding the clock's day: nothing that follows the day coarsely wakes.
    expect(store.getState()).toBe(playing);
    expect(store.getState().day).toBe(3.1);
    expect(updates).toEqual([]);
    expect(heard).toEqual([3.05, 3.1]);
    expect(ticks).toEqual([]);
    // A new quarter day is still no store update: the tick changes in place and its listeners hear it
    // (useLobule's selectors, the labels, the live description).
    store.getState().setDay(3.2);
    expect(store.getState()).toBe(playing);
    expect(updates).toEqual([]);
    expect(store.getState().dayTick).toBe(3.25);
    expect(ticks).toEqual([3.25]);
    expect(heard.at(-1)).toBe(3.2);
    // So is a new whole day, where phases begin, and the loop back to the start: the quarter day's
    // listeners hear both (a new whole day is always a new quarter day).
    store.getState().setDay(3.95);
    store.getState().setDay(4.05);
    expect(store.getState()).toBe(playing);
    expect(updates).toEqual([]);
    expect(ticks.slice(-2)).toEqual([3.75, 4]);
    store.getState().setDay(1.9);
    store.getState().setDay(2.05);
    expect(store.getState()).toBe(playing);
    expect(updates).toEqual([]);
    expect(ticks.slice(-2)).toEqual([1.75, 2]);
    // Pausing is a store update: subscribers then see the exact day.
    store.getState().setDay(2.1);
    store.getState().pause();
    expect(updates.at(-1)).toBe(2.1);
    expect(heard.at(-1)).toBe(2.1);
    // Paused, every move is a store update (scrubbing, stepping, a URL's day).
    updates.length = 0;
    store.getState().setDay(2.15);
    expect(updates).toEqual([2.15]);
    expect(heard.at(-1)).toBe(2.15);
  });

  it('keeps the day on the timeline, with a quarter-day tick for slow readouts', () => {
    const store = createLobuleStore({ day: 4.3 });
    expect(store.getState().dayTick).toBe(4.25);
    // The tick stays in the day's whole day, so in its phase: just before weaning is still lactation.
    for (const [day, tick] of [[-0.1, -0.25], [-0.01, -0.25], [1.9, 1.75], [1.8, 1.75], [2.05, 2], [0, 0]]) {
      store.getState().setDay(day);
      expect(Object.is(store.getState().dayTick, tick), `day ${day}: tick ${store.getState().dayTick}`).toBe(true);
    }
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

  it('moves the camera for a preset without touching the cut-away, which is on by default', () => {
    const store = createLobuleStore();
    expect(store.getState().cutaway).toBe(true);
    store.getState().setCutaway(false);
    store.getState().showCameraPreset('alveolus');
    expect(store.getState()).toMatchObject({ cameraPreset: 'alveolus', cutaway: false, cameraRequest: 1 });
    store.getState().setCutaway(true);
    store.getState().showCameraPreset('overview');
    expect(store.getState()).toMatchObject({ cameraPreset: 'overview', cutaway: true, cameraRequest: 2 });
  });

  it('resets every default: switches, clock, playback and view, and asks for the home camera; keeps the preferences', () => {
    const store = createLobuleStore({ day: 9, playing: true, speedDaysPerSecond: 4, compare: true, colourMode: 'he', cutaway: false });
    const s = store.getState();
    s.setClearance(true, [5, 9]);
    s.setTumour(true, 3);
    s.setSeed(77);
    s.showCameraPreset('tumour');
    s.setPanelOpen(true);
    s.setTheme('projector');
    s.setLang('fr');
    const request = store.getState().cameraRequest;
    store.getState().resetAll();
    const fresh = createLobuleStore().getState();
    const after = store.getState();
    expect(after.settings).toEqual(fresh.settings);
    expect(after.settings).toEqual(DEFAULT_SETTINGS);
    expect(after).toMatchObject({
      day: DAY_MIN, dayTick: DAY_MIN, playing: false, speedDaysPerSecond: fresh.speedDaysPerSecond, loop: true,
      compare: false, colourMode: 'cells', cutaway: true, cameraPreset: 'overview', panelOpen: false, legendOpen: true,
    });
    expect(after.cameraRequest).toBe(request + 1);
    // The preferences are the person's, not the lobule's: they stay (ARCHITECTURE.md, the embed API's reset).
    expect(after).toMatchObject({ theme: 'projector', lang: 'fr' });
    store.getState().setLang('en');
  });
});

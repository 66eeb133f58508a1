// The address bar follows the state (throttled), so copying it shares exactly what is on screen.

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { syncUrlWithStore } from '../../../src/embed/url-sync';
import { createLobuleStore } from '../../../src/state/store';

function fakeWindow(search: string) {
  const location = { pathname: '/lobule/', search, hash: '' };
  const history = {
    state: null,
    replaceState: vi.fn((_state: unknown, _title: string, url: string) => {
      location.search = url.slice(url.indexOf('?'), url.includes('#') ? url.indexOf('#') : undefined);
    }),
  };
  return { location, history } as unknown as Window & { history: { replaceState: ReturnType<typeof vi.fn> } };
}

describe('URL sync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the exact day and the switches, keeping parameters it does not own', () => {
    const target = fakeWindow('?lang=fr&mode=kiosk');
    const store = createLobuleStore({ lang: 'fr' });
    syncUrlWithStore(store, target);
    store.getState().setDay(4.13);
    store.getState().setClearance(true);
    vi.advanceTimersByTime(600);
    const params = new URLSearchParams(target.location.search);
    expect(params.get('day')).toBe('4.13');
    expect(params.get('clearance')).toBe('1');
    expect(params.get('lang')).toBe('fr');
    expect(params.get('mode')).toBe('kiosk');
  });

  it('writes the language and the theme when they are not the defaults', () => {
    const target = fakeWindow('?lang=fr');
    const store = createLobuleStore({ lang: 'fr' });
    syncUrlWithStore(store, target);
    store.getState().setLang('en');
    store.getState().setTheme('projector');
    vi.advanceTimersByTime(600);
    const params = new URLSearchParams(target.location.search);
    expect(params.get('lang')).toBeNull();
    expect(params.get('theme')).toBe('projector');
  });

  it('writes at most twice a second however often the day changes', () => {
    const target = fakeWindow('');
    const store = createLobuleStore();
    syncUrlWithStore(store, target);
    for (let k = 0; k < 60; k++) {
      store.getState().setDay(k * 0.05);
      vi.advanceTimersByTime(16);
    }
    expect(target.history.replaceState.mock.calls.length).toBeLessThanOrEqual(3);
  });

  it('while playing writes the moving day every two seconds, and the day it paused on at once', () => {
    const target = fakeWindow('');
    const store = createLobuleStore();
    syncUrlWithStore(store, target);
    vi.advanceTimersByTime(600);
    const atStart = target.history.replaceState.mock.calls.length;
    store.getState().play();
    vi.advanceTimersByTime(600);
    // Play itself is written (play=1) within half a second.
    expect(target.history.replaceState.mock.calls.length).toBe(atStart + 1);
    for (let k = 0; k < 240; k++) {
      store.getState().setDay(k / 60);
      vi.advanceTimersByTime(1000 / 60);
    }
    // Four seconds of frames: two writes, not eight.
    expect(target.history.replaceState.mock.calls.length - atStart - 1).toBeLessThanOrEqual(2);
    store.getState().pause();
    vi.advanceTimersByTime(600);
    expect(new URLSearchParams(target.location.search).get('day')).toBe(String(Math.round((239 / 60) * 100) / 100));
    expect(new URLSearchParams(target.location.search).get('play')).toBeNull();
  });

  it('while playing slowly, still writes the moving day every two seconds (moves within a quarter day are no store update)', () => {
    const target = fakeWindow('');
    const store = createLobuleStore({ day: 3 });
    syncUrlWithStore(store, target);
    store.getState().play();
    vi.advanceTimersByTime(2100);
    // 0.05 day a second, as the slowest URL speed: two seconds stay inside the quarter around day 3.
    for (let k = 1; k <= 120; k++) {
      store.getState().setDay(3 + k * 0.05 / 60);
      vi.advanceTimersByTime(1000 / 60);
    }
    vi.advanceTimersByTime(100);
    expect(Number(new URLSearchParams(target.location.search).get('day'))).toBeGreaterThan(3);
  });

  it('writes nothing when the address already says it', () => {
    const target = fakeWindow('');
    const store = createLobuleStore();
    syncUrlWithStore(store, target);
    store.getState().setDay(2);
    vi.advanceTimersByTime(600);
    const writes = target.history.replaceState.mock.calls.length;
    store.getState().setCutaway(false);
    store.getState().setCutaway(true);
    vi.advanceTimersByTime(600);
    expect(target.history.replaceState.mock.calls.length).toBe(writes);
  });

  it('keeps working where the browser refuses to change the address', () => {
    const target = fakeWindow('');
    target.history.replaceState.mockImplementation(() => { throw new Error('SecurityError'); });
    const store = createLobuleStore();
    syncUrlWithStore(store, target);
    store.getState().setDay(3);
    expect(() => vi.advanceTimersByTime(600)).not.toThrow();
  });

  it('drops unknown and absurdly long parameters from the address it writes', () => {
    const huge = 'x'.repeat(100_000);
    const target = fakeWindow(`?junk=${huge}&lang=${huge}&profiler=1&constructor=1&mode=kiosk`);
    const store = createLobuleStore();
    syncUrlWithStore(store, target);
    store.getState().setDay(2);
    vi.advanceTimersByTime(600);
    const params = new URLSearchParams(target.location.search);
    expect([...params.keys()].sort()).toEqual(['day', 'mode', 'profiler']);
    expect(target.location.search.length).toBeLessThan(100);
  });
});

// @vitest-environment jsdom
// `useLobule` follows the quarter day while playing, though a new quarter day while playing is no store
// update (the clock changes `dayTick` in place rather than copy the whole state).

import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createLobuleStore } from '../../src/state/store';
import { StoreProvider, useLobule } from '../../src/state/store-context';

afterEach(cleanup);

function QuarterDay() {
  const tick = useLobule((s) => s.dayTick);
  const phaseDay = useLobule((s) => Math.floor(s.day));
  return <output data-testid="tick">{`${tick} ${phaseDay}`}</output>;
}

describe('useLobule', () => {
  it('re-reads its selector on a light move of the quarter day, and on store updates', () => {
    const store = createLobuleStore({ day: 3 });
    render(<StoreProvider store={store}><QuarterDay /></StoreProvider>);
    expect(screen.getByTestId('tick').textContent).toBe('3 3');
    act(() => store.getState().play());
    const playing = store.getState();
    act(() => store.getState().setDay(3.1));
    expect(screen.getByTestId('tick').textContent).toBe('3 3');
    act(() => store.getState().setDay(3.3));
    expect(store.getState()).toBe(playing);
    expect(screen.getByTestId('tick').textContent).toBe('3.25 3');
    // A new whole day (where phases begin) is a light move too, of the quarter day as well.
    act(() => store.getState().setDay(4.05));
    expect(store.getState()).toBe(playing);
    expect(screen.getByTestId('tick').textContent).toBe('4 4');
    // Pausing is a store update.
    act(() => store.getState().pause());
    expect(store.getState()).not.toBe(playing);
    expect(screen.getByTestId('tick').textContent).toBe('4 4');
  });

  it('stops listening when unmounted', () => {
    const store = createLobuleStore({ day: 3 });
    const { unmount } = render(<StoreProvider store={store}><QuarterDay /></StoreProvider>);
    unmount();
    act(() => store.getState().play());
    expect(() => act(() => store.getState().setDay(3.3))).not.toThrow();
  });
});

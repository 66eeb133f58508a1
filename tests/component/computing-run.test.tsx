// @vitest-environment jsdom
// While a run is still being computed, the words say what is on screen and claim nothing the run
// has not reached: the live description speaks of the last computed day (as the picture shows it),
// and a scorecard does not say "not by day 28" before day 28 is computed.

import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { withDefaults } from '../../src/sim/settings';
import { simulate, type SimulationRun } from '../../src/sim/simulate';
import { createLobuleStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { Scorecard } from '../../src/ui/compare/Scorecard';
import { LIVE_GAP_MS, LiveDescription } from '../../src/ui/live/LiveDescription';

let partial: SimulationRun;
let whole: SimulationRun;
beforeAll(() => {
  // The first part of a run (to day 1) and, standing in for the finished run, the same to day 6.
  partial = simulate(withDefaults({ seed: 2 }), { endDay: 1, sampleHours: 12 });
  whole = simulate(withDefaults({ seed: 2 }), { endDay: 6, sampleHours: 12 });
}, 60_000);
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('a run still being computed', () => {
  it('is described at its last computed day, and at the day asked for once it gets there', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const store = createLobuleStore({ day: 5 });
    store.getState().setRun(partial, 1, false);
    render(<StoreProvider store={store}><LiveDescription /></StoreProvider>);
    act(() => store.getState().setDay(5.25));
    act(() => vi.advanceTimersByTime(LIVE_GAP_MS));
    const live = screen.getByTestId('live-description');
    expect(live.textContent).toMatch(/^Day 1, /);
    act(() => store.getState().setRun(whole));
    act(() => vi.advanceTimersByTime(LIVE_GAP_MS));
    expect(live.textContent).toMatch(/^Day 5.25, Involution II/);
  });

  it('has a scorecard that waits for the end of the run before saying the fat was never half back', () => {
    const card = (complete: boolean) => {
      cleanup();
      render(<StoreProvider store={createLobuleStore()}><Scorecard side="untreated" run={{ settings: partial.settings, samples: partial.samples, sampleHours: partial.sampleHours, complete }} day={1} /></StoreProvider>);
      return document.querySelector('[data-figure=fatHalfFullDay] dd')!.textContent;
    };
    expect(partial.samples.some((s) => s.adipocyteFill >= 0.5)).toBe(false);
    expect(card(false)).toBe('not yet computed');
    expect(card(true)).toBe('not by day 28');
  });
});

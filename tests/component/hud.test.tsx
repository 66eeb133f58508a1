// @vitest-environment jsdom
// The HUD in a DOM (no WebGL): the clock in words, the switches, the numbers and the notices.

import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sampleAtDay } from '../../src/sim/sample-at-day';
import { withDefaults } from '../../src/sim/settings';
import { simulate, type SimulationRun } from '../../src/sim/simulate';
import { READOUT_EVERY_MS } from '../../src/state/readout-beat';
import { createLobuleStore, type LobuleStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { Hud } from '../../src/ui/Hud';

let run: SimulationRun;
beforeAll(() => {
  run = simulate(withDefaults({ seed: 2 }), { endDay: 6, sampleHours: 12 });
}, 60_000); // a shared, loaded machine can take a while to simulate
afterEach(cleanup);

function renderHud(store: LobuleStore) {
  return render(<StoreProvider store={store}><Hud /></StoreProvider>);
}

describe('the HUD', () => {
  it('says the phase, the mouse day and a human equivalent marked illustrative', () => {
    const store = createLobuleStore({ day: 5 });
    store.getState().setRun(run);
    renderHud(store);
    expect(screen.getByTestId('phase').textContent).toBe('Involution II (remodelling)');
    expect(screen.getByTestId('day').textContent).toBe('Day 5');
    expect(screen.getByText(/3 months after weaning/)).toBeTruthy();
    expect(screen.getAllByRole('button', { name: '[INF] illustrative: the human equivalent' }).length).toBeGreaterThan(0);
  });

  it('names each [INF] mark for what it qualifies, so a screen reader\'s list of buttons tells them apart', () => {
    const store = createLobuleStore({ day: 5 });
    store.getState().setRun(run);
    renderHud(store);
    const names = screen.getAllByRole('button', { name: /\[INF\]/ }).map((b) => b.getAttribute('aria-label'));
    expect(names.length).toBeGreaterThan(5);
    expect(names).not.toContain(null);
    expect(names).toContain('[INF] illustrative: Cell populations over time');
    expect(names).toContain('[INF] illustrative: Macrophage');
    // Alike only within one phrase: the human time's words and its bare mark (the layout shows one),
    // and the legend's note on sizes, which holds two marks.
    expect(new Set(names).size).toBeGreaterThanOrEqual(names.length - 2);
  });

  it('names the phase of the exact day, not of a rounded one, and follows the clock', () => {
    const store = createLobuleStore({ day: 1.9 });
    renderHud(store);
    expect(screen.getByTestId('phase').textContent).toBe('Involution I (reversible)');
    expect(screen.getByTestId('day').textContent).toBe('Day 1.9');
    act(() => store.getState().setDay(2.04));
    expect(screen.getByTestId('phase').textContent).toBe('Involution II (remodelling)');
    expect(screen.getByTestId('day').textContent).toBe('Day 2.04');
  });

  it('while playing, shows the day to the tenth and the phase of a new whole day at once; paused, the exact day', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
    try {
      const store = createLobuleStore({ day: 1.9 });
      renderHud(store);
      act(() => store.getState().play());
      const playing = store.getState();
      act(() => store.getState().setDay(2.04));
      // A new whole day while playing is no store update; the phase follows it all the same.
      expect(store.getState()).toBe(playing);
      expect(screen.getByTestId('phase').textContent).toBe('Involution II (remodelling)');
      act(() => vi.advanceTimersByTime(READOUT_EVERY_MS));
      expect(screen.getByTestId('day').textContent).toBe('Day 2');
      act(() => store.getState().setDay(2.37));
      act(() => vi.advanceTimersByTime(READOUT_EVERY_MS));
      expect(screen.getByTestId('day').textContent).toBe('Day 2.4');
      act(() => store.getState().pause());
      expect(screen.getByTestId('day').textContent).toBe('Day 2.37');
      act(() => vi.advanceTimersByTime(2 * READOUT_EVERY_MS));
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows the day to the tenth while the tour moves it, as while playing', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
    try {
      const store = createLobuleStore({ day: -1.77 });
      renderHud(store);
      expect(screen.getByTestId('day').textContent).toBe('Day -1.77');
      act(() => store.getState().enterTourChapter(0, [], true));
      act(() => store.getState().setDay(-1.73));
      act(() => vi.advanceTimersByTime(2 * READOUT_EVERY_MS));
      expect(screen.getByTestId('day').textContent).toBe('Day -1.7');
    } finally {
      vi.useRealTimers();
    }
  });

  it('in compare, names the lobule whose numbers the table shows', () => {
    const store = createLobuleStore({ day: 5 });
    store.getState().setRun(run);
    renderHud(store);
    expect(screen.getByRole('heading', { name: 'In this lobule now' })).toBeTruthy();
    act(() => store.getState().setCompare(true));
    expect(screen.getByRole('heading', { name: 'In the untreated lobule now' })).toBeTruthy();
    act(() => store.getState().setRun({ ...run, settings: { ...run.settings, clearance: true } }));
    expect(screen.getByRole('heading', { name: 'In the senolytic lobule now' })).toBeTruthy();
  });

  it('in an embed, the senolytic chip says compare shows both arms, not "Senolytic: off" over a senolytic lobule', () => {
    const store = createLobuleStore({ day: 5, mode: 'embed' });
    store.getState().setRun(run);
    renderHud(store);
    expect(screen.getByTestId('state-clearance').textContent).toBe('Senolytic: off');
    act(() => store.getState().setCompare(true));
    expect(screen.getByTestId('state-clearance').textContent).toBe('Untreated vs senolytic d2–6');
  });

  it('offers About the science in the Controls drawer as well as the title card (small screens show the drawer\'s)', () => {
    const store = createLobuleStore({ day: 5 });
    store.getState().setRun(run);
    renderHud(store);
    fireEvent.click(screen.getByTestId('about-button-panel'));
    expect(store.getState().aboutSection).toBe('study');
  });

  it('shows the numbers of the current day, with tumour rows only when a tumour is seeded', () => {
    const store = createLobuleStore({ day: 5 });
    store.getState().setRun(run);
    const { container } = renderHud(store);
    const sample = run.samples.find((s) => s.day === 5)!;
    expect(container.querySelector('[data-metric=senescentCells] td')!.textContent).toBe(String(sample.senescentCells));
    expect(container.querySelector('[data-metric=tumourCells]')).toBeNull();
  });

  it('plays without re-rendering React every frame: the day and the numbers follow by subscription', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance', 'Date'] });
    try {
      const store = createLobuleStore({ day: 4 });
      store.getState().setRun(run);
      let commits = 0;
      const { container } = render(
        <StoreProvider store={store}><Profiler id="hud" onRender={() => commits++}><Hud /></Profiler></StoreProvider>,
      );
      act(() => store.getState().play());
      commits = 0;
      // Two simulated days at 60 frames a day: 120 frames, 8 quarter-day ticks.
      for (let k = 1; k <= 120; k++) {
        act(() => {
          vi.advanceTimersByTime(1000 / 60);
          store.getState().setDay(4 + k / 60);
        });
        if (k === 60) expect(screen.getByTestId('day').textContent).not.toBe('Day 4');
      }
      // Only the human time's words change on these days (weeks to months); the rest is written
      // straight into the DOM.
      expect(commits).toBeLessThanOrEqual(3);
      act(() => store.getState().pause());
      expect(screen.getByTestId('day').textContent).toBe('Day 6');
      const sample = sampleAtDay(run, 6);
      expect(container.querySelector('[data-metric=senescentCells] td')!.textContent).toBe(String(sample.senescentCells));
    } finally {
      vi.useRealTimers();
    }
  });

  it('turns the senolytic on from its switch and marks its window on the timeline', () => {
    const store = createLobuleStore();
    renderHud(store);
    fireEvent.click(screen.getByTestId('switch-clearance'));
    expect(store.getState().settings.clearance).toBe(true);
    expect(screen.getByRole('button', { name: 'Senolytic d2–6' })).toBeTruthy();
  });

  it('marks the senolytic window on the timeline in compare, where one lobule is treated, with the switch off', () => {
    const store = createLobuleStore();
    renderHud(store);
    expect(screen.queryByRole('button', { name: 'Senolytic d2–6' })).toBeNull();
    act(() => store.getState().setCompare(true));
    expect(store.getState().settings.clearance).toBe(false);
    expect(screen.getByRole('button', { name: 'Senolytic d2–6' })).toBeTruthy();
  });

  it('plays and pauses from the play button and the space bar', () => {
    const store = createLobuleStore();
    renderHud(store);
    fireEvent.click(screen.getByTestId('play'));
    expect(store.getState().playing).toBe(true);
    fireEvent.keyDown(window, { key: ' ' });
    expect(store.getState().playing).toBe(false);
  });

  it('shows a notice until it is dismissed', () => {
    const store = createLobuleStore();
    store.getState().addNotice('Ignored day=banana: expected a number from -3 to 28.');
    renderHud(store);
    const notice = screen.getByTestId('notice');
    expect(notice.textContent).toContain('day=banana');
    act(() => fireEvent.click(within(notice).getByRole('button', { name: 'Dismiss' })));
    expect(screen.queryByTestId('notice')).toBeNull();
  });

  it('keys the picture in the title card, dimming what the day has none of: senescent cells join it in involution', () => {
    const store = createLobuleStore({ day: -1 });
    store.getState().setRun(run);
    renderHud(store);
    const key = screen.getByTestId('picture-key');
    const row = (label: string) => key.querySelector<HTMLElement>(`[data-key-row="${label}"]`)!;
    expect(within(key).getByText('Senescent cell + SASP halo')).toBeTruthy();
    expect(row('key.senescent').dataset.present).toBe('false');
    expect(row('key.alveolar').dataset.present).toBe('true');
    expect(key.querySelector('[data-key-row="key.tumour"]')).toBeNull();
    act(() => store.getState().setDay(5));
    expect(sampleAtDay(run, 5).senescentCells).toBeGreaterThan(0);
    expect(row('key.senescent').dataset.present).toBe('true');
    // While playing, a new quarter day is a light move, no store update: the key follows it too.
    act(() => store.getState().setDay(-1));
    act(() => store.getState().play());
    // Seed 2's first senescent cells are in the day-1 sample, which the quarter day 0.75 shows.
    expect(sampleAtDay(run, 0.25).senescentCells).toBe(0);
    expect(sampleAtDay(run, 0.75).senescentCells).toBeGreaterThan(0);
    act(() => store.getState().setDay(0.3));
    expect(row('key.senescent').dataset.present).toBe('false');
    let storeUpdates = 0;
    const unsubscribe = store.subscribe(() => storeUpdates++);
    act(() => store.getState().setDay(0.8));
    unsubscribe();
    expect(storeUpdates).toBe(0);
    expect(row('key.senescent').dataset.present).toBe('true');
  });

  it('marks illustrative shapes in the legend and explains the SA-β-gal stain', () => {
    const store = createLobuleStore({ colourMode: 'sabgal' });
    renderHud(store);
    const legend = screen.getByText('Legend').closest('details')!;
    expect(within(legend).getAllByText('[INF]').length).toBeGreaterThan(3);
    expect(screen.getByText(/SA-β-gal is a lab stain/)).toBeTruthy();
    // The picture key, read first, says so too, and names no halo the stain cannot show.
    const key = screen.getByTestId('picture-key');
    expect(within(key).getByTestId('key-stain').textContent).toBe('SA-β-gal stain: the lab’s colours; only senescent cells take it.');
    expect(within(key).getByText('Senescent cell (stained)')).toBeTruthy();
    expect(within(key).queryByText(/SASP halo/)).toBeNull();
    act(() => store.getState().setColourMode('cells'));
    expect(within(key).queryByTestId('key-stain')).toBeNull();
    expect(within(key).getByText('Collagen fibre, orange while remodelled')).toBeTruthy();
  });

  it('puts every switch, the clock and the view back with the Reset button', () => {
    const store = createLobuleStore({ day: 12, compare: true, cutaway: false });
    store.getState().setClearance(true);
    store.getState().setTumour(true);
    renderHud(store);
    act(() => fireEvent.click(screen.getByRole('button', { name: 'Reset' })));
    expect(store.getState()).toMatchObject({ day: -3, compare: false, cutaway: true });
    expect(store.getState().settings).toMatchObject({ clearance: false, tumour: false });
  });
});

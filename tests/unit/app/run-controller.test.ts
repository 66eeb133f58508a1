// Runs are recomputed when settings change; only the newest request is computed to the end, the
// first run is shown as it streams in, and after a change the old run stays on screen until the
// new one reaches the day shown. (In Node there is no Worker: this exercises the sliced main-thread
// fallback, which shares its computing loop with the worker.)

import { describe, expect, it, vi } from 'vitest';
import { createRunController, startRunController } from '../../../src/app/run-controller';
import { DEFAULT_SETTINGS } from '../../../src/sim/settings';
import type { SimulationRun } from '../../../src/sim/simulate';
import { createLobuleStore } from '../../../src/state/store';

const settings = (seed: number) => ({ ...DEFAULT_SETTINGS, clearanceWindowDays: [2, 6] as [number, number], seed });

describe('the run controller', () => {
  it('streams the first run from day −3 and computes only the newest of a burst of requests', async () => {
    const store = createLobuleStore({ day: 10 });
    const shown: { seed: number; readyUntil: number; done: boolean }[] = [];
    store.subscribe((s, p) => {
      if (s.run !== p.run && s.run) shown.push({ seed: s.run.settings.seed, readyUntil: s.runReadyUntilDay, done: s.runStatus === 'ready' });
    });
    const stop = startRunController(store);
    // The first part (day −3) is on screen long before the run is finished.
    await vi.waitFor(() => expect(store.getState().run).not.toBeNull(), { timeout: 20_000 });
    expect(store.getState().runStatus).toBe('computing');
    expect(store.getState().run!.frames[0].hour).toBe(-72);

    for (let seed = 1; seed <= 8; seed++) store.getState().setSeed(seed);
    await vi.waitFor(() => expect(store.getState().runStatus).toBe('ready'), { timeout: 60_000, interval: 50 });
    expect(store.getState().run!.settings.seed).toBe(8);
    expect(store.getState().runsCompleted).toBe(1);
    expect(store.getState().run!.history.count).toBeGreaterThan(0);
    // After the burst, seed 8 came on screen only once it reached day 10 (the day shown).
    const firstOfEight = shown.find((s) => s.seed === 8)!;
    expect(firstOfEight.readyUntil).toBeGreaterThanOrEqual(10);
    expect(shown.some((s) => s.seed !== 8 && s.seed !== DEFAULT_SETTINGS.seed)).toBe(false);
    stop();
  }, 90_000);

  it('can run twice at once (a comparison run beside the main one) and stops when disposed', async () => {
    const done: SimulationRun[] = [];
    const a = createRunController({ onRun: (run, _ready, finished) => void (finished && done.push(run)) });
    const b = createRunController({ onRun: (run, _ready, finished) => void (finished && done.push(run)) });
    a.request(settings(3));
    b.request({ ...settings(3), clearance: true });
    await vi.waitFor(() => expect(done).toHaveLength(2), { timeout: 60_000, interval: 50 });
    expect(done.map((r) => r.settings.clearance).sort()).toEqual([false, true]);
    a.request(settings(4));
    a.dispose();
    b.dispose();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(done).toHaveLength(2);
  }, 90_000);
});

// Runs are recomputed when settings change; only the newest request counts, and the old run stays
// on screen meanwhile. (In Node there is no Worker, so this exercises the main-thread fallback.)

import { afterEach, describe, expect, it, vi } from 'vitest';
import { startRunController } from '../../../src/app/run-controller';
import { createLobuleStore } from '../../../src/state/store';

afterEach(() => vi.useRealTimers());

describe('the run controller', () => {
  it('computes only the newest settings and keeps the last run until the next arrives', async () => {
    vi.useFakeTimers();
    const store = createLobuleStore();
    const stop = startRunController(store);
    expect(store.getState().runStatus).toBe('computing');
    store.getState().setClearance(true);
    await vi.advanceTimersByTimeAsync(100);
    const first = store.getState().run!;
    expect(store.getState().runStatus).toBe('ready');
    expect(first.settings.clearance).toBe(true);

    store.getState().setSeed(5);
    expect(store.getState()).toMatchObject({ runStatus: 'computing', run: first });
    await vi.advanceTimersByTimeAsync(100);
    expect(store.getState().run!.settings.seed).toBe(5);
    stop();
  }, 60_000);
});

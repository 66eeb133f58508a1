// The sliced computation behind the worker: a run asked to hold after its first part computes
// nothing more until it is resumed, or until the hold runs out; cancelling ends a hold for good.

import { describe, expect, it, vi } from 'vitest';
import { computeRunInSlices } from '../../../src/app/run-computation';
import type { RunPart } from '../../../src/app/run-parts';
import { DEFAULT_SETTINGS } from '../../../src/sim/settings';

const soon = (next: () => void): void => void setTimeout(next, 0);

describe('computing a run in slices', () => {
  it('holds after the first part until resumed, then computes to the end', async () => {
    const parts: RunPart[] = [];
    const computation = computeRunInSlices(DEFAULT_SETTINGS, (p) => parts.push(p), (e) => { throw new Error(e); }, soon, { holdAfterFirstPartMs: 60_000 });
    await vi.waitFor(() => expect(parts).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Held: still only the first part (day −3).
    expect(parts).toHaveLength(1);
    computation.resume();
    await vi.waitFor(() => expect(parts.at(-1)?.done).toBe(true), { timeout: 60_000, interval: 20 });
    expect(parts.length).toBeGreaterThan(2);
  }, 90_000);

  it('goes on by itself when the hold runs out, and a cancelled run stays stopped', async () => {
    const parts: RunPart[] = [];
    computeRunInSlices(DEFAULT_SETTINGS, (p) => parts.push(p), (e) => { throw new Error(e); }, soon, { holdAfterFirstPartMs: 50 });
    await vi.waitFor(() => expect(parts.length).toBeGreaterThan(1), { timeout: 10_000, interval: 20 });

    const cancelledParts: RunPart[] = [];
    const cancelled = computeRunInSlices(DEFAULT_SETTINGS, (p) => cancelledParts.push(p), (e) => { throw new Error(e); }, soon, { holdAfterFirstPartMs: 50 });
    await vi.waitFor(() => expect(cancelledParts).toHaveLength(1));
    cancelled.cancel();
    cancelled.resume();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(cancelledParts).toHaveLength(1);
  }, 90_000);
});

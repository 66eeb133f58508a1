// Compare computes a second run with the senolytic flipped, follows the settings, and drops it
// when compare is turned off. (In Node there is no Worker: the run controller's main-thread path.)

import { describe, expect, it, vi } from 'vitest';
import { startComparisonController } from '../../../src/app/comparison-controller';
import { comparisonSettings, untreatedAndSenolytic } from '../../../src/sim/compare-runs';
import { DEFAULT_SETTINGS } from '../../../src/sim/settings';
import { createLobuleStore } from '../../../src/state/store';

describe('the comparison', () => {
  it('flips only the senolytic, and names the pair whichever side the switch shows', () => {
    const settings = { ...DEFAULT_SETTINGS, seed: 4, tumour: true };
    expect(comparisonSettings(settings)).toEqual({ ...settings, clearance: true });
    const plain = { settings };
    const treated = { settings: comparisonSettings(settings) };
    expect(untreatedAndSenolytic(plain, treated)).toEqual({ untreated: plain, senolytic: treated });
    expect(untreatedAndSenolytic(treated, plain)).toEqual({ untreated: plain, senolytic: treated });
    expect(untreatedAndSenolytic(plain, null)).toEqual({ untreated: plain, senolytic: null });
  });

  it('computes the other side only while compare is on, and hands it over finished', async () => {
    const store = createLobuleStore();
    const stop = startComparisonController(store);
    expect(store.getState().comparisonRun).toBeNull();
    store.getState().setTumour(true, 3);
    store.getState().setCompare(true);
    await vi.waitFor(() => expect(store.getState().comparisonRun).not.toBeNull(), { timeout: 60_000, interval: 50 });
    expect(store.getState().comparisonRun!.frames.at(-1)!.hour).toBe(28 * 24);
    expect(store.getState().comparisonRun!.settings).toMatchObject({ clearance: true, tumour: true, tumourSeedDay: 3, seed: DEFAULT_SETTINGS.seed });
    store.getState().setCompare(false);
    expect(store.getState().comparisonRun).toBeNull();
    stop();
  }, 90_000);
});

// Many seeds of one setting: the mean and standard deviation of every metric at every sample,
// to teach that one run is not the answer (the CLI's --runs, and ensemble views).

import { NUMERIC_METRICS, type MetricsSample } from './metrics';
import type { SimulationSettings } from './settings';
import { simulate, type SimulateOptions } from './simulate';

export interface EnsembleResult {
  seeds: number[];
  mean: MetricsSample[];
  sd: MetricsSample[];
  msPerStep: number;
  agents: number;
  steps: number;
}

export function simulateEnsemble(settings: SimulationSettings, runs: number, options: SimulateOptions = {}): EnsembleResult {
  const seeds = Array.from({ length: runs }, (_, k) => settings.seed + k);
  const results = seeds.map((seed) => simulate({ ...settings, seed }, options));
  const all = results.map((r) => r.samples);
  const mean = all[0].map((first, t) => {
    const sample: MetricsSample = { ...first };
    for (const f of NUMERIC_METRICS) sample[f] = all.reduce((s, r) => s + r[t][f], 0) / runs;
    return sample;
  });
  const sd = all[0].map((first, t) => {
    const sample: MetricsSample = { ...first };
    for (const f of NUMERIC_METRICS) {
      const m = mean[t][f];
      sample[f] = f === 'day' ? first.day : Math.sqrt(all.reduce((s, r) => s + (r[t][f] - m) ** 2, 0) / runs);
    }
    return sample;
  });
  return {
    seeds,
    mean,
    sd,
    msPerStep: results.reduce((s, r) => s + r.timing.msPerStep, 0) / runs,
    agents: Math.max(...results.map((r) => r.timing.agents)),
    steps: results[0].timing.steps,
  };
}

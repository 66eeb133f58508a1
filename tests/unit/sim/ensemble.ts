// Test helper: the mean metrics of a setting over 8 pinned seeds, from the CLI (`--runs 8`), which
// runs the model as native ES modules (several times faster than inside the test runner).

import { execFileSync } from 'node:child_process';
import type { NumericMetric } from '../../../src/sim/metrics';

export const FIRST_SEED = 11;
export const RUNS = 8;

export type MeanSample = Record<NumericMetric, number>;

const cache = new Map<string, MeanSample[]>();

/** Runs `npm run sim` with these extra arguments and returns its parsed JSON. */
export function runCli(args: string[]): { samples: MeanSample[]; [key: string]: unknown } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'cli/sim.ts', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

export function ensembleMean(args: string[]): MeanSample[] {
  const key = args.join(' ');
  let samples = cache.get(key);
  if (!samples) {
    samples = runCli(['--seed', String(FIRST_SEED), '--runs', String(RUNS), ...args]).samples;
    cache.set(key, samples);
  }
  return samples;
}

export const at = (samples: MeanSample[], day: number): MeanSample => {
  const found = samples.find((s) => Math.abs(s.day - day) < 1e-6);
  if (!found) throw new Error(`no sample on day ${day}`);
  return found;
};

export const peakOf = (samples: MeanSample[], field: NumericMetric): MeanSample =>
  samples.reduce((best, s) => (s[field] > best[field] ? s : best), samples[0]);

/** The first day on which `field` reaches `level`, or Infinity. */
export const firstDayReaching = (samples: MeanSample[], field: NumericMetric, level: number): number =>
  samples.find((s) => s[field] >= level)?.day ?? Infinity;

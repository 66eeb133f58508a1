// Test helper: the mean metrics of a setting over 8 pinned seeds, from the CLI (`--runs 8`), which
// runs the model as native ES modules (several times faster than inside the test runner).
//
// Five test files ask for the same ensembles (the untreated one three times), each in a process of
// its own, so each result is also kept on disk under the model's fingerprint: a hash of every file
// the CLI runs (src/sim, cli). The model is deterministic, so the same code and arguments give the
// same numbers; any edit to the model (or another Node) changes the fingerprint and the ensembles
// are computed afresh.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NumericMetric } from '../../../src/sim/metrics';

export const FIRST_SEED = 11;
export const RUNS = 8;

export type MeanSample = Record<NumericMetric, number>;

const cache = new Map<string, MeanSample[]>();
const CACHE_DIR = join('node_modules', '.cache', 'lobule-ensembles');

/** Every source file under these folders, in a stable order. */
function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

let fingerprint: string | null = null;
/** A hash of the code the CLI runs (the model and the CLI itself) and of the Node that runs it. */
function modelFingerprint(): string {
  if (fingerprint === null) {
    // Node's version too: another engine's Math could round a step differently.
    const hash = createHash('sha256').update(process.version).update('\0');
    for (const file of [...sourcesUnder('src/sim'), ...sourcesUnder('cli')]) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
    fingerprint = hash.digest('hex').slice(0, 16);
  }
  return fingerprint;
}

/** Runs `npm run sim` with these extra arguments and returns its parsed JSON. */
export function runCli(args: string[]): { samples: MeanSample[]; [key: string]: unknown } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'cli/sim.ts', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

export function ensembleMean(args: string[]): MeanSample[] {
  const key = args.join(' ');
  let samples = cache.get(key);
  if (!samples) {
    const file = join(CACHE_DIR, `${modelFingerprint()}-${createHash('sha256').update(key).digest('hex').slice(0, 16)}.json`);
    try {
      samples = JSON.parse(readFileSync(file, 'utf8')) as MeanSample[];
    } catch {
      samples = runCli(['--seed', String(FIRST_SEED), '--runs', String(RUNS), ...args]).samples;
      // Written whole, then renamed: a test file reading at the same moment sees all of it or none.
      mkdirSync(CACHE_DIR, { recursive: true });
      const partial = `${file}.${process.pid}`;
      writeFileSync(partial, JSON.stringify(samples));
      renameSync(partial, file);
    }
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

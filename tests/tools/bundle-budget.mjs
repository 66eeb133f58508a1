// Fails `npm test` when the built JavaScript outgrows its budget (all of it ≤ 420 KB gzip), or when
// the main thread's chunks carry a copy of the simulation (it belongs in the worker, and in the
// fallback chunk that is loaded only where workers cannot start). Run after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 420;
/** Text only the simulation's stepper contains (sim/simulate.ts). */
const SIM_MARKER = 'the run is not finished';
/** Chunks allowed to hold the simulation. */
const SIM_CHUNKS = /^(simulation\.worker|run-computation)-/;

const dir = 'dist/assets';
let total = 0;
const problems = [];
const rows = [];
for (const name of readdirSync(dir).filter((n) => n.endsWith('.js')).sort()) {
  const text = readFileSync(join(dir, name));
  const gzip = gzipSync(text, { level: 9 }).length;
  total += gzip;
  rows.push(`  ${name.padEnd(40)} ${(gzip / 1024).toFixed(1).padStart(6)} KB gzip`);
  if (!SIM_CHUNKS.test(name) && text.includes(SIM_MARKER)) problems.push(`${name} carries a copy of the simulation`);
}
console.log(`JavaScript, gzip:\n${rows.join('\n')}\n  total ${(total / 1024).toFixed(1)} KB (budget ${BUDGET_KB} KB)`);
if (total > BUDGET_KB * 1024) problems.push(`all JavaScript is ${(total / 1024).toFixed(1)} KB gzip, over the ${BUDGET_KB} KB budget`);
if (!rows.some((r) => /simulation\.worker-/.test(r))) problems.push('no simulation worker chunk found');
if (problems.length > 0) {
  for (const p of problems) console.error(`bundle budget: ${p}`);
  process.exit(1);
}

// `npm run bench`: prints the speed and memory figures the README quotes. Not a test: these
// machines are shared and noisy, so figures are printed, never asserted.

import { colourTableFor, structureColoursFor } from '../../src/scene/instances/colour-table';
import { createShapeMeshes } from '../../src/scene/instances/create-shape-meshes';
import { writeTissue } from '../../src/scene/instances/write-tissue';
import { withDefaults } from '../../src/sim/settings';
import { simulate } from '../../src/sim/simulate';
import { createTissueSnapshot, readTissueAt } from '../../src/sim/tissue-snapshot';

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (n: number, digits = 3): string => n.toFixed(digits);

function stepCost(scale: number, seeds: number[]): { msPerStep: number; agents: number; usPerAgentStep: number } {
  const runs = seeds.map((seed) => simulate(withDefaults({ seed, scale, tumour: true })));
  const msPerStep = median(runs.map((r) => r.timing.msPerStep));
  const agents = median(runs.map((r) => r.timing.agents));
  return { msPerStep, agents, usPerAgentStep: (msPerStep * 1000) / agents };
}

// Warm the JIT so the first figure is not a cold start.
simulate(withDefaults({ seed: 99 }), { endDay: 2 });

console.log('Lobule benchmark (one core; median of several seeds)\n');
const one = stepCost(1, [1, 2, 3, 4, 5]);
console.log(`scale 1: ${fmt(one.msPerStep)} ms per 1-hour step, ${one.agents} agents at peak, ${fmt(one.usPerAgentStep)} µs per agent-step`);
const four = stepCost(4, [1, 2, 3]);
console.log(`scale 4: ${fmt(four.msPerStep)} ms per 1-hour step, ${four.agents} agents at peak, ${fmt(four.usPerAgentStep)} µs per agent-step`);
console.log(`cost per agent at scale 4 / scale 1: ${fmt(four.usPerAgentStep / one.usPerAgentStep, 2)}× (goal ≤ 1.4×)`);

const timeline: number[] = [];
let run = simulate(withDefaults({ seed: 1, tumour: true }), { recordFrames: true });
for (let k = 0; k < 5; k++) {
  const started = performance.now();
  run = simulate(withDefaults({ seed: 1 + k, tumour: true }), { recordFrames: true });
  timeline.push(performance.now() - started);
}
const frameBytes = run.frames.reduce((sum, f) => sum + f.x.byteLength * 4 + f.fate.byteLength + f.signal.byteLength + f.alveolusRadiusUm.byteLength * 2, 0);
console.log(`\nwhole timeline (day −3 to 28) with frames, as the app computes it: ${fmt(median(timeline), 0)} ms`);
console.log(`frames kept for seeking: ${run.frames.length}, ${fmt(frameBytes / 1e6, 1)} MB`);

const snapshot = createTissueSnapshot();
const seeks: number[] = [];
for (let k = 0; k < 200; k++) {
  const day = -3 + ((k * 7.31) % 31);
  const started = performance.now();
  readTissueAt(run, day, snapshot);
  seeks.push(performance.now() - started);
}
console.log(`seek to any day (interpolated snapshot of ${snapshot.slotCount} agents): ${fmt(median(seeks))} ms`);

const meshes = createShapeMeshes(run.structure);
const writes: number[] = [];
for (let k = 0; k < 200; k++) {
  readTissueAt(run, 2 + k * 0.05, snapshot);
  const started = performance.now();
  writeTissue(snapshot, run.structure, meshes, colourTableFor('cells'), structureColoursFor('cells'));
  writes.push(performance.now() - started);
}
console.log(`write every instance buffer from a snapshot: ${fmt(median(writes))} ms per drawn frame`);

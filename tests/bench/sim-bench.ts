// `npm run bench`: prints the speed and memory figures the README quotes. Not a test: these
// machines are shared and noisy, so figures are printed, never asserted.

import { colourTableFor, structureColoursFor } from '../../src/scene/instances/colour-table';
import { createShapeMeshes } from '../../src/scene/instances/create-shape-meshes';
import { writeTissue } from '../../src/scene/instances/write-tissue';
import { buildLobule } from '../../src/sim/layout/build-lobule';
import { advanceOneStep, createLobuleModel, type LobuleModel } from '../../src/sim/model';
import { withDefaults } from '../../src/sim/settings';
import { simulate } from '../../src/sim/simulate';
import { createTissueSnapshot, readTissueAt } from '../../src/sim/tissue-snapshot';

/** This process's CPU time in ms: steadier than wall time on a shared machine. */
const cpuMs = (): number => process.cpuUsage().user / 1000;

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

// Cost per step where few agents are gone (day 0) and where most slots are gone agents (day 20):
// rules iterate the living slots only, so the day-20 step should not cost more per agent present.
function stepCostOnDay(scale: number, day: number, seeds: number[]): { msPerStep: number; living: number; slots: number } {
  const results = seeds.map((seed) => {
    const model: LobuleModel = createLobuleModel(withDefaults({ seed, scale, tumour: true }));
    while (model.hour < day * 24) advanceOneStep(model);
    const started = cpuMs();
    for (let k = 0; k < 24; k++) advanceOneStep(model);
    return { msPerStep: (cpuMs() - started) / 24, living: model.tissue.livingCount, slots: model.tissue.count };
  });
  return { msPerStep: median(results.map((r) => r.msPerStep)), living: median(results.map((r) => r.living)), slots: median(results.map((r) => r.slots)) };
}
console.log('\nper-step cost (CPU time, 24 steps from the day, median of 3 seeds, tumour on):');
for (const day of [0, 20]) {
  const c = stepCostOnDay(1, day, [1, 2, 3]);
  console.log(`  day ${day}: ${fmt(c.msPerStep)} ms per step, ${c.living} agents present of ${c.slots} slots, ${fmt((c.msPerStep * 1000) / c.living)} µs per agent-step`);
}

console.log('\nbuilding the lobule (layout), CPU time, median of 3 seeds:');
for (const scale of [1, 4, 8]) {
  buildLobule(100 + scale, scale); // warm
  const times = [1, 2, 3].map((seed) => {
    const started = cpuMs();
    createLobuleModel(withDefaults({ seed, scale }));
    return cpuMs() - started;
  });
  const agents = buildLobule(1, scale).tissue.count;
  console.log(`  scale ${scale}: ${fmt(median(times), 0)} ms (${agents} agents)`);
}

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

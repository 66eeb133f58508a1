// Seeking: the tissue at any day, forwards or back, interpolated between frames so nothing pops.

import { beforeAll, describe, expect, it } from 'vitest';
import { withDefaults } from '../../../src/sim/settings';
import { simulate, type SimulationRun } from '../../../src/sim/simulate';
import { createTissueSnapshot, framesAround, readTissueAt } from '../../../src/sim/tissue-snapshot';

let run: SimulationRun;
beforeAll(() => {
  run = simulate(withDefaults({ seed: 9, tumour: true }), { endDay: 6, recordFrames: true });
});

describe('reading the tissue at a day', () => {
  it('matches a frame exactly on a sample time', () => {
    const snapshot = createTissueSnapshot();
    readTissueAt(run, 3, snapshot);
    const frame = run.frames[framesAround(run, 3).from];
    expect(frame.hour).toBe(72);
    expect(Array.from(snapshot.x.slice(0, frame.count))).toEqual(Array.from(frame.x));
    expect(Array.from(snapshot.radiusUm.slice(0, frame.count))).toEqual(Array.from(frame.radiusUm));
  });

  it('lies halfway between two frames at the half-sample time', () => {
    const snapshot = createTissueSnapshot();
    readTissueAt(run, 3 + 3 / 24, snapshot);
    const { from, to, blend } = framesAround(run, 3 + 3 / 24);
    expect(blend).toBeCloseTo(0.5, 6);
    const a = run.frames[from], b = run.frames[to];
    for (let i = 0; i < a.count; i += 97) expect(snapshot.radiusUm[i]).toBeCloseTo((a.radiusUm[i] + b.radiusUm[i]) / 2, 4);
  });

  it('grows agents born between frames from nothing, and hides those not yet born', () => {
    const snapshot = createTissueSnapshot();
    const { from, to } = framesAround(run, 5.1);
    const a = run.frames[from], b = run.frames[to];
    expect(b.count).toBeGreaterThan(a.count);
    readTissueAt(run, 5.1, snapshot);
    for (let i = a.count; i < b.count; i++) expect(snapshot.radiusUm[i]).toBeLessThan(b.radiusUm[i] + 1e-6);
    for (let i = b.count; i < snapshot.slotCount; i++) expect(snapshot.radiusUm[i]).toBe(0);
  });

  it('answers the same going backwards as forwards, and bumps the version only on change', () => {
    const forward = createTissueSnapshot();
    readTissueAt(run, 1, forward);
    readTissueAt(run, 4.4, forward);
    const back = createTissueSnapshot();
    readTissueAt(run, 6, back);
    readTissueAt(run, 4.4, back);
    expect(Array.from(back.y)).toEqual(Array.from(forward.y));
    const version = back.version;
    expect(readTissueAt(run, 4.4, back)).toBe(false);
    expect(back.version).toBe(version);
  });

  it('clamps days outside the run to its ends', () => {
    const snapshot = createTissueSnapshot();
    readTissueAt(run, -10, snapshot);
    expect(framesAround(run, -10)).toEqual({ from: 0, to: 0, blend: 0 });
    expect(framesAround(run, 99).from).toBe(run.frames.length - 1);
  });

  it('writes the frame pair into the one it is given, whatever it held', () => {
    const pair = { from: 7, to: 8, blend: 0.5 };
    for (const day of [-10, 3 + 3 / 24, 5.1, 99]) {
      expect(framesAround(run, day, pair)).toBe(pair);
      expect(pair).toEqual(framesAround(run, day));
    }
  });
});

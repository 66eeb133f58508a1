// The same seed and settings always give the same lobule and the same numbers; another seed does not.

import { describe, expect, it } from 'vitest';
import { createLobuleModel, step } from '../../../src/sim/model';
import { withDefaults } from '../../../src/sim/settings';
import { simulate } from '../../../src/sim/simulate';

const short = { endDay: 4, sampleHours: 12 };

describe('determinism', () => {
  it('gives identical samples for the same seed and settings', () => {
    const a = simulate(withDefaults({ seed: 7, tumour: true }), short);
    const b = simulate(withDefaults({ seed: 7, tumour: true }), short);
    expect(b.samples).toEqual(a.samples);
  });

  it('gives a different lobule for another seed', () => {
    const a = simulate(withDefaults({ seed: 7 }), short);
    const b = simulate(withDefaults({ seed: 8 }), short);
    expect(b.samples).not.toEqual(a.samples);
  });

  it('does not depend on how time is cut into calls of step()', () => {
    const once = createLobuleModel(withDefaults({ seed: 3 }));
    const many = createLobuleModel(withDefaults({ seed: 3 }));
    step(once, 120);
    for (let h = 0; h < 120; h++) step(many, 1);
    expect(Array.from(many.tissue.fate.slice(0, many.tissue.count))).toEqual(Array.from(once.tissue.fate.slice(0, once.tissue.count)));
    expect(many.hour).toBe(once.hour);
  });

  it('records frames only when asked, one per sample', () => {
    expect(simulate(withDefaults({ seed: 2 }), short).frames).toHaveLength(0);
    const run = simulate(withDefaults({ seed: 2 }), { ...short, recordFrames: true });
    expect(run.frames).toHaveLength(run.samples.length);
  });
});

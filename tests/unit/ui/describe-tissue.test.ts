// The live description says in one sentence, in English or French, what the tissue is doing,
// from the run's own numbers.

import { beforeAll, describe, expect, it } from 'vitest';
import { sampleAtDay } from '../../../src/sim/sample-at-day';
import { withDefaults, type SimulationSettings } from '../../../src/sim/settings';
import { simulate, type SimulationRun } from '../../../src/sim/simulate';
import { describeTissue } from '../../../src/ui/live/describe-tissue';

let untreated: SimulationRun;
let treated: SimulationRun;
beforeAll(() => {
  untreated = simulate(withDefaults({ seed: 11, scale: 0.5 }), { endDay: 9, sampleHours: 6 });
  treated = simulate(withDefaults({ seed: 11, scale: 0.5, clearance: true }), { endDay: 9, sampleHours: 6 });
}, 120_000);

const at = (run: SimulationRun, day: number, settings: SimulationSettings = run.settings) => ({
  day, now: sampleAtDay(run, day), weaning: sampleAtDay(run, 0), lactation: run.samples[0], settings,
});

describe('the live description', () => {
  it('describes involution II in English: day, phase, tissue, senescent share, macrophages, the senolytic', () => {
    const sentence = describeTissue(at(untreated, 5), 'en');
    expect(sentence).toMatch(/^Day 5, Involution II \(remodelling\): alveoli [a-z ,]+; \d+% of the remaining milk cells are senescent and signalling; macrophages at \d+ times their lactation number; no senolytic\.$/);
    const share = Number(/(\d+)%/.exec(sentence)![1]);
    const sample = sampleAtDay(untreated, 5);
    expect(share).toBe(Math.round((100 * sample.senescentCells) / sample.alveolarCells));
  });

  it('says the same in French, numbers written the French way', () => {
    const sentence = describeTissue(at(untreated, 5.25), 'fr');
    expect(sentence).toMatch(/^Jour 5,25, Involution II \(remodelage\) : alvéoles [^;]+ ; \d+\s% des cellules à lait restantes sont sénescentes et émettent des signaux ; macrophages \d+ fois plus nombreux qu’en lactation ; pas de sénolytique\.$/);
  });

  it('gives the day as the paused readout does, to the hundredth', () => {
    expect(describeTissue(at(untreated, 0.2), 'en')).toMatch(/^Day 0\.2, /);
    expect(describeTissue(at(untreated, 3.37), 'en')).toMatch(/^Day 3\.37, /);
  });

  it('says milk fills the alveoli and macrophages are at their usual number during lactation', () => {
    expect(describeTissue(at(untreated, -2), 'en')).toBe('Day -2, Lactation: alveoli full of milk; macrophages at their lactation number; no senolytic.');
  });

  it('follows the senolytic through its window, and it leaves fewer senescent cells', () => {
    expect(describeTissue(at(treated, 1), 'en')).toContain('senolytic to come on days 2–6');
    expect(describeTissue(at(treated, 4), 'en')).toContain('senolytic clearing senescent cells');
    expect(describeTissue(at(treated, 8), 'fr')).toContain('sénolytique donné du jour 2 au jour 6');
    const share = (run: SimulationRun): number => Number(/(\d+)%/.exec(describeTissue(at(run, 5), 'en'))?.[1] ?? 0);
    expect(share(treated)).toBeLessThan(share(untreated));
  });
});

// URL parameters set the starting state; a bad one keeps its default and says why.

import { describe, expect, it } from 'vitest';
import { formatUrlParameters, parseUrlParameters } from '../../../src/embed/url-params';
import { DEFAULT_SETTINGS } from '../../../src/sim/settings';

describe('URL parameters', () => {
  it('read day, play, seed, switches and view', () => {
    const { initial, problems } = parseUrlParameters('?day=5&play=0&seed=42&clearance=3-5&tumour=1&view=he');
    expect(problems).toEqual([]);
    expect(initial).toMatchObject({ day: 5, playing: false, colourMode: 'he' });
    expect(initial.settings).toMatchObject({ seed: 42, clearance: true, clearanceWindowDays: [3, 5], tumour: true, tumourSeedDay: 0 });
  });

  it('keep defaults for bad values and name each ignored parameter', () => {
    const { initial, problems } = parseUrlParameters('?day=banana&seed=-3&clearance=9-2&view=neon&bogus=1');
    expect(initial.day).toBeUndefined();
    expect(initial.settings).toBeUndefined();
    expect(initial.colourMode).toBeUndefined();
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/^Ignored day=banana: expected a number from -3 to 28/);
    expect(problems.join(' ')).toMatch(/clearance=9-2/);
    expect(problems.join(' ')).toMatch(/bogus/);
  });

  it('accept the parameters later features read without complaint', () => {
    expect(parseUrlParameters('?lang=fr&mode=kiosk&idle=60&theme=projector&embedOrigin=https%3A%2F%2Fa.b').problems).toEqual([]);
  });

  it('read compare, and write it and a cut-away turned off (on is the default)', () => {
    expect(parseUrlParameters('?compare=1').initial.compare).toBe(true);
    expect(parseUrlParameters('?compare=yes').problems[0]).toMatch(/^Ignored compare=yes: expected 0 or 1/);
    const base = { day: 0, playing: false, settings: { ...DEFAULT_SETTINGS }, colourMode: 'cells' };
    expect(formatUrlParameters({ ...base, cutaway: true })).toBe('?day=0');
    const query = formatUrlParameters({ ...base, cutaway: false, compare: true });
    expect(query).toContain('cutaway=0');
    expect(parseUrlParameters(query).initial).toMatchObject({ cutaway: false, compare: true });
  });

  it('open the tour at a chapter named by its id, and name a chapter that does not exist', () => {
    expect(parseUrlParameters('?tour=senescence').initial).toMatchObject({ tourOpen: true, tourChapter: 2 });
    const { initial, problems } = parseUrlParameters('?tour=intro');
    expect(initial.tourOpen).toBeUndefined();
    expect(problems[0]).toMatch(/^Ignored tour=intro: expected one of lactation, weaning/);
    expect(formatUrlParameters({ day: 0, playing: false, settings: DEFAULT_SETTINGS, colourMode: 'cells', cutaway: false, tourChapterId: 'meaning' })).toContain('tour=meaning');
  });

  it('round-trip through the query the app writes', () => {
    const state = { day: 5.25, playing: false, settings: { ...DEFAULT_SETTINGS, seed: 9, clearance: true, clearanceWindowDays: [2, 5] as [number, number], tumour: true, tumourSeedDay: 1 }, colourMode: 'sabgal', cutaway: false, compare: true };
    const { initial, problems } = parseUrlParameters(formatUrlParameters(state));
    expect(problems).toEqual([]);
    expect(initial).toMatchObject({ day: 5.25, colourMode: 'sabgal', cutaway: false, compare: true });
    expect(initial.settings).toEqual(state.settings);
  });
});

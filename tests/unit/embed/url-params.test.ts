// URL parameters set the starting state; a bad one keeps its default and says why.

import { describe, expect, it } from 'vitest';
import { formatUrlParameters, parseUrlParameters } from '../../../src/embed/url-params';
import { messageText } from '../../../src/i18n/translate';
import { DEFAULT_SETTINGS } from '../../../src/sim/settings';

describe('URL parameters', () => {
  it('read day, play, seed, switches and view', () => {
    const { initial, problems } = parseUrlParameters('?day=5&play=0&seed=42&clearance=3-5&tumour=1&view=he');
    expect(problems).toEqual([]);
    expect(initial).toMatchObject({ day: 5, playing: false, colourMode: 'he' });
    expect(initial.settings).toMatchObject({ seed: 42, clearance: true, clearanceWindowDays: [3, 5], tumour: true, tumourSeedDay: 0 });
  });

  it('keep defaults for bad values and name each ignored parameter', () => {
    const { initial, problems: messages } = parseUrlParameters('?day=banana&seed=-3&clearance=9-2&view=neon&bogus=1');
    const problems = messages.map((m) => messageText(m, 'en'));
    expect(initial.day).toBeUndefined();
    expect(initial.settings).toBeUndefined();
    expect(initial.colourMode).toBeUndefined();
    expect(problems).toHaveLength(5);
    expect(problems[0]).toMatch(/^Ignored day=banana: expected a number from -3 to 28/);
    expect(problems.join(' ')).toMatch(/clearance=9-2/);
    expect(problems.join(' ')).toMatch(/bogus/);
  });

  it('say what was ignored in the reader\'s language', () => {
    const [problem] = parseUrlParameters('?clearance=9-2').problems;
    expect(messageText(problem, 'en')).toBe('Ignored clearance=9-2: expected 0, 1 or START-END with days from -3 to 28, START before END.');
    expect(messageText(problem, 'fr')).toBe('Paramètre clearance=9-2 ignoré : attendu 0, 1 ou DÉBUT-FIN avec des jours de -3 à 28, DÉBUT avant FIN.');
  });

  it('read the language and the theme, and refuse ones the app does not have', () => {
    expect(parseUrlParameters('?lang=fr&theme=projector').initial).toMatchObject({ lang: 'fr', theme: 'projector' });
    const { initial, problems } = parseUrlParameters('?lang=xx&theme=neon');
    expect(initial.lang).toBeUndefined();
    expect(initial.theme).toBeUndefined();
    expect(problems.map((m) => messageText(m, 'en'))).toEqual([
      'Ignored lang=xx: expected one of en, fr.',
      'Ignored theme=neon: expected one of default, projector, high-contrast.',
    ]);
  });

  it('read knock-outs as a comma-separated list, and ignore an unknown one with a message', () => {
    expect(parseUrlParameters('?knockout=sasp,macrophages').initial.settings?.knockouts).toEqual(['macrophages', 'sasp']);
    const bad = parseUrlParameters('?knockout=sasp,p53');
    expect(bad.initial.settings).toBeUndefined();
    expect(messageText(bad.problems[0], 'en')).toBe('Ignored knockout=sasp,p53: expected a comma-separated list of senescence, macrophages, sasp.');
    expect(messageText(bad.problems[0], 'fr')).toMatch(/^Paramètre knockout=sasp,p53 ignoré : attendu une liste/);
  });

  it('accept the parameters later features read without complaint', () => {
    expect(parseUrlParameters('?lang=fr&mode=kiosk&idle=60&theme=projector&embedOrigin=https%3A%2F%2Fa.b').problems).toEqual([]);
  });

  it('read compare, and write it and a cut-away turned off (on is the default)', () => {
    expect(parseUrlParameters('?compare=1').initial.compare).toBe(true);
    expect(messageText(parseUrlParameters('?compare=yes').problems[0], 'en')).toMatch(/^Ignored compare=yes: expected 0 or 1/);
    const base = { day: 0, playing: false, settings: { ...DEFAULT_SETTINGS }, colourMode: 'cells' };
    expect(formatUrlParameters({ ...base, cutaway: true })).toBe('?day=0');
    const query = formatUrlParameters({ ...base, cutaway: false, compare: true });
    expect(query).toContain('cutaway=0');
    expect(parseUrlParameters(query).initial).toMatchObject({ cutaway: false, compare: true });
    // A speed other than the default is shared too (so Reset's default speed clears it from the link).
    expect(formatUrlParameters({ ...base, cutaway: true, speedDaysPerSecond: 4 })).toBe('?day=0&speed=4');
    expect(formatUrlParameters({ ...base, cutaway: true, speedDaysPerSecond: 1 })).toBe('?day=0');
  });

  it('open the tour at a chapter named by its id, and name a chapter that does not exist', () => {
    expect(parseUrlParameters('?tour=senescence').initial).toMatchObject({ tourOpen: true, tourChapter: 2 });
    const { initial, problems } = parseUrlParameters('?tour=intro');
    expect(initial.tourOpen).toBeUndefined();
    expect(messageText(problems[0], 'en')).toMatch(/^Ignored tour=intro: expected one of lactation, weaning/);
    expect(formatUrlParameters({ day: 0, playing: false, settings: DEFAULT_SETTINGS, colourMode: 'cells', cutaway: false, tourChapterId: 'meaning' })).toContain('tour=meaning');
  });

  it('round-trip through the query the app writes', () => {
    const state = { day: 5.25, playing: false, settings: { ...DEFAULT_SETTINGS, seed: 9, clearance: true, clearanceWindowDays: [2, 5] as [number, number], tumour: true, tumourSeedDay: 1, knockouts: ['senescence', 'sasp'] as ('senescence' | 'sasp')[] }, colourMode: 'sabgal', cutaway: false, compare: true, lang: 'fr', theme: 'high-contrast' };
    const { initial, problems } = parseUrlParameters(formatUrlParameters(state));
    expect(problems).toEqual([]);
    expect(initial).toMatchObject({ day: 5.25, colourMode: 'sabgal', cutaway: false, compare: true, lang: 'fr', theme: 'high-contrast' });
    expect(initial.settings).toEqual(state.settings);
  });

  it('count only their own parameters: inherited names such as constructor are unknown', () => {
    const { initial, problems } = parseUrlParameters('?constructor=1&toString=2&__proto__=3&hasOwnProperty=4');
    expect(initial).toEqual({});
    expect(problems).toHaveLength(4);
    expect(problems.every((p) => /not a Lobule parameter/.test(messageText(p, 'en')))).toBe(true);
  });

  it('report a parameter given twice and use the first', () => {
    const { initial, problems } = parseUrlParameters('?day=5&day=abc');
    expect(initial.day).toBe(5);
    expect(problems.map((p) => messageText(p, 'en'))).toEqual(['day was given 2 times; used the first (5).']);
  });
});

// Only well-formed version-1 host messages get through; `set` changes the state all or nothing.

import { describe, expect, it } from 'vitest';
import { applyParameters } from '../../../src/embed/messages/embed-api';
import { activeLanguage, translate } from '../../../src/i18n/translate';
import { readHostMessage } from '../../../src/embed/messages/host-messages';
import { createLobuleStore } from '../../../src/state/store';

const host = { source: 'lobule-host', version: 1 };

describe('host messages', () => {
  it('accepts set, get and reset of version 1', () => {
    expect(readHostMessage({ ...host, type: 'get' })).toEqual({ ...host, type: 'get' });
    expect(readHostMessage({ ...host, type: 'reset' })?.type).toBe('reset');
    expect(readHostMessage({ ...host, type: 'set', state: { day: 5, clearance: true, view: 'he' } })?.type).toBe('set');
  });

  it('refuses other versions, sources, types and shapes', () => {
    for (const data of [
      { ...host, version: 2, type: 'get' },
      { ...host, version: '1', type: 'get' },
      { source: 'lobule', version: 1, type: 'get' },
      { ...host, type: 'launch' },
      { ...host, type: 'get', extra: 1 },
      { ...host, type: 'set', state: { day: 5 }, extra: 1 },
      { ...host, type: 'set', state: { day: 5, seed: null } },
      Object.assign(Object.create({ source: 'lobule-host', version: 1 }), { type: 'get' }),
      { ...host, type: 'set' },
      { ...host, type: 'set', state: [1, 2] },
      { ...host, type: 'set', state: { day: { valueOf: 5 } } },
      { ...host, type: 'set', state: { day: Number.NaN } },
      { ...host, type: 'set', state: { 'bad name': 1 } },
      'get', null, undefined, 42, [host], new Date(),
    ]) expect(readHostMessage(data)).toBeUndefined();
  });

  it('refuses huge strings and too many names', () => {
    expect(readHostMessage({ ...host, type: 'set', state: { view: 'x'.repeat(1_000_000) } })).toBeUndefined();
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, k) => [`p${k}`, 1]));
    expect(readHostMessage({ ...host, type: 'set', state: many })).toBeUndefined();
  });

  it('refuses a message holding a prototype key, as structured clone would deliver it', () => {
    expect(readHostMessage(JSON.parse('{"source":"lobule-host","version":1,"type":"set","state":{"__proto__":{"day":5}}}'))).toBeUndefined();
    expect(readHostMessage(JSON.parse('{"source":"lobule-host","version":1,"type":"get","__proto__":{"x":1}}'))).toBeUndefined();
    expect(readHostMessage({ ...host, type: 'set', state: { constructor: 1 } })).toBeUndefined();
    expect(({} as Record<string, unknown>).day).toBeUndefined();
  });

  it('never throws, even for objects whose getters throw', () => {
    const trap = Object.defineProperty({ ...host }, 'type', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(() => readHostMessage(trap)).not.toThrow();
    expect(readHostMessage(trap)).toBeUndefined();
  });
});

describe('set', () => {
  it('applies URL parameters on top of the current state', () => {
    const store = createLobuleStore();
    store.getState().setTumour(true);
    expect(applyParameters(store, { day: 5.5, clearance: 1, view: 'sabgal' }, '')).toEqual([]);
    const s = store.getState();
    expect(s.day).toBe(5.5);
    expect(s.settings.clearance).toBe(true);
    expect(s.settings.tumour).toBe(true); // untouched
    expect(s.colourMode).toBe('sabgal');
  });

  it('switches the whole text to the language asked for, as the link\'s lang does', () => {
    const store = createLobuleStore();
    const english = translate('controls.play');
    expect(applyParameters(store, { lang: 'fr' }, '')).toEqual([]);
    expect(store.getState().lang).toBe('fr');
    // Every text looked up without naming a language (the controls) follows, not the store alone.
    expect(activeLanguage()).toBe('fr');
    expect(translate('controls.play')).not.toBe(english);
    expect(applyParameters(store, { lang: 'en', clearance: 1 }, '')).toEqual([]);
    expect(activeLanguage()).toBe('en');
    expect(store.getState().settings.clearance).toBe(true);
  });

  it('changes nothing when one value is bad, and says which', () => {
    const store = createLobuleStore();
    const before = store.getState();
    const problems = applyParameters(store, { day: 5, seed: -4 }, '');
    expect(problems.join(' ')).toContain('seed');
    expect(store.getState()).toBe(before);
  });

  it('refuses parameters only the frame URL may set, such as embedOrigin', () => {
    const store = createLobuleStore({ mode: 'embed', embedOrigin: 'https://course.example.org' });
    expect(applyParameters(store, { embedOrigin: 'https://evil.example' }, '')).toHaveLength(1);
    expect(applyParameters(store, { mode: 'classroom' }, '')).toHaveLength(1);
    expect(store.getState().embedOrigin).toBe('https://course.example.org');
    expect(store.getState().mode).toBe('embed');
  });

  it('opens a tour chapter with its own settings, as ?tour= does', () => {
    const store = createLobuleStore();
    expect(applyParameters(store, { tour: 'senolytic' }, '')).toEqual([]);
    expect(store.getState().tourOpen).toBe(true);
    expect(store.getState().settings.clearance).toBe(true);
  });

  it('keeps a playing clock where it is unless a day is given', () => {
    const store = createLobuleStore({ playing: true });
    store.getState().setDay(3.14159);
    applyParameters(store, { view: 'he' }, '');
    expect(store.getState().day).toBe(3.14159);
    expect(store.getState().playing).toBe(true);
  });
});

describe('embedOrigin', () => {
  it('takes exact origins only', async () => {
    const { webOrigin } = await import('../../../src/schema/value-schema');
    expect(webOrigin.parse('https://course.example.org')).toBe('https://course.example.org');
    expect(webOrigin.parse('http://127.0.0.1:4216')).toBe('http://127.0.0.1:4216');
    for (const bad of ['https://course.example.org/', 'https://a.org/path', '*', 'null', 'https://A.org', 'https://a.org:443', 'javascript:alert(1)', 'ftp://a.org', ''])
      expect(webOrigin.parse(bad)).toBeUndefined();
  });
});

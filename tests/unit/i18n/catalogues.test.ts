// Every language is complete: a catalogue that lacks a key, has one English does not, leaves a
// message empty or changes its {placeholders} fails here, naming the keys.

import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGUAGE_CODES, bestLanguageFor } from '../../../src/i18n/catalogues';
import { en } from '../../../src/i18n/en';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalogues', () => {
  it('include English and French, found by file name alone', () => {
    expect(LANGUAGE_CODES[0]).toBe('en');
    expect(LANGUAGE_CODES).toContain('fr');
  });

  for (const code of LANGUAGE_CODES) {
    describe(code, () => {
      const messages: Record<string, string> = CATALOGUES[code].messages;

      it('has every key of the English catalogue and no other', () => {
        const missing = Object.keys(en).filter((key) => !(key in messages));
        const extra = Object.keys(messages).filter((key) => !(key in en));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('leaves no message empty and keeps each message\'s placeholders', () => {
        const wrong = Object.entries(en).filter(([key, english]) =>
          !messages[key]?.trim() || placeholders(messages[key]).join() !== placeholders(english).join()).map(([key]) => key);
        expect(wrong).toEqual([]);
      });

      it('names itself in its own language', () => {
        expect(messages['lang.name']).toBeTruthy();
        if (code !== 'en') expect(messages['lang.name']).not.toBe(en['lang.name']);
      });
    });
  }

  it('pick the browser\'s language when the app has it, else English', () => {
    expect(bestLanguageFor(['fr-CA', 'en'])).toBe('fr');
    expect(bestLanguageFor(['de-DE', 'fr'])).toBe('fr');
    expect(bestLanguageFor(['de-DE'])).toBe('en');
    expect(bestLanguageFor([])).toBe('en');
  });
});

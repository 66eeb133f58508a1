// Messages follow the store's language at once, with numbers written the way each language writes them.

import { afterEach, describe, expect, it } from 'vitest';
import { formatNumber, formatPercent, messageText, translate } from '../../../src/i18n/translate';
import { createLobuleStore } from '../../../src/state/store';

afterEach(() => { createLobuleStore(); });

describe('translate', () => {
  it('follows the store\'s language without anything being reloaded', () => {
    const store = createLobuleStore();
    expect(translate('prefs.language')).toBe('Language');
    store.getState().setLang('fr');
    expect(store.getState().lang).toBe('fr');
    expect(translate('prefs.language')).toBe('Langue');
    expect(translate('phase.involution-2')).toBe('Involution II (remodelage)');
    store.getState().setLang('en');
    expect(translate('phase.involution-2')).toBe('Involution II (remodelling)');
  });

  it('falls back to English for a language it does not have', () => {
    const store = createLobuleStore({ lang: 'xx' });
    expect(store.getState().lang).toBe('en');
  });

  it('writes numbers through Intl for each language', () => {
    expect(translate('time.day', { day: 5.25 }, 'en')).toBe('Day 5.25');
    expect(translate('time.day', { day: 5.25 }, 'fr')).toBe('Jour 5,25');
    expect(formatPercent(0.42, 'en')).toBe('42%');
    expect(formatPercent(0.42, 'fr')).toMatch(/^42\s%$/);
    expect(formatNumber(12400, {}, 'en')).toBe('12,400');
    expect(formatNumber(5600, {}, 'en')).toBe('5600');
  });

  it('translates a stored message, nested ones included, when it is shown', () => {
    const message = { key: 'notice.urlIgnoredValue', values: { name: 'view', value: 'neon', allowed: { key: 'allowed.flag' } } } as const;
    expect(messageText(message, 'en')).toBe('Ignored view=neon: expected 0 or 1.');
    expect(messageText(message, 'fr')).toBe('Paramètre view=neon ignoré : attendu 0 ou 1.');
    expect(messageText('plain text', 'fr')).toBe('plain text');
  });

  it('fills every placeholder of a message, leaves one without a value visible, and keeps the rest of the text', () => {
    expect(translate('time.day', {}, 'en')).toBe('Day {day}');
    expect(translate('time.day', { day: 'three' }, 'en')).toBe('Day three');
    expect(translate('prefs.language', { unused: 1 }, 'en')).toBe('Language');
    // The same message again, after a language switch in between: each language keeps its own text.
    expect(translate('time.day', { day: 2 }, 'fr')).toBe('Jour 2');
    expect(translate('time.day', { day: 2 }, 'en')).toBe('Day 2');
    expect(formatNumber(0.5, { maximumFractionDigits: 2 }, 'fr')).toBe('0,5');
    expect(formatNumber(0.5, { maximumFractionDigits: 0 }, 'fr')).toBe('1');
  });
});

// @vitest-environment jsdom
// Switching the language relabels every control at once, without remounting (focus stays put).

import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createLobuleStore, type LobuleStore } from '../../src/state/store';
import { StoreProvider } from '../../src/state/store-context';
import { Hud } from '../../src/ui/Hud';

afterEach(() => {
  cleanup();
  createLobuleStore(); // back to English for the next test
});

function renderHud(store: LobuleStore) {
  return render(<StoreProvider store={store}><Hud /></StoreProvider>);
}

describe('the language picker', () => {
  it('is named "Language" and relabels the HUD in French without a reload', () => {
    const store = createLobuleStore({ day: 5.5 });
    renderHud(store);
    const picker = screen.getByRole('combobox', { name: 'Language' });
    picker.focus();
    fireEvent.change(picker, { target: { value: 'fr' } });
    expect(store.getState().lang).toBe('fr');
    expect(screen.getByRole('combobox', { name: 'Langue' })).toBe(picker);
    expect(document.activeElement).toBe(picker);
    expect(screen.getByTestId('phase').textContent).toBe('Involution II (remodelage)');
    expect(screen.getByTestId('day').textContent).toBe('Jour 5,5');
    expect(screen.getByTestId('play').textContent).toBe('Lecture');
    expect(screen.getByRole('switch', { name: /Élimination sénolytique/ })).toBeTruthy();
    expect(screen.getByRole('slider', { name: 'Jour depuis le sevrage' }).getAttribute('aria-valuetext')).toBe('Jour 5,5');
  });

  it('names each language in its own language', () => {
    renderHud(createLobuleStore({ lang: 'fr' }));
    const options = screen.getAllByRole('option').filter((o) => o.getAttribute('lang'));
    expect(options.map((o) => o.textContent)).toEqual(['English', 'Français']);
  });

  it('translates a notice already on screen when the language changes', () => {
    const store = createLobuleStore();
    store.getState().addNotice({ key: 'notice.urlUnknown', values: { name: 'bogus' } });
    renderHud(store);
    expect(screen.getByTestId('notice').textContent).toContain('Ignored bogus: not a Lobule parameter.');
    act(() => store.getState().setLang('fr'));
    expect(screen.getByTestId('notice').textContent).toContain('bogus ignoré : ce n’est pas un paramètre de Lobule.');
  });
});

// @vitest-environment jsdom
// The page follows the preferences: language, theme colours, and the colour behind the lobule, which
// the page beside the 3D view takes too (a stain's tint with no seam at the side panel).

import { describe, expect, it } from 'vitest';
import { followPreferencesInDocument } from '../../../src/app/document-preferences';
import { sceneBackground } from '../../../src/palette/scene-background';
import { createLobuleStore } from '../../../src/state/store';
import { THEME_COLOURS } from '../../../src/ui/themes/theme-colours';

describe('the page follows the preferences', () => {
  it('gives the page the 3D view\'s colour, for every colour mode and theme, as they change', () => {
    const store = createLobuleStore();
    const root = document.createElement('html');
    const stop = followPreferencesInDocument(store, root);
    expect(root.style.getPropertyValue('--scene')).toBe(sceneBackground('cells', 'default'));
    for (const theme of ['default', 'projector', 'high-contrast'] as const) {
      store.getState().setTheme(theme);
      for (const mode of ['cells', 'he', 'sabgal'] as const) {
        store.getState().setColourMode(mode);
        expect(root.style.getPropertyValue('--scene')).toBe(sceneBackground(mode, theme));
      }
    }
    // The stains' tints differ from the page's own colour: without the property the seam comes back.
    expect(sceneBackground('he', 'default')).not.toBe(THEME_COLOURS.default.page);
    stop();
    store.getState().setColourMode('cells');
    expect(root.style.getPropertyValue('--scene')).toBe(sceneBackground('sabgal', 'high-contrast'));
  });

  it('sets the language and the theme\'s colours', () => {
    const store = createLobuleStore();
    const root = document.createElement('html');
    const stop = followPreferencesInDocument(store, root);
    store.getState().setTheme('projector');
    expect(root.dataset.theme).toBe('projector');
    expect(root.style.getPropertyValue('--page')).toBe(THEME_COLOURS.projector.page);
    stop();
  });
});

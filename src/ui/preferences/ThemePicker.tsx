// The theme picker: default, projector (light, large type, thick lines) and high contrast.

import { translate } from '../../i18n/translate';
import { THEMES, type Theme } from '../../state/preferences-slice';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';

export function ThemePicker() {
  const store = useLobuleStoreApi();
  const theme = useLobule((s) => s.theme);
  return (
    <label className="field">
      <span>{translate('prefs.theme')}</span>
      <select value={theme} data-testid="theme" onChange={(e) => store.getState().setTheme(e.target.value as Theme)}>
        {THEMES.map((t) => <option key={t} value={t}>{translate(`prefs.theme.${t}`)}</option>)}
      </select>
    </label>
  );
}

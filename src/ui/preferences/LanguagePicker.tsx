// The language picker: every language the app has a catalogue for, each named in its own language,
// switching at once without a reload.

import { LANGUAGE_CODES } from '../../i18n/catalogues';
import { translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';

export function LanguagePicker() {
  const store = useLobuleStoreApi();
  const lang = useLobule((s) => s.lang);
  return (
    <label className="field">
      <span>{translate('prefs.language')}</span>
      <select value={lang} data-testid="language" onChange={(e) => store.getState().setLang(e.target.value)}>
        {LANGUAGE_CODES.map((code) => (
          // Each name in its own language, so someone who reads only French finds "Français".
          <option key={code} value={code} lang={code}>{translate('lang.name', {}, code)}</option>
        ))}
      </select>
    </label>
  );
}

// How the app speaks and looks for this person: the language (and, as they come, the theme and
// motion settings). Changes nothing in the simulation.

import { translate } from '../../i18n/translate';
import { LanguagePicker } from './LanguagePicker';

export function PreferencesPanel() {
  return (
    <section className="panel-section preferences" aria-label={translate('prefs.group')}>
      <LanguagePicker />
    </section>
  );
}

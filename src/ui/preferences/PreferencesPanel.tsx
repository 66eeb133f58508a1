// How the app speaks and looks for this person: the language picker always in view, and a Settings
// button for the theme and reduced motion (and, on small screens, About the science). Changes
// nothing in the simulation.

import { useEffect, useRef, useState } from 'react';
import { translate } from '../../i18n/translate';
import { AboutButton } from '../about/AboutButton';
import { LanguagePicker } from './LanguagePicker';
import { SettingsDialog } from './SettingsDialog';

export function PreferencesPanel() {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  // Focus goes back to the Settings button once the modal dialog is gone (while it is open, the
  // rest of the page is inert and cannot take focus).
  useEffect(() => {
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const close = (): void => setOpen(false);
  return (
    <section className="panel-section preferences" aria-label={translate('prefs.group')}>
      <LanguagePicker />
      <button type="button" ref={opener} data-testid="settings" aria-haspopup="dialog" onClick={() => setOpen(true)}>{translate('prefs.settings')}</button>
      <AboutButton place="panel" />
      {open && <SettingsDialog onClose={close} />}
    </section>
  );
}

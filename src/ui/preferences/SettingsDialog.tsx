// The settings dialog: language, theme and reduced motion in one place. A modal <dialog>: focus
// stays inside while it is open, Escape or Close returns it to the Settings button.

import { useEffect, useRef } from 'react';
import { translate } from '../../i18n/translate';
import { LanguagePicker } from './LanguagePicker';
import { ReducedMotionSwitch } from './ReducedMotionSwitch';
import { ThemePicker } from './ThemePicker';

export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // showModal traps focus and gives Escape; jsdom and old engines lack it.
    if (typeof element.showModal === 'function' && !element.open) element.showModal();
    else element.setAttribute('open', '');
    return () => { if (typeof element.close === 'function') element.close(); };
  }, []);
  return (
    <dialog ref={dialog} className="copy-dialog settings-dialog" data-testid="settings-dialog" aria-labelledby="settings-title" onClose={onClose} onCancel={onClose}>
      <h2 id="settings-title">{translate('prefs.settings')}</h2>
      <LanguagePicker />
      <ThemePicker />
      <ReducedMotionSwitch />
      <div className="button-row">
        <button type="button" onClick={onClose} data-testid="settings-close">{translate('prefs.close')}</button>
      </div>
    </dialog>
  );
}

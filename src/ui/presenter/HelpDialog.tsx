// The "Keyboard shortcuts" dialog (the ? key): every key the app answers to, in one list.

import { useEffect, useRef } from 'react';
import { translate, type MessageKey } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';

const KEYS: readonly [keys: string, what: MessageKey][] = [
  ['Space', 'help.space'],
  ['[  ]', 'help.steps'],
  ['Home', 'help.home'],
  ['C', 'help.c'],
  ['T', 'help.t'],
  ['V', 'help.v'],
  ['X', 'help.x'],
  ['L', 'help.l'],
  ['0  1  2  3', 'help.presets'],
  ['← → ↑ ↓', 'help.arrows'],
  ['Shift + ← → ↑ ↓', 'help.shiftArrows'],
  ['+  −', 'help.zoom'],
  ['F', 'help.f'],
  ['?', 'help.question'],
  ['Esc', 'help.escape'],
];

export function HelpDialog() {
  const store = useLobuleStoreApi();
  const open = useLobule((s) => s.helpOpen);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal?.();
    if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} className="help-dialog" aria-labelledby="help-title" data-testid="help" onClose={() => store.getState().setHelpOpen(false)}>
      <div className="dialog-head">
        <h2 id="help-title">{translate('help.title')}</h2>
        <button type="button" onClick={() => store.getState().setHelpOpen(false)}>{translate('help.close')}</button>
      </div>
      <table className="keys">
        <tbody>
          {KEYS.map(([keys, what]) => (
            <tr key={what}><th scope="row"><kbd>{keys}</kbd></th><td>{translate(what)}</td></tr>
          ))}
        </tbody>
      </table>
      <p className="note">{translate('help.click')}. {translate('help.mouse')}.</p>
    </dialog>
  );
}

/** The "Keys" button: opens the dialog (for people who do not know about ?). */
export function HelpButton() {
  const store = useLobuleStoreApi();
  return (
    <button type="button" className="presenter-only not-on-kiosk" data-testid="keys-button" aria-keyshortcuts="?" aria-haspopup="dialog" onClick={() => store.getState().setHelpOpen(true)}>{translate('help.button')}</button>
  );
}

// A dialog that shows text to copy (a link, an <iframe> snippet) with a Copy button; Escape or
// Close puts focus back where it was.

import { useEffect, useRef, useState, type ReactNode } from 'react';
import { translate } from '../../i18n/translate';
import { copyText } from './copy-text';

export function CopyDialog({ title, text, multiline, testId, onClose, children }: {
  title: string; text: string; multiline?: boolean; testId: string; onClose: () => void; children?: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // showModal traps focus and gives Escape; jsdom and old engines lack it.
    if (typeof element.showModal === 'function' && !element.open) element.showModal();
    else element.setAttribute('open', '');
    field.current?.select();
    return () => { if (typeof element.close === 'function') element.close(); };
  }, []);

  const copy = async (): Promise<void> => setCopied((await copyText(text, field.current)) ? 'yes' : 'no');

  return (
    <dialog ref={dialog} className="copy-dialog" data-testid={testId} aria-label={title} onClose={onClose} onCancel={onClose}>
      <h2>{title}</h2>
      {multiline
        ? <textarea ref={field} readOnly value={text} rows={10} spellCheck={false} data-testid={`${testId}-text`} onFocus={(e) => e.target.select()} />
        : <input ref={field} readOnly value={text} data-testid={`${testId}-text`} onFocus={(e) => e.target.select()} />}
      {children}
      <div className="button-row">
        <button type="button" className="primary" onClick={() => void copy()} data-testid={`${testId}-copy`}>{translate('share.copy')}</button>
        <button type="button" onClick={onClose}>{translate('share.close')}</button>
        <span role="status" className="copy-status">
          {copied === 'yes' ? translate('share.copied') : copied === 'no' ? translate('share.copyByHand') : ''}
        </span>
      </div>
    </dialog>
  );
}

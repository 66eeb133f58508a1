// Share, Embed and Save image: a link that restores this exact state, an <iframe> snippet for a
// course page, and a PNG of the view.

import { useState } from 'react';
import { translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import { CopyDialog } from './CopyDialog';
import { downloadBlob, imageFileName } from './save-image';
import { embedSnippet, shareUrl, smallestSandbox } from './share-links';

type Open = { kind: 'share'; text: string } | { kind: 'embed'; text: string } | null;

export function ShareTools() {
  const store = useLobuleStoreApi();
  const canCapture = useLobule((s) => s.captureImage !== null);
  const [open, setOpen] = useState<Open>(null);
  const [saveFailed, setSaveFailed] = useState(false);

  const share = (): void => setOpen({ kind: 'share', text: shareUrl(store.getState(), window.location) });
  const embed = async (): Promise<void> => {
    const sandbox = await smallestSandbox(document);
    setOpen({ kind: 'embed', text: embedSnippet(store.getState(), window.location, { sandbox }) });
  };
  const save = async (): Promise<void> => {
    const state = store.getState();
    const blob = state.captureImage ? await state.captureImage() : null;
    setSaveFailed(!downloadBlob(blob, imageFileName(state)));
  };

  return (
    <section className="panel-section share" aria-label={translate('share.group')}>
      <div className="button-row">
        <button type="button" data-testid="share" onClick={share}>{translate('share.link')}</button>
        <button type="button" data-testid="embed" onClick={() => void embed()}>{translate('share.embed')}</button>
        <button type="button" data-testid="save-image" disabled={!canCapture} onClick={() => void save()}>{translate('share.saveImage')}</button>
      </div>
      {saveFailed && <p className="note" role="alert">{translate('share.saveFailed')}</p>}
      {open?.kind === 'share' && (
        <CopyDialog title={translate('share.linkTitle')} text={open.text} testId="share-dialog" onClose={() => setOpen(null)}>
          <p className="note">{translate('share.linkNote')}</p>
        </CopyDialog>
      )}
      {open?.kind === 'embed' && (
        <CopyDialog title={translate('share.embedTitle')} text={open.text} multiline testId="embed-dialog" onClose={() => setOpen(null)}>
          <p className="note">{translate('share.embedNote')}</p>
        </CopyDialog>
      )}
    </section>
  );
}

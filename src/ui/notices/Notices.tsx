// Short, dismissible messages (an ignored URL parameter, a failed run). They stay until the picture
// is up (so nobody misses them behind a loading screen), then each goes after a few seconds.

import { useEffect } from 'react';
import { messageText, translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';

/** How long a notice stays once the picture is up. */
const SHOW_MS = 8_000;

export function Notices() {
  const store = useLobuleStoreApi();
  const notices = useLobule((s) => s.notices);
  const pictureUp = useLobule((s) => s.pictureShown || s.runStatus !== 'computing');
  useEffect(() => {
    if (notices.length === 0 || !pictureUp) return;
    const oldest = notices[0].id;
    const timer = setTimeout(() => store.getState().dismissNotice(oldest), SHOW_MS);
    return () => clearTimeout(timer);
  }, [notices, store, pictureUp]);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className="notice" data-testid="notice">
          <span>{messageText(n.text)}</span>
          <button type="button" aria-label={translate('notice.dismiss')} onClick={() => store.getState().dismissNotice(n.id)}>×</button>
        </div>
      ))}
    </div>
  );
}

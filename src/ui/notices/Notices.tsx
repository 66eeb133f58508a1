// Short, dismissible messages (an ignored URL parameter, a failed run). Each fades after a while.

import { useEffect } from 'react';
import { messageText, translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';

const SHOW_MS = 12_000;

export function Notices() {
  const store = useLobuleStoreApi();
  const notices = useLobule((s) => s.notices);
  useEffect(() => {
    if (notices.length === 0) return;
    const oldest = notices[0].id;
    const timer = setTimeout(() => store.getState().dismissNotice(oldest), SHOW_MS);
    return () => clearTimeout(timer);
  }, [notices, store]);
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

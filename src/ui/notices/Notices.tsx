// Short, dismissible messages (an ignored URL parameter, a failed run). They stay until the picture
// is up (so nobody misses them behind a loading screen), then each goes after a few seconds.

import { useEffect, useRef } from 'react';
import { messageText, translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';

/** How long a notice stays once the picture is up. */
const SHOW_MS = 8_000;

export function Notices() {
  const store = useLobuleStoreApi();
  const notices = useLobule((s) => s.notices);
  const pictureUp = useLobule((s) => s.pictureShown || s.runStatus !== 'computing');
  // Each notice's own deadline, counted from when the picture was up and the notice was there, so
  // several notices go together rather than one after another.
  const deadlines = useRef(new Map<number, number>());
  useEffect(() => {
    if (notices.length === 0 || !pictureUp) return;
    const now = Date.now();
    const shown = deadlines.current;
    for (const id of shown.keys()) if (!notices.some((n) => n.id === id)) shown.delete(id);
    for (const n of notices) if (!shown.has(n.id)) shown.set(n.id, now + SHOW_MS);
    const next = Math.min(...notices.map((n) => shown.get(n.id)!));
    const timer = setTimeout(() => {
      const due = Date.now();
      for (const n of store.getState().notices) if ((shown.get(n.id) ?? Infinity) <= due) store.getState().dismissNotice(n.id);
    }, Math.max(0, next - now));
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

// What a kiosk shows over the app: "Touch to explore" while the tour plays itself, the
// "Still there?" countdown, and the operator's exit (a long press in the top-left corner, then
// the PIN given as `?pin=`).

import { useEffect, useRef, useState } from 'react';
import { translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';
import { addressOutsideKiosk } from './lock-down';

/** How long the operator holds the corner before the exit pad opens. */
export const OPERATOR_HOLD_MS = 3000;
const MAX_PIN_TRIES = 3;

export function KioskOverlays({ leave = (href: string) => window.location.replace(href) }: { leave?: (href: string) => void }) {
  const phase = useLobule((s) => s.kioskPhase);
  const countdown = useLobule((s) => s.kioskCountdown);
  const [exitOpen, setExitOpen] = useState(false);
  return (
    <>
      {phase === 'attract' && (
        // Covers the whole screen, so the first touch only wakes the app (the session hears it).
        <div className="kiosk-attract" data-testid="kiosk-attract">
          <button type="button" className="kiosk-call" data-testid="kiosk-explore">{translate('kiosk.touchToExplore')}</button>
        </div>
      )}
      {phase === 'stillThere' && (
        <div className="kiosk-still-there" role="alertdialog" aria-labelledby="still-there-title" data-testid="kiosk-still-there">
          <div className="kiosk-card">
            <h2 id="still-there-title">{translate('kiosk.stillThere')}</h2>
            <p>{translate('kiosk.restartsIn', { seconds: countdown })}</p>
            <p className="kiosk-countdown" data-testid="kiosk-countdown" aria-hidden="true">{countdown}</p>
            <button type="button" className="kiosk-call">{translate('kiosk.stillHere')}</button>
          </div>
        </div>
      )}
      <OperatorCorner onHeld={() => setExitOpen(true)} />
      {exitOpen && <OperatorExit onCancel={() => setExitOpen(false)} leave={leave} />}
    </>
  );
}

/** An invisible corner: holding it for three seconds opens the operator's exit. */
function OperatorCorner({ onHeld }: { onHeld: () => void }) {
  const timer = useRef<number | undefined>(undefined);
  const cancel = (): void => window.clearTimeout(timer.current);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <div className="kiosk-operator-corner" data-testid="kiosk-operator-corner" aria-hidden="true"
      onPointerDown={(event) => {
        event.stopPropagation();
        cancel();
        timer.current = window.setTimeout(onHeld, OPERATOR_HOLD_MS);
      }}
      onPointerUp={cancel} onPointerLeave={cancel} onPointerCancel={cancel} />
  );
}

/** The PIN pad (or, without a PIN, a confirmation) that leaves kiosk mode. */
function OperatorExit({ onCancel, leave }: { onCancel: () => void; leave: (href: string) => void }) {
  const store = useLobuleStoreApi();
  const pin = store.getState().kioskPin;
  const [typed, setTyped] = useState('');
  const [tries, setTries] = useState(0);
  const [wrong, setWrong] = useState(false);
  const submit = (): void => {
    if (pin === null || typed === pin) {
      leave(addressOutsideKiosk(window.location.href));
      return;
    }
    setTyped('');
    setWrong(true);
    if (tries + 1 >= MAX_PIN_TRIES) onCancel();
    else setTries(tries + 1);
  };
  const press = (digit: string): void => { setWrong(false); setTyped((t) => (t + digit).slice(0, 8)); };
  return (
    <div className="kiosk-still-there" role="dialog" aria-modal="true" aria-labelledby="operator-title" data-testid="kiosk-operator-exit">
      <div className="kiosk-card operator">
        <h2 id="operator-title">{translate('kiosk.operatorTitle')}</h2>
        {pin !== null && (
          <>
            <p className="pin-dots" aria-live="polite" data-testid="kiosk-pin-dots">{'•'.repeat(typed.length) || translate('kiosk.enterPin')}</p>
            {wrong && <p className="pin-wrong" role="alert">{translate('kiosk.wrongPin')}</p>}
            <div className="pin-pad">
              {['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].map((d) => (
                <button type="button" key={d} data-testid={`kiosk-pin-${d}`} onClick={() => press(d)}>{d}</button>
              ))}
              <button type="button" aria-label={translate('kiosk.pinDelete')} onClick={() => setTyped((t) => t.slice(0, -1))}>⌫</button>
            </div>
          </>
        )}
        <div className="button-row">
          <button type="button" className="kiosk-call" data-testid="kiosk-leave" onClick={submit}>{translate('kiosk.leave')}</button>
          <button type="button" onClick={onCancel}>{translate('kiosk.stay')}</button>
        </div>
      </div>
    </div>
  );
}

// What an embed adds to the HUD: the switches' state always in sight (their controls may be folded
// away in a small frame), and "click to interact": the wheel scrolls the course page until the
// view is clicked or focused, and leaving the frame gives the wheel back.

import { useEffect, useState } from 'react';
import { translate } from '../../i18n/translate';
import { useLobule, useLobuleStoreApi } from '../../state/store-context';

const HINT_MS = 1600;

export function EmbedChrome() {
  const store = useLobuleStoreApi();
  const clearance = useLobule((s) => s.settings.clearance);
  const compare = useLobule((s) => s.compare);
  const clearanceWindow = useLobule((s) => s.settings.clearanceWindowDays);
  const tumour = useLobule((s) => s.settings.tumour);
  const engaged = useLobule((s) => s.viewEngaged);
  const [hint, setHint] = useState(false);

  useEffect(() => {
    const inScene = (target: EventTarget | null): boolean => target instanceof Element && target.closest('[data-testid="scene"]') !== null;
    const engage = (event: Event): void => { if (inScene(event.target)) store.getState().setViewEngaged(true); };
    const release = (): void => store.getState().setViewEngaged(false);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onWheel = (event: WheelEvent): void => {
      if (store.getState().viewEngaged || !inScene(event.target)) return;
      setHint(true);
      clearTimeout(timer);
      timer = setTimeout(() => setHint(false), HINT_MS);
    };
    document.addEventListener('pointerdown', engage, true);
    document.addEventListener('focusin', engage, true);
    document.documentElement.addEventListener('mouseleave', release);
    window.addEventListener('blur', release);
    window.addEventListener('wheel', onWheel, { passive: true, capture: true });
    return () => {
      document.removeEventListener('pointerdown', engage, true);
      document.removeEventListener('focusin', engage, true);
      document.documentElement.removeEventListener('mouseleave', release);
      window.removeEventListener('blur', release);
      window.removeEventListener('wheel', onWheel, { capture: true });
      clearTimeout(timer);
    };
  }, [store]);

  const chip = (on: boolean, name: string, testId: string, toggle: () => void) => (
    <button type="button" className={on ? 'state-chip on' : 'state-chip'} aria-pressed={on} data-testid={testId} onClick={toggle}
      title={translate(on ? 'embed.switchOn' : 'embed.switchOff', { name })}>
      {translate(on ? 'embed.switchOn' : 'embed.switchOff', { name })}
    </button>
  );

  return (
    <>
      <div className="switch-states" aria-label={translate('switch.group')}>
        {/* Compare shows both arms whichever way the switch stands: the chip says so, not "Senolytic: off"
            above a lobule labelled Senolytic. */}
        {compare
          ? <span className="state-chip on" data-testid="state-clearance">{translate('chips.compare', { start: clearanceWindow[0], end: clearanceWindow[1] })}</span>
          : chip(clearance, translate('embed.clearanceShort'), 'state-clearance', () => store.getState().setClearance(!clearance))}
        {chip(tumour, translate('embed.tumourShort'), 'state-tumour', () => store.getState().setTumour(!tumour))}
      </div>
      {hint && !engaged && <div className="wheel-hint" role="status" data-testid="wheel-hint">{translate('embed.clickToZoom')}</div>}
    </>
  );
}

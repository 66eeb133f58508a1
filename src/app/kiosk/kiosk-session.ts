// The kiosk's life cycle, for a museum floor with nobody watching: the guided tour plays itself
// (attract loop) until a visitor touches; after `idleSeconds` without input a "Still there?"
// countdown runs, and at zero everything resets to the attract loop. Any input cancels it.

import type { LobuleStore } from '../../state/store';
import { applyTourChapter } from '../../ui/tour/apply-chapter';

/** Seconds the "Still there?" countdown lasts. */
export const STILL_THERE_SECONDS = 10;
/** Input events that mean someone is there (pointer moves count only while pressed). */
const INPUTS = ['pointerdown', 'pointermove', 'wheel', 'keydown', 'touchstart'] as const;

export interface KioskClock {
  now: () => number;
  setTimeout: (run: () => void, ms: number) => number;
  clearTimeout: (handle: number) => void;
}

export function startKioskSession(store: LobuleStore, target: Window = window, clock: KioskClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle),
}): () => void {
  let timer = 0;
  let lastNoted = -Infinity;

  const schedule = (run: () => void, ms: number): void => {
    clock.clearTimeout(timer);
    timer = clock.setTimeout(run, ms);
  };

  const attract = (): void => {
    clock.clearTimeout(timer);
    const s = store.getState();
    s.resetAll();
    s.setKioskPhase('attract');
    // Under reduced motion nothing plays by itself: the attract screen holds the first chapter.
    applyTourChapter(store, 0, { autoplay: !store.getState().reducedMotion });
  };

  const waitForIdle = (): void => {
    schedule(() => countdown(STILL_THERE_SECONDS), store.getState().idleSeconds * 1000);
  };

  const countdown = (seconds: number): void => {
    if (seconds <= 0) {
      attract();
      return;
    }
    store.getState().setKioskPhase('stillThere', seconds);
    schedule(() => countdown(seconds - 1), 1000);
  };

  /** Someone is there: leave the attract loop or the countdown, and start the idle wait again. */
  const onInput = (event: Event): void => {
    if (event.type === 'pointermove' && (event as PointerEvent).buttons === 0) return;
    const s = store.getState();
    const now = clock.now();
    if (now - lastNoted > 1000 || s.kioskPhase !== 'exploring') {
      lastNoted = now;
      s.noteKioskInput(now);
    }
    if (s.kioskPhase === 'attract') {
      // The visitor takes over where the tour was; it stops walking on by itself.
      s.closeTour();
      s.setKioskPhase('exploring');
    } else if (s.kioskPhase === 'stillThere') {
      s.setKioskPhase('exploring');
    }
    waitForIdle();
  };

  for (const type of INPUTS) target.addEventListener(type, onInput, { capture: true, passive: true });
  attract();

  return () => {
    clock.clearTimeout(timer);
    for (const type of INPUTS) target.removeEventListener(type, onInput, { capture: true });
  };
}

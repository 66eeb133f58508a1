// The kiosk's cycle in plain sentences: attract loop, a visitor, idle, countdown, reset.

import { describe, expect, it } from 'vitest';
import { startKioskSession, STILL_THERE_SECONDS, type KioskClock } from '../../../src/app/kiosk/kiosk-session';
import { createLobuleStore } from '../../../src/state/store';

/** A clock the test moves by hand, and a window that only takes listeners. */
function fakeWorld() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: KioskClock = {
    now: () => now,
    setTimeout: (run, ms) => { timers.set(nextId, { at: now + ms, run }); return nextId++; },
    clearTimeout: (id) => { timers.delete(id); },
  };
  const advance = (ms: number): void => {
    const end = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = end;
  };
  const listeners = new Map<string, (event: Event) => void>();
  const target = {
    addEventListener: (type: string, listener: (event: Event) => void) => listeners.set(type, listener),
    removeEventListener: (type: string) => listeners.delete(type),
  } as unknown as Window;
  const touch = (): void => listeners.get('pointerdown')!({ type: 'pointerdown' } as Event);
  return { clock, advance, target, touch, listeners };
}

describe('kiosk session', () => {
  it('plays the tour by itself until someone touches, then waits idle seconds before asking', () => {
    const world = fakeWorld();
    const store = createLobuleStore({ mode: 'kiosk', idleSeconds: 30 });
    startKioskSession(store, world.target, world.clock);
    expect(store.getState()).toMatchObject({ kioskPhase: 'attract', tourOpen: true, tourAutoplay: true, tourChapter: 0 });

    world.advance(120_000); // the attract loop has no idle timeout
    expect(store.getState().kioskPhase).toBe('attract');

    world.touch();
    expect(store.getState()).toMatchObject({ kioskPhase: 'exploring', tourOpen: false });
    world.advance(29_000);
    expect(store.getState().kioskPhase).toBe('exploring');
    world.advance(1_000);
    expect(store.getState()).toMatchObject({ kioskPhase: 'stillThere', kioskCountdown: STILL_THERE_SECONDS });
    world.advance(4_000);
    expect(store.getState().kioskCountdown).toBe(STILL_THERE_SECONDS - 4);
  });

  it('any input cancels the countdown; letting it run out resets everything to the attract loop', () => {
    const world = fakeWorld();
    const store = createLobuleStore({ mode: 'kiosk', idleSeconds: 10 });
    startKioskSession(store, world.target, world.clock);
    world.touch();
    store.getState().setTumour(true);
    store.getState().setDay(12);
    world.advance(12_000);
    expect(store.getState().kioskPhase).toBe('stillThere');
    world.touch();
    expect(store.getState().kioskPhase).toBe('exploring');
    expect(store.getState().settings.tumour).toBe(true);

    world.advance(10_000 + STILL_THERE_SECONDS * 1000);
    expect(store.getState()).toMatchObject({ kioskPhase: 'attract', tourOpen: true, tourChapter: 0 });
    expect(store.getState().settings.tumour).toBe(false);
  });

  it('a pointer moving without a press is not a visitor', () => {
    const world = fakeWorld();
    const store = createLobuleStore({ mode: 'kiosk', idleSeconds: 10 });
    startKioskSession(store, world.target, world.clock);
    world.listeners.get('pointermove')!({ type: 'pointermove', buttons: 0 } as unknown as Event);
    expect(store.getState().kioskPhase).toBe('attract');
  });
});

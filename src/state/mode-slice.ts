// Where the app runs (classroom, museum kiosk or an embed in a course page) and what that changes:
// the kiosk's idle time and operator PIN, the only origin an embed talks to, and whether the 3D
// view takes the wheel yet (an embed leaves it to the host page until the view is clicked).

import type { StateCreator } from 'zustand';
import type { LobuleState } from './store';

export const APP_MODES = ['classroom', 'kiosk', 'embed'] as const;
export type AppMode = (typeof APP_MODES)[number];

export const DEFAULT_IDLE_SECONDS = 90;

/** Kiosk: the guided tour plays itself; a visitor explores; nobody touched it for `idleSeconds`. */
export type KioskPhase = 'attract' | 'exploring' | 'stillThere';

export interface ModeSlice {
  mode: AppMode;
  /** Kiosk: seconds without input before "Still there?". */
  idleSeconds: number;
  /** Embed: the host page's exact origin; messages from any other are ignored and none go to it. */
  embedOrigin: string | null;
  /** Kiosk: digits the operator types to leave kiosk mode (none: a long press alone leaves). */
  kioskPin: string | null;
  /** Whether the wheel zooms the view; in an embed only after the view is clicked or focused. */
  viewEngaged: boolean;
  kioskPhase: KioskPhase;
  /** Seconds left on the "Still there?" countdown. */
  kioskCountdown: number;
  /** performance.now() of the visitor's last input (updated at most once a second). */
  kioskLastInputMs: number;
  /** Draws the view once more and hands back a PNG of it; set by the scene while it is mounted. */
  captureImage: (() => Promise<Blob | null>) | null;
  setViewEngaged: (engaged: boolean) => void;
  setKioskPhase: (phase: KioskPhase, countdown?: number) => void;
  noteKioskInput: (nowMs: number) => void;
  setImageCapture: (capture: (() => Promise<Blob | null>) | null) => void;
}

export const createModeSlice: StateCreator<LobuleState, [], [], ModeSlice> = (set) => ({
  mode: 'classroom',
  idleSeconds: DEFAULT_IDLE_SECONDS,
  embedOrigin: null,
  kioskPin: null,
  viewEngaged: true,
  captureImage: null,
  kioskPhase: 'attract',
  kioskCountdown: 0,
  kioskLastInputMs: 0,
  setKioskPhase: (kioskPhase, kioskCountdown = 0) => set({ kioskPhase, kioskCountdown }),
  noteKioskInput: (kioskLastInputMs) => set({ kioskLastInputMs }),
  setViewEngaged: (viewEngaged) => set({ viewEngaged }),
  setImageCapture: (captureImage) => set({ captureImage }),
});

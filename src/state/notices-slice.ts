// Short messages for people: which URL parameter was ignored and why, a run that failed, and so on.

import type { StateCreator } from 'zustand';
import type { Message } from '../i18n/translate';
import type { LobuleState } from './store';

export interface Notice {
  id: number;
  /** A message is translated when shown, so it follows a language switch; plain text is shown as is. */
  text: string | Message;
}

export interface NoticesSlice {
  notices: Notice[];
  addNotice: (text: string | Message) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;
/**
 * Notices kept at once, the oldest dropped beyond: room for every problem of a link with several bad
 * parameters (five lost the first of six), while a failure that repeats cannot pile them up.
 */
export const MAX_NOTICES = 8;

export const createNoticesSlice: StateCreator<LobuleState, [], [], NoticesSlice> = (set) => ({
  notices: [],
  addNotice: (text) => set((s) => ({ notices: [...s.notices.slice(1 - MAX_NOTICES), { id: nextNoticeId++, text }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});

// The one store, made of slices. Created once per app (and per test) by `createLobuleStore`.

import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { createCompareSlice, type CompareSlice } from './compare-slice';
import { createModeSlice, type ModeSlice } from './mode-slice';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';
import { createPlaybackSlice, type PlaybackSlice } from './playback-slice';
import { createPresenterSlice, type PresenterSlice } from './presenter-slice';
import { createPreferencesSlice, type PreferencesSlice } from './preferences-slice';
import { createProfilerSlice, type ProfilerSlice } from './profiler-slice';
import { createQualitySlice, type QualitySlice } from './quality-slice';
import { createResetSlice, type ResetSlice } from './reset-slice';
import { createRunSlice, type RunSlice } from './run-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createSettingsSlice, type SettingsSlice } from './settings-slice';
import { createTourSlice, type TourSlice } from './tour-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type LobuleState = PlaybackSlice & SettingsSlice & ViewSlice & RunSlice & NoticesSlice & ProfilerSlice & ResetSlice & TourSlice & SelectionSlice & CompareSlice & ModeSlice & PresenterSlice & PreferencesSlice & QualitySlice;
export type LobuleStore = StoreApi<LobuleState>;

/** What a URL (or a host page) may set before the app starts. */
export type InitialState = Partial<Pick<LobuleState, 'day' | 'playing' | 'speedDaysPerSecond' | 'settings' | 'colourMode' | 'profiler' | 'cutaway' | 'antialias' | 'compare' | 'tourOpen' | 'tourChapter'
  | 'mode' | 'idleSeconds' | 'embedOrigin' | 'kioskPin' | 'lang' | 'theme' | 'reducedMotion'>>;

type SetState = LobuleStore['setState'];

/**
 * zustand merges an update with `Object.assign({}, state, partial)`, which adds the state's ~90
 * fields to a new object one at a time, growing its property store again and again: ~9 KB of garbage
 * for every update (a playing clock makes none; pausing, scrubbing and every control make one). A
 * spread copies the fields in one go (one object the size of the state, with the same hidden class,
 * so reading the store stays monomorphic).
 * Same rules as zustand's: a function gets the state; returning the state itself changes nothing.
 */
function mergeBySpread(setState: SetState, getState: () => LobuleState): SetState {
  return ((partial: LobuleState | Partial<LobuleState> | ((state: LobuleState) => LobuleState | Partial<LobuleState>), replace?: boolean) => {
    if (replace === true) {
      setState(partial as LobuleState, true);
      return;
    }
    const state = getState();
    const next = typeof partial === 'function' ? partial(state) : partial;
    if (Object.is(next, state)) return;
    setState({ ...state, ...next }, true);
  }) as SetState;
}

export function createLobuleStore(initial: InitialState = {}): LobuleStore {
  const store = createStore<LobuleState>()((set, get, api) => {
    const merge = mergeBySpread(set, get);
    api.setState = merge;
    return slices(merge, get, api);
  });
  const { day, lang, ...rest } = initial;
  store.setState(rest);
  if (day !== undefined) store.getState().setDay(day);
  // Always set, so a new store (a test, a reset page) never inherits another's language.
  store.getState().setLang(lang ?? store.getState().lang);
  return store;
}

function slices(...a: Parameters<StateCreator<LobuleState>>): LobuleState {
  return {
    ...createPlaybackSlice(...a),
    ...createSettingsSlice(...a),
    ...createViewSlice(...a),
    ...createRunSlice(...a),
    ...createNoticesSlice(...a),
    ...createProfilerSlice(...a),
    ...createModeSlice(...a),
    ...createResetSlice(...a),
    ...createTourSlice(...a),
    ...createSelectionSlice(...a),
    ...createCompareSlice(...a),
    ...createPresenterSlice(...a),
    ...createPreferencesSlice(...a),
    ...createQualitySlice(...a),
  };
}

// The postMessage API of an embedded Lobule (version 1, ARCHITECTURE.md): tells the host page
// `ready`, the `state` whenever it changes and the height it wants (`resize`); obeys `set`, `get`
// and `reset` from the parent window only, from `embedOrigin` only when one is given. Anything else
// is ignored without effect; nothing here throws into the page.

import { messageText } from '../../i18n/translate';
import { subscribeLightDayMoves } from '../../state/day-listeners';
import type { LobuleState, LobuleStore } from '../../state/store';
import { applyTourChapter } from '../../ui/tour/apply-chapter';
import { parseUrlParameters } from '../url-params';
import { queryForState } from '../url-sync';
import { appMessage, embedState, type AppMessage } from './app-messages';
import { readHostMessage, type ParameterValue } from './host-messages';

/** At most this often a `state` goes out while the clock runs. */
const STATE_EVERY_MS = 250;
/** Parameters only the embedding page's URL may choose: a message could otherwise widen who is heard. */
const NOT_SETTABLE = new Set(['mode', 'embedOrigin', 'idle', 'pin', 'aa', 'profiler']);
/** The picture's preferred shape when the host lets the content choose its height. */
const WANTED_ASPECT = 3 / 4;

export interface EmbedApiOptions {
  /** The window the app runs in (its parent is the host). */
  self?: Window;
  /** Where the wanted height is measured: elements whose bottoms must stay on screen. */
  chrome?: () => Element[];
}

export function startEmbedApi(store: LobuleStore, options: EmbedApiOptions = {}): () => void {
  const self = options.self ?? window;
  const host = self.parent;
  if (!host || host === self) return () => {}; // not in a frame: nobody to talk to
  const { embedOrigin } = store.getState();
  // An embedOrigin that did not parse must not fall back to "anyone": stay deaf and mute.
  if (!embedOrigin && new URLSearchParams(self.location.search).has('embedOrigin')) {
    store.getState().addNotice('The embed API is off: embedOrigin is not a valid origin.');
    return () => {};
  }
  const targetOrigin = embedOrigin ?? '*';

  const post = (message: AppMessage): void => {
    try {
      host.postMessage(message, targetOrigin);
    } catch {
      // A host that navigated away, or an origin that no longer matches: nothing to tell.
    }
  };

  const onMessage = (event: MessageEvent): void => {
    if (event.source !== host) return;
    if (embedOrigin && event.origin !== embedOrigin) return;
    const message = readHostMessage(event.data);
    if (!message) return;
    if (message.type === 'get') post(appMessage({ type: 'state', state: embedState(store.getState()) }));
    else if (message.type === 'reset') store.getState().resetAll();
    else {
      const problems = applyParameters(store, message.state, self.location.search);
      if (problems.length > 0) post(appMessage({ type: 'error', message: problems.join(' ') }));
    }
  };
  self.addEventListener('message', onMessage);

  // `state` on change, throttled; the day is only one of many things that change it.
  let stateTimer: ReturnType<typeof setTimeout> | null = null;
  /** The last `state` sent on a change: a change that leaves the state as the host last heard it (a
   * run's next part, its progress) sends nothing. */
  let lastSent = '';
  const sendState = (): void => {
    stateTimer = null;
    const message = appMessage({ type: 'state', state: embedState(store.getState()) });
    const text = JSON.stringify(message);
    if (text === lastSent) return;
    lastSent = text;
    post(message);
  };
  const unsubscribe = store.subscribe((s, p) => {
    if (stateTimer === null && stateChanged(s, p)) stateTimer = setTimeout(sendState, STATE_EVERY_MS);
  });
  // The playing day moves without store updates: a change all the same.
  const unsubscribeDay = subscribeLightDayMoves(store, () => {
    if (stateTimer === null) stateTimer = setTimeout(sendState, STATE_EVERY_MS);
  });

  // `resize`: the height the content wants at the frame's width, sent whenever either changes.
  let lastHeight = -1;
  let lastWidth = -1;
  const sendSize = (): void => {
    const width = self.innerWidth;
    const height = wantedHeight(width, options.chrome?.() ?? defaultChrome(self.document));
    if (height === lastHeight && width === lastWidth) return;
    lastHeight = height;
    lastWidth = width;
    post(appMessage({ type: 'resize', height, width }));
  };
  const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => sendSize());
  observer?.observe(self.document.documentElement);
  const observeChrome = (): void => {
    for (const element of options.chrome?.() ?? defaultChrome(self.document)) observer?.observe(element);
  };
  self.addEventListener('resize', sendSize);

  post(appMessage({ type: 'ready' }));
  // The HUD mounts after this runs; measure once it is there, and keep watching it.
  const firstSize = setTimeout(() => { observeChrome(); sendSize(); }, 0);

  return () => {
    self.removeEventListener('message', onMessage);
    self.removeEventListener('resize', sendSize);
    observer?.disconnect();
    unsubscribe();
    unsubscribeDay();
    clearTimeout(firstSize);
    if (stateTimer !== null) clearTimeout(stateTimer);
  };
}

function stateChanged(s: LobuleState, p: LobuleState): boolean {
  return s.day !== p.day || s.settings !== p.settings || s.playing !== p.playing || s.colourMode !== p.colourMode
    || s.cutaway !== p.cutaway || s.run !== p.run || s.runStatus !== p.runStatus || s.runReadyUntilDay !== p.runReadyUntilDay;
}

/**
 * Applies a `set` as if these URL parameters were changed in the app's own link, all or nothing:
 * the same schemas check them; one bad value and nothing changes. Returns one sentence per problem.
 */
export function applyParameters(store: LobuleStore, state: Record<string, ParameterValue>, search: string): string[] {
  const given = new URLSearchParams();
  const problems: string[] = [];
  for (const [name, value] of Object.entries(state)) {
    if (NOT_SETTABLE.has(name)) problems.push(`${name} can only be set in the frame's URL.`);
    else given.set(name, typeof value === 'boolean' ? (value ? '1' : '0') : String(value));
  }
  // The host's developer reads these: in English, whatever the page's language.
  problems.push(...parseUrlParameters(`?${given.toString()}`).problems.map((problem) => messageText(problem, 'en')));
  if (problems.length > 0) return problems;

  const merged = new URLSearchParams(queryForState(store.getState(), search));
  for (const [name, value] of given) merged.set(name, value);
  const { initial } = parseUrlParameters(`?${merged.toString()}`);
  const current = store.getState();
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(initial)) {
    if (key === 'day') continue; // rounded in the link: apply only when the host asks for a day
    // Through `setLang`, which switches the text catalogue first: set as plain state, only the few
    // texts that pass the language explicitly would follow it.
    if (key === 'lang') continue;
    if (JSON.stringify(value) !== JSON.stringify(current[key as keyof LobuleState])) changes[key] = value;
  }
  if (initial.lang !== undefined && initial.lang !== current.lang) store.getState().setLang(initial.lang);
  if (Object.keys(changes).length > 0) store.setState(changes as Partial<LobuleState>);
  if (given.has('day') && initial.day !== undefined) store.getState().setDay(initial.day);
  // A chapter brings its own day, switches and camera, as `?tour=` does on load.
  if (given.has('tour') && initial.tourChapter !== undefined) applyTourChapter(store, initial.tourChapter);
  return [];
}

/** The content's preferred height at this width: a 4:3 picture, never less than the controls need. */
export function wantedHeight(width: number, chrome: Element[]): number {
  let needed = 0;
  for (const element of chrome) {
    const box = element.getBoundingClientRect();
    needed += box.height;
  }
  // Leave at least 140 px of picture between the controls.
  return Math.round(Math.max(width * WANTED_ASPECT, needed + 140, 240));
}

function defaultChrome(document: Document): Element[] {
  return [...document.querySelectorAll('.title-card, .bottom-bar')];
}

// Reads the URL's parameters (ARCHITECTURE.md) into the app's initial state, validated by schema.
// A bad value never breaks the app: it keeps its default and a short notice says why.

import { LANGUAGE_CODES } from '../i18n/catalogues';
import type { Message } from '../i18n/translate';
import { dayWindowIn, digitsOf, flag, integerIn, listOf, numberIn, oneOf, switchWith, webOrigin, type AllowedRule, type ValueSchema } from '../schema/value-schema';
import { DAY_MAX, DAY_MIN, DEFAULT_SETTINGS, KNOCKOUTS, SEED_MAX, withDefaults, type SimulationSettings } from '../sim/settings';
import { APP_MODES } from '../state/mode-slice';
import { DEFAULT_SPEED_DAYS_PER_SECOND } from '../state/playback-slice';
import type { InitialState } from '../state/store';
import { THEMES } from '../state/preferences-slice';
import { COLOUR_MODES } from '../state/view-slice';
import { TOUR_CHAPTER_IDS } from '../ui/tour/tour-chapters';

export const URL_SCHEMAS = {
  day: numberIn(DAY_MIN, DAY_MAX),
  play: flag,
  speed: numberIn(0.05, 10),
  seed: integerIn(0, SEED_MAX),
  clearance: switchWith(dayWindowIn(DAY_MIN, DAY_MAX)),
  tumour: switchWith(numberIn(DAY_MIN, DAY_MAX)),
  knockout: listOf(KNOCKOUTS),
  view: oneOf(COLOUR_MODES),
  cutaway: flag,
  profiler: flag,
  aa: flag,
  compare: flag,
  /** Opens the guided tour at this chapter (its day, switches and camera win over the others). */
  tour: oneOf(TOUR_CHAPTER_IDS),
  mode: oneOf(APP_MODES),
  idle: integerIn(5, 3600),
  embedOrigin: webOrigin,
  pin: digitsOf(4, 8),
  lang: oneOf(LANGUAGE_CODES),
  theme: oneOf(THEMES),
} satisfies Record<string, ValueSchema<unknown>>;

/**
 * Whether `name` is one of Lobule's parameters. Own properties only: `constructor` or `toString`
 * must not count because every object inherits them.
 */
export function isLobuleParameter(name: string): boolean {
  return Object.hasOwn(URL_SCHEMAS, name);
}

export interface ParsedUrl {
  initial: InitialState;
  /** One sentence per ignored parameter, translated when shown. */
  problems: Message[];
}

export function parseUrlParameters(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const initial: InitialState = {};
  const problems: Message[] = [];
  const settings: SimulationSettings = withDefaults({});
  let settingsChanged = false;

  const read = <T>(name: keyof typeof URL_SCHEMAS, schema: ValueSchema<T>, apply: (value: T) => void): void => {
    const all = params.getAll(name);
    if (all.length === 0) return;
    const raw = all[0];
    if (all.length > 1) problems.push({ key: 'notice.urlDuplicate', values: { name, count: all.length, value: shorten(raw) } });
    const value = schema.parse(raw);
    if (value === undefined) problems.push({ key: 'notice.urlIgnoredValue', values: { name, value: shorten(raw), allowed: allowedMessage(schema.rule) } });
    else apply(value);
  };

  read('day', URL_SCHEMAS.day, (day) => (initial.day = day));
  read('play', URL_SCHEMAS.play, (playing) => (initial.playing = playing));
  read('speed', URL_SCHEMAS.speed, (speed) => (initial.speedDaysPerSecond = speed));
  read('seed', URL_SCHEMAS.seed, (seed) => { settings.seed = seed; settingsChanged = true; });
  read('clearance', URL_SCHEMAS.clearance, ({ on, value }) => {
    settings.clearance = on;
    if (value) settings.clearanceWindowDays = value;
    settingsChanged = true;
  });
  read('tumour', URL_SCHEMAS.tumour, ({ on, value }) => {
    settings.tumour = on;
    if (value !== undefined) settings.tumourSeedDay = value;
    settingsChanged = true;
  });
  read('knockout', URL_SCHEMAS.knockout, (knockouts) => { settings.knockouts = knockouts; settingsChanged = true; });
  read('view', URL_SCHEMAS.view, (colourMode) => (initial.colourMode = colourMode));
  read('cutaway', URL_SCHEMAS.cutaway, (cutaway) => (initial.cutaway = cutaway));
  read('profiler', URL_SCHEMAS.profiler, (profiler) => (initial.profiler = profiler));
  read('aa', URL_SCHEMAS.aa, (antialias) => (initial.antialias = antialias));
  read('compare', URL_SCHEMAS.compare, (compare) => (initial.compare = compare));
  read('tour', URL_SCHEMAS.tour, (id) => {
    initial.tourOpen = true;
    initial.tourChapter = TOUR_CHAPTER_IDS.indexOf(id);
  });
  read('mode', URL_SCHEMAS.mode, (mode) => (initial.mode = mode));
  read('idle', URL_SCHEMAS.idle, (idleSeconds) => (initial.idleSeconds = idleSeconds));
  read('embedOrigin', URL_SCHEMAS.embedOrigin, (embedOrigin) => (initial.embedOrigin = embedOrigin));
  read('pin', URL_SCHEMAS.pin, (kioskPin) => (initial.kioskPin = kioskPin));
  read('lang', URL_SCHEMAS.lang, (lang) => (initial.lang = lang));
  read('theme', URL_SCHEMAS.theme, (theme) => (initial.theme = theme));
  if (settingsChanged) initial.settings = settings;

  for (const name of new Set(params.keys())) {
    if (!isLobuleParameter(name)) problems.push({ key: 'notice.urlUnknown', values: { name: shorten(name) } });
  }
  return { initial, problems };
}

export interface UrlState {
  day: number; playing: boolean; settings: SimulationSettings; colourMode: string; cutaway: boolean; compare?: boolean;
  speedDaysPerSecond?: number;
  tourChapterId?: string | null;
  lang?: string; theme?: string;
}

/** The query string that restores this state (defaults left out, so links stay short). */
export function formatUrlParameters(state: UrlState): string {
  return `?${writeUrlParameters(state, new URLSearchParams()).toString()}`;
}

/** Sets the parameters that restore this state into `params` (defaults left out); returns `params`. */
export function writeUrlParameters(state: UrlState, params: URLSearchParams): URLSearchParams {
  const { settings } = state;
  params.set('day', String(Math.round(state.day * 100) / 100));
  if (state.playing) params.set('play', '1');
  if (state.speedDaysPerSecond !== undefined && state.speedDaysPerSecond !== DEFAULT_SPEED_DAYS_PER_SECOND) params.set('speed', String(state.speedDaysPerSecond));
  if (settings.seed !== DEFAULT_SETTINGS.seed) params.set('seed', String(settings.seed));
  if (settings.clearance) {
    const [start, end] = settings.clearanceWindowDays;
    const isDefault = start === DEFAULT_SETTINGS.clearanceWindowDays[0] && end === DEFAULT_SETTINGS.clearanceWindowDays[1];
    params.set('clearance', isDefault ? '1' : `${start}-${end}`);
  }
  // A seeding day that reads as 0 or 1 would mean off/on: write it as a decimal.
  if (settings.tumour) params.set('tumour', settings.tumourSeedDay === DEFAULT_SETTINGS.tumourSeedDay ? '1' : dayText(settings.tumourSeedDay));
  if (settings.knockouts.length > 0) params.set('knockout', settings.knockouts.join(','));
  if (state.colourMode !== 'cells') params.set('view', state.colourMode);
  // The cut-away is on by default, so only turning it off needs saying.
  if (!state.cutaway) params.set('cutaway', '0');
  if (state.compare) params.set('compare', '1');
  if (state.tourChapterId) params.set('tour', state.tourChapterId);
  if (state.lang !== undefined && state.lang !== 'en') params.set('lang', state.lang);
  if (state.theme !== undefined && state.theme !== 'default') params.set('theme', state.theme);
  return params;
}

/** What a schema allows, as a message in the reader's language. */
export function allowedMessage(rule: AllowedRule): Message {
  switch (rule.kind) {
    case 'integerIn': case 'numberIn': case 'dayWindow':
      return { key: `allowed.${rule.kind}`, values: { min: rule.min, max: rule.max } };
    case 'oneOf':
      return { key: 'allowed.oneOf', values: { values: rule.values.join(', ') } };
    case 'listOf':
      return { key: 'allowed.listOf', values: { values: rule.values.join(', ') } };
    case 'flag':
      return { key: 'allowed.flag' };
    case 'origin':
      return { key: 'allowed.origin' };
    case 'digits':
      return { key: 'allowed.digits', values: { min: rule.min, max: rule.max } };
    case 'switchWith':
      return { key: 'allowed.switchWith', values: { value: allowedMessage(rule.value) } };
  }
}

const dayText = (day: number): string => (day === 0 || day === 1 ? day.toFixed(1) : String(day));
const shorten = (text: string): string => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

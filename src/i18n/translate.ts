// Looks up a message in the active language's catalogue, fills its {placeholders}, and formats
// numbers and dates through Intl for that language. The store's `lang` preference sets the active
// language (state/preferences-slice), so non-React callers simply call `translate`; React components
// re-render when `lang` changes because the app root selects it.

import { CATALOGUES, DEFAULT_LANGUAGE, type LanguageCode } from './catalogues';
import type { MessageKey } from './en';

export type { MessageKey };
export type { LanguageCode };

/** A message to be translated later, when shown (so it follows a language switch). */
export interface Message {
  key: MessageKey;
  values?: MessageValues;
}
export type MessageValue = string | number | Message;
export type MessageValues = Record<string, MessageValue>;

let active: LanguageCode = DEFAULT_LANGUAGE;

export function activeLanguage(): LanguageCode {
  return active;
}

/** Called by the store when its `lang` preference changes; an unknown code falls back to English. */
export function setActiveLanguage(lang: string): void {
  active = lang in CATALOGUES ? (lang as LanguageCode) : DEFAULT_LANGUAGE;
}

const NO_VALUES: MessageValues = Object.freeze({});

/**
 * Each message split once into its text and placeholder names (`split` with a capture group gives
 * text, name, text, …): readouts fill the same few messages several times a second, and a regular
 * expression replace makes match objects and a callback closure every time.
 */
const templates: Partial<Record<LanguageCode, Map<MessageKey, readonly string[]>>> = {};

function templateParts(key: MessageKey, lang: LanguageCode): readonly string[] {
  let byKey = templates[lang];
  if (!byKey) byKey = templates[lang] = new Map();
  let parts = byKey.get(key);
  if (!parts) {
    const template = CATALOGUES[lang].messages[key] ?? CATALOGUES[DEFAULT_LANGUAGE].messages[key];
    parts = template.split(/\{(\w+)\}/);
    byKey.set(key, parts);
  }
  return parts;
}

/** The message in the active language (or `lang`). Numbers are formatted for the language; a nested
 * message is translated too. A key a catalogue lacks falls back to English (the test suite forbids it). */
export function translate(key: MessageKey, values: MessageValues = NO_VALUES, lang: LanguageCode = active): string {
  const parts = templateParts(key, lang);
  let text = parts[0];
  for (let k = 1; k < parts.length; k += 2) text += placeholderText(parts[k], values, lang) + parts[k + 1];
  return text;
}

function placeholderText(name: string, values: MessageValues, lang: LanguageCode): string {
  if (!(name in values)) return `{${name}}`;
  const value = values[name];
  if (typeof value === 'number') return formatNumber(value, TWO_DECIMALS, lang);
  if (typeof value === 'string') return value;
  return translate(value.key, value.values, lang);
}

/** A stored message (or plain text from an older caller) as text in the active language. */
export function messageText(message: string | Message, lang: LanguageCode = active): string {
  return typeof message === 'string' ? message : translate(message.key, message.values, lang);
}

/** Options for a plain number, and for one with two decimals at most. */
export const PLAIN_NUMBER: Intl.NumberFormatOptions = Object.freeze({});
export const TWO_DECIMALS: Intl.NumberFormatOptions = Object.freeze({ maximumFractionDigits: 2 });
const WHOLE_PERCENT: Intl.NumberFormatOptions = Object.freeze({ style: 'percent', maximumFractionDigits: 0 });

// Intl formatters are costly to create and some readouts format every frame: keep one per options
// and language. The options object itself is the first key, so formatting a number makes no key
// string: pass a frozen constant (like those above), never an object that is changed later. Equal
// options passed as new objects still share one formatter, at the cost of a key string each call.
const numberFormats = new Map<string, Intl.NumberFormat>();
const formatsByOptions = new WeakMap<Intl.NumberFormatOptions, Partial<Record<LanguageCode, Intl.NumberFormat>>>();

export function formatNumber(value: number, options: Intl.NumberFormatOptions = PLAIN_NUMBER, lang: LanguageCode = active): string {
  let byLanguage = formatsByOptions.get(options);
  if (!byLanguage) {
    byLanguage = {};
    formatsByOptions.set(options, byLanguage);
  }
  let format = byLanguage[lang];
  if (!format) {
    const id = `${lang}|${JSON.stringify(options)}`;
    format = numberFormats.get(id);
    if (!format) {
      // Group thousands only from five digits ("5600" but "12,400"), as typographers do for counts.
      format = new Intl.NumberFormat(CATALOGUES[lang].locale, { useGrouping: 'min2', ...options } as Intl.NumberFormatOptions);
      numberFormats.set(id, format);
    }
    byLanguage[lang] = format;
  }
  return format.format(value);
}

/** A share (0–1) as a percentage for the language: "42%" in English, "42 %" in French. */
export function formatPercent(share: number, lang: LanguageCode = active): string {
  return formatNumber(share, WHOLE_PERCENT, lang);
}

export function formatDate(date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }, lang: LanguageCode = active): string {
  return new Intl.DateTimeFormat(CATALOGUES[lang].locale, options).format(date);
}

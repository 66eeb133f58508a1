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

/** The message in the active language (or `lang`). Numbers are formatted for the language; a nested
 * message is translated too. A key a catalogue lacks falls back to English (the test suite forbids it). */
export function translate(key: MessageKey, values: MessageValues = {}, lang: LanguageCode = active): string {
  const template = CATALOGUES[lang].messages[key] ?? CATALOGUES[DEFAULT_LANGUAGE].messages[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in values)) return `{${name}}`;
    const value = values[name];
    if (typeof value === 'number') return formatNumber(value, { maximumFractionDigits: 2 }, lang);
    if (typeof value === 'string') return value;
    return translate(value.key, value.values, lang);
  });
}

/** A stored message (or plain text from an older caller) as text in the active language. */
export function messageText(message: string | Message, lang: LanguageCode = active): string {
  return typeof message === 'string' ? message : translate(message.key, message.values, lang);
}

// Intl formatters are costly to create and some readouts format every frame: keep one per options.
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, options: Intl.NumberFormatOptions = {}, lang: LanguageCode = active): string {
  const id = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(id);
  if (!format) {
    // Group thousands only from five digits ("5600" but "12,400"), as typographers do for counts.
    format = new Intl.NumberFormat(CATALOGUES[lang].locale, { useGrouping: 'min2', ...options } as Intl.NumberFormatOptions);
    numberFormats.set(id, format);
  }
  return format.format(value);
}

/** A share (0–1) as a percentage for the language: "42%" in English, "42 %" in French. */
export function formatPercent(share: number, lang: LanguageCode = active): string {
  return formatNumber(share, { style: 'percent', maximumFractionDigits: 0 }, lang);
}

export function formatDate(date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }, lang: LanguageCode = active): string {
  return new Intl.DateTimeFormat(CATALOGUES[lang].locale, options).format(date);
}
